"""The inner transports of ``connect()``: a transport given for one side serves the other, or that side refuses.

A test passing ``transport=ordermock.transport(app)`` (sync only) must not have its async
calls sent to the production server with its test credentials — nor may a proxy or
certificate configured on a given transport apply to one side only. So:

* ``transport=`` only: async calls run the given sync transport in a worker thread
  (:class:`SyncToAsyncTransport`) — the same server, the same settings.
* ``async_transport=`` only: sync calls raise ``RuntimeError`` before any request
  (:class:`RefusingTransport`); running an async transport from sync code would need an
  event loop of our own, and a silent default would reach production.
* A transport implementing both (``httpx.MockTransport``) serves both; neither given: real HTTP.
"""

from __future__ import annotations

import asyncio

import httpx

from ._bodies import undecodable

__all__ = ["RefusingTransport", "SyncToAsyncTransport", "inner_transports"]


class SyncToAsyncTransport(httpx.AsyncBaseTransport):
    """Serves async requests with a sync transport, one worker thread per request (``asyncio.to_thread``).

    The response body is read in the worker; a cancelled caller leaves that request to finish there.

    Example::

        transport = SyncToAsyncTransport(ordermock.transport(app))
        async with httpx.AsyncClient(transport=transport) as client: ...
    """

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # replaces the stream with bytes the sync transport can send
        return await asyncio.to_thread(self._send, request)

    def _send(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        try:
            content = response.read()
        except httpx.DecodingError:  # as the retry transport does: typed further up, never bare
            return undecodable(response, request)
        finally:
            response.close()
        extensions = {k: v for k, v in response.extensions.items() if k != "network_stream"}
        return httpx.Response(
            response.status_code, headers=response.headers, content=content, extensions=extensions, request=request
        )

    async def aclose(self) -> None:
        await asyncio.to_thread(self.inner.close)


class RefusingTransport(httpx.BaseTransport):
    """A sync side that was not configured: every request raises ``RuntimeError`` before anything is sent."""

    def __init__(self, message: str) -> None:
        self.message = message

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise RuntimeError(self.message)


def inner_transports(
    api: str, sync: httpx.BaseTransport | None, async_: httpx.AsyncBaseTransport | None
) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]:
    """The (sync, async) inner transports for ``connect(transport=sync, async_transport=async_)``."""
    if async_ is None and isinstance(sync, httpx.AsyncBaseTransport):
        async_ = sync  # httpx.MockTransport implements both
    if sync is None and isinstance(async_, httpx.BaseTransport):
        sync = async_
    if sync is not None and async_ is None:
        async_ = SyncToAsyncTransport(sync)
    if async_ is not None and sync is None:
        sync = RefusingTransport(
            f"{api}.connect(): only async_transport= was given, so sync calls have no transport "
            "(they will not fall back to the real server); pass transport= as well"
        )
    return sync or httpx.HTTPTransport(), async_ or httpx.AsyncHTTPTransport()
