"""In-process httpx transports (sync and async) that call the mock app without a socket.

``httpx.ASGITransport`` is async-only; the sync transport runs it on one private event loop in a
daemon thread. Both honour the client's read timeout (a slow fault then raises
``httpx.ReadTimeout``) and turn an injected dropped connection into ``httpx.RemoteProtocolError``,
as a real socket would.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import httpx

from ._app import ConnectionDropped, MockApp

__all__ = ["AsyncMockTransport", "MockTransport"]

T = TypeVar("T")


class AsyncMockTransport(httpx.AsyncBaseTransport):
    """Async in-process transport to a :class:`MockApp`."""

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = (request.extensions.get("timeout") or {}).get("read")
        try:
            response = await asyncio.wait_for(self._inner.handle_async_request(request), timeout)
        except ConnectionDropped as exc:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a complete response.", request=request
            ) from exc
        except TimeoutError as exc:
            raise httpx.ReadTimeout("The mock did not answer within the read timeout.", request=request) from exc
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class _LoopThread:
    """One event loop in a daemon thread, shared by every sync transport of the process."""

    _instance: _LoopThread | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="ordermock-loop", daemon=True)
        self.thread.start()

    @classmethod
    def get(cls) -> _LoopThread:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()


class MockTransport(httpx.BaseTransport):
    """Sync in-process transport to a :class:`MockApp`.

    >>> client = httpx.Client(base_url="http://mock" + app.base_path, transport=MockTransport(app))  # doctest: +SKIP
    """

    def __init__(self, app: MockApp) -> None:
        self.app = app
        self._async = AsyncMockTransport(app)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        forwarded = httpx.Request(
            request.method, request.url, headers=request.headers, content=body, extensions=request.extensions
        )
        loop = _LoopThread.get()

        async def call() -> tuple[int, httpx.Headers, bytes]:
            response = await self._async.handle_async_request(forwarded)
            return response.status_code, response.headers, await response.aread()

        status, headers, content = loop.run(call())
        return httpx.Response(status, headers=headers, content=content, request=request)
