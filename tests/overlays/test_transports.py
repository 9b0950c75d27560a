"""A transport given to connect() serves sync and async calls alike: no call ever escapes to a real server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import httpx
import ordermock
import pytest
from ordersdk import lagerkoll, sevensenders, seventime

pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")


class Escaped(AssertionError):
    """A request tried to leave the process."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any socket, or any httpx HTTP transport, used during the test fails it (and is recorded)."""
    escapes: list[str] = []

    def refuse(what: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            escapes.append(what)
            raise Escaped(f"{what}: a request tried to leave the process")

        return refused

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse("httpx.HTTPTransport"))
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", refuse("httpx.AsyncHTTPTransport"))
    yield escapes
    assert escapes == [], f"requests escaped the process: {escapes}"


async def test_a_sync_mock_transport_serves_async_calls_too(no_network: list[str]) -> None:
    """connect(transport=ordermock.transport(app)) without async_transport: async calls reach the same mock."""
    from seventime_client.api.purchase_orders import list_purchase_orders

    app = ordermock.create_app("seventime", seed_data=3, rate_limit=False)
    client = seventime.connect(client_secret="demo-client-secret", transport=ordermock.transport(app))
    assert list_purchase_orders.sync(client=client) is not None
    page = await list_purchase_orders.asyncio(client=client)
    assert page is not None and len(page.data) == 3  # type: ignore[union-attr]


async def test_the_token_exchange_uses_the_given_sync_transport_for_async_calls(no_network: list[str]) -> None:
    """Seven Senders' POST /token and the call after it both stay on the mock (async, sync transport only)."""
    from sevensenders_client.api.orders import list_orders

    app = ordermock.create_app("sevensenders", seed_data=2, rate_limit=False)
    client = sevensenders.connect(access_key="demo-access-key", transport=ordermock.transport(app))
    assert len(await list_orders.asyncio(client=client) or []) == 2


async def test_any_sync_transport_is_adapted_for_async_calls(no_network: list[str]) -> None:
    """A plain sync transport (not a MockTransport) answers async calls, with its status, headers and body."""
    seen: list[str] = []

    class SyncOnly(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            seen.append(request.url.path)
            return httpx.Response(404, json={"errorMessage": "nope"}, headers={"x-request-id": "r-1"})

    from lagerkoll_client.api.purchase_orders import get_purchase_order
    from ordersdk import NotFoundError

    client = lagerkoll.connect(store="s", api_key="k", transport=SyncOnly(), rate_limit=None)
    with pytest.raises(NotFoundError) as info:
        await get_purchase_order.asyncio(7, client=client)
    assert info.value.request_id == "r-1" and seen == ["/v1/purchase_orders/7"]


def test_an_async_only_transport_refuses_sync_calls_before_any_request(no_network: list[str]) -> None:
    """async_transport= alone: a sync call fails loudly at once (no default HTTP transport behind it)."""
    from seventime_client.api.purchase_orders import list_purchase_orders

    app = ordermock.create_app("seventime", seed_data=1, rate_limit=False)
    client = seventime.connect(client_secret="demo-client-secret", async_transport=ordermock.async_transport(app))
    with pytest.raises(RuntimeError, match="only async_transport= was given"):
        list_purchase_orders.sync(client=client)


async def test_an_async_only_transport_still_serves_async_calls(no_network: list[str]) -> None:
    """The async side of an async_transport=-only client works as before."""
    from seventime_client.api.purchase_orders import list_purchase_orders

    app = ordermock.create_app("seventime", seed_data=1, rate_limit=False)
    client = seventime.connect(client_secret="demo-client-secret", async_transport=ordermock.async_transport(app))
    assert await list_purchase_orders.asyncio(client=client) is not None


def test_without_transports_the_real_http_transports_are_used() -> None:
    """No transport given: production (real HTTP) on both sides — the default is unchanged."""
    client = seventime.connect(client_secret="s")
    sync_inner = client.get_httpx_client()._transport._inner._inner  # retry -> rate limit -> inner
    async_inner = client.get_async_httpx_client()._transport._inner._inner
    assert isinstance(sync_inner, httpx.HTTPTransport) and isinstance(async_inner, httpx.AsyncHTTPTransport)
