"""One worker process of the shared-rate-limit tests: a plain ``lagerkoll.connect()``, nothing Redis-specific.

    python _ratelimit_worker.py sync|async BASE_URL STORE API_KEY COUNT REQUESTS PER

The budget is shared only because the parent sets ``ORDERSDK_RATE_LIMIT_URL``. Builds its client, prints
``ready``, waits for a line on stdin (all workers start together), sends COUNT requests (async: 5 concurrent
tasks) on cold connections - the first request of each pays its connection set-up (the async transport's first
use ~80 ms here) between its send slot and its arrival, which the limiter must absorb - and prints one JSON
object: ``{"sent": [[monotonic send time, status], ...]}`` for every request that reached the wire (no
retries: a 429 is recorded, not hidden).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time

import httpx
from lagerkoll_client.api.purchase_orders import list_purchase_orders
from ordersdk import APIStatusError, RateLimit, RetryPolicy, lagerkoll


class Wire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP below the rate-limit transport, recording when each request left and how it was answered."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[float, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        at = time.monotonic()  # CLOCK_MONOTONIC: comparable across processes on one machine
        response = self._sync.handle_request(request)
        self.sent.append((at, response.status_code))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        at = time.monotonic()
        response = await self._async.handle_async_request(request)
        self.sent.append((at, response.status_code))
        return response


def main(mode: str, base_url: str, store: str, api_key: str, count: int, requests: int, per: float) -> None:
    wire = Wire()
    client = lagerkoll.connect(
        store=store,
        api_key=api_key,
        base_url=base_url,
        transport=wire,
        async_transport=wire,
        rate_limit=RateLimit(requests, per),  # the default margin
        retry_policy=RetryPolicy(max_retries=0),
    )

    def call() -> None:
        with contextlib.suppress(APIStatusError):  # a 429: recorded on the wire
            list_purchase_orders.sync_detailed(client=client, limit=1)

    async def acall() -> None:
        with contextlib.suppress(APIStatusError):
            await list_purchase_orders.asyncio_detailed(client=client, limit=1)

    async def arun() -> None:
        async def task(n: int) -> None:
            for _ in range(n):
                await acall()

        await asyncio.gather(*(task(count // 5 + (i < count % 5)) for i in range(5)))

    async def amain() -> None:
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        await arun()

    if mode == "async":
        asyncio.run(amain())
    else:
        print("ready", flush=True)
        sys.stdin.readline()
        for _ in range(count):
            call()
    print(json.dumps({"sent": wire.sent}), flush=True)


if __name__ == "__main__":
    mode, base_url, store, api_key, count, requests, per = sys.argv[1:]
    main(mode, base_url, store, api_key, int(count), int(requests), float(per))
