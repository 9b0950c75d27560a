"""The rate limit holds at the server, which counts arrivals: requests held up before they reach it cause no 429.

The mock over HTTP enforces 10 requests per 1 s, counted when a request arrives. Below the rate-limit
transport, the first requests are held 0.3 s before they leave for the server (as a cold connection's
handshake or a stalled process would hold them; the default margin is far smaller). A limiter that spaced
*send* times would let the request one window later land in the same window as these late arrivals.
Sync and asyncio clients, with the budget in-process and in a real redis-server.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import ordermock
import pytest
from lagerkoll_client import AuthenticatedClient
from ordersdk import APIStatusError, Limiter, RateLimit, RedisRateLimiter, RetryPolicy, lagerkoll
from ordersdk._ratelimit import SlidingWindowLimiter, credentials_key
from ordertools.redis_server import RedisServer

REQUESTS, PER = 10, 1.0
HELD, HOLD = 3, 0.3  # the first 3 requests reach the server 0.3 s after they were sent
TOTAL = 3 * REQUESTS
DEMO = {"store": "demo-store", "api_key": "demo-api-key"}


class HeldBack(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP; the first ``HELD`` requests wait ``HOLD`` seconds before they go. Records each status."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self._lock = threading.Lock()
        self.statuses: list[int] = []
        self._started = 0

    def _hold(self) -> float:
        with self._lock:
            self._started += 1
            return HOLD if self._started <= HELD else 0.0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(self._hold())
        response = self._sync.handle_request(request)
        self.statuses.append(response.status_code)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(self._hold())
        response = await self._async.handle_async_request(request)
        self.statuses.append(response.status_code)
        return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


@pytest.fixture(params=["in-process", "redis"])
def limiter(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Limiter]:
    """A fresh budget for the mock's demo credentials, in this process or in a real redis-server."""
    limit = RateLimit(REQUESTS, PER)
    if request.param == "in-process":
        yield SlidingWindowLimiter(limit)
        return
    server = RedisServer(tmp_path)
    server.start()
    backend = RedisRateLimiter(server.url)
    try:
        yield backend.limiter(credentials_key("lagerkoll", DEMO.values()), limit)
    finally:
        backend.close()
        server.stop()


def _connect(url: str, wire: HeldBack, limiter: Limiter) -> AuthenticatedClient:
    return lagerkoll.connect(
        **DEMO,
        base_url=url,
        transport=wire,
        async_transport=wire,
        limiter=limiter,
        retry_policy=RetryPolicy(max_retries=0),  # a 429 must show, not be retried away
    )


@pytest.mark.slow
def test_sync_requests_held_before_the_server_get_no_429(limiter: Limiter) -> None:
    """30 sequential requests at 10/s, the first 3 arriving 0.3 s late: all 200, and about 3 windows' worth of time."""
    app = ordermock.create_app("lagerkoll", seed_data=1, rate_limit=ordermock.RateLimit(REQUESTS, PER))
    wire = HeldBack()
    with ordermock.serve_app(app) as url:
        client = _connect(url, wire, limiter).get_httpx_client()
        started = time.monotonic()
        for _ in range(TOTAL):
            with contextlib.suppress(APIStatusError):
                client.get("/purchase_orders", params={"limit": 1})
        elapsed = time.monotonic() - started
        client.close()
    assert wire.statuses == [200] * TOTAL
    assert 2 * PER <= elapsed < 2 * PER + 3.0  # the quota is used, not wasted: 3 bursts, 2 windows apart


@pytest.mark.slow
async def test_async_requests_held_before_the_server_get_no_429(limiter: Limiter) -> None:
    """The same through asyncio, 5 requests in flight at a time."""
    app = ordermock.create_app("lagerkoll", seed_data=1, rate_limit=ordermock.RateLimit(REQUESTS, PER))
    wire = HeldBack()
    with ordermock.serve_app(app) as url:
        client = _connect(url, wire, limiter).get_async_httpx_client()

        async def worker(count: int) -> None:
            for _ in range(count):
                with contextlib.suppress(APIStatusError):
                    await client.get("/purchase_orders", params={"limit": 1})

        started = time.monotonic()
        await asyncio.gather(*(worker(TOTAL // 5) for _ in range(5)))
        elapsed = time.monotonic() - started
        await client.aclose()
    assert wire.statuses == [200] * TOTAL
    assert 2 * PER <= elapsed < 2 * PER + 3.0
