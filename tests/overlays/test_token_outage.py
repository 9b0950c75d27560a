"""Token refresh during an outage: one exchange for everyone, its failure shared, a back-off, every wait bounded."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import pytest
from ordersdk import APIError, APITimeoutError, RetryPolicy, sevensenders

CALLERS = 20
POLICY = RetryPolicy(max_retries=2, initial_delay=0.05)  # one exchange: 3 attempts, 0.05 + 0.1 s of backoff
TIMEOUT = 0.3


class Portal:
    """POST /token and GET /orders; the token endpoint can be switched to failing, timing out or hanging."""

    def __init__(self) -> None:
        self.mode = "ok"
        self.token_posts = 0
        self.hang = 0.0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request, *, blocking: bool = True) -> httpx.Response:
        if request.url.path.endswith("/token"):
            with self._lock:
                self.token_posts += 1
            if self.mode == "503":
                return httpx.Response(503, json={"message": "token service unavailable"})
            if self.mode == "timeout":
                time.sleep(TIMEOUT)  # what a 0.3 s read timeout costs on a silent server
                raise httpx.ReadTimeout("timed out", request=request)
            if blocking:
                time.sleep(self.hang)
            # exp is now: usable for the call that fetched it, stale for every later one
            return httpx.Response(200, json={"token": jwt.encode({"exp": int(time.time())}, "k" * 32)})
        return httpx.Response(200, json=[])


class Transport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The portal for sync calls, and for async ones without blocking the event loop while it hangs."""

    def __init__(self, portal: Portal) -> None:
        self.portal = portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.portal(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = self.portal(request, blocking=False)
        if request.url.path.endswith("/token") and self.portal.mode == "ok":
            await asyncio.sleep(self.portal.hang)
        return response


def _client(portal: Portal, **options: Any) -> Any:
    options.setdefault("retry_policy", POLICY)
    return sevensenders.connect(access_key="good-key", transport=Transport(portal), timeout=TIMEOUT, **options)


def _expired_client(portal: Portal, **options: Any) -> Any:
    """A client whose token has just expired (one successful call, then the clock passed exp)."""
    from sevensenders_client.api.orders import list_orders

    client = _client(portal, **options)
    list_orders.sync(client=client)
    portal.token_posts = 0
    return client


def _in_threads(call: Callable[[], Any], count: int = CALLERS) -> tuple[list[Any], list[float]]:
    """Run ``call`` in ``count`` threads released together: (outcomes, seconds each took)."""
    barrier = threading.Barrier(count)
    outcomes: list[Any] = [None] * count
    took: list[float] = [0.0] * count

    def run(i: int) -> None:
        barrier.wait()
        started = time.perf_counter()
        try:
            outcomes[i] = call()
        except Exception as exc:
            outcomes[i] = exc
        took[i] = time.perf_counter() - started

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes, took


@pytest.mark.parametrize(("mode", "error"), [("timeout", APITimeoutError), ("503", APIError)])
def test_twenty_threads_share_one_failing_exchange(mode: str, error: type[Exception]) -> None:
    """Token expired, endpoint down: one exchange (3 POSTs with its retries), 20 failures, ~one exchange of wall time."""
    from sevensenders_client.api.orders import list_orders

    portal = Portal()
    client = _expired_client(portal)
    portal.mode = mode
    started = time.perf_counter()
    outcomes, took = _in_threads(lambda: list_orders.sync(client=client))
    wall = time.perf_counter() - started
    print(f"{mode}: {portal.token_posts} POST /token, wall {wall:.2f} s, slowest caller {max(took):.2f} s")
    assert all(isinstance(o, error) for o in outcomes), outcomes
    assert portal.token_posts == 3
    assert wall < 2.5


@pytest.mark.parametrize(("mode", "error"), [("timeout", APITimeoutError), ("503", APIError)])
async def test_twenty_tasks_share_one_failing_exchange(mode: str, error: type[Exception]) -> None:
    """The same with 20 asyncio tasks."""
    from sevensenders_client.api.orders import list_orders

    portal = Portal()
    client = _expired_client(portal)
    portal.mode = mode
    started = time.perf_counter()
    outcomes = await asyncio.gather(
        *(list_orders.asyncio(client=client) for _ in range(CALLERS)), return_exceptions=True
    )
    wall = time.perf_counter() - started
    print(f"{mode}: {portal.token_posts} POST /token, wall {wall:.2f} s")
    assert all(isinstance(o, error) for o in outcomes), outcomes
    assert portal.token_posts == 3
    assert wall < 2.5


def test_after_a_failure_callers_fail_fast_until_the_back_off_ends() -> None:
    """Within the back-off a call fails at once without a POST; after it, one exchange is tried again."""
    from sevensenders_client.api.orders import list_orders

    portal = Portal()
    client = _expired_client(portal)
    portal.mode = "503"
    with pytest.raises(APIError):
        list_orders.sync(client=client)
    assert portal.token_posts == 3
    portal.mode = "ok"
    started = time.perf_counter()
    with pytest.raises(APIError, match="token service unavailable"):
        list_orders.sync(client=client)  # the shared failure, at once
    assert time.perf_counter() - started < 0.1 and portal.token_posts == 3
    time.sleep(0.6)  # the first back-off is 0.5 s
    assert list_orders.sync(client=client) == []
    assert portal.token_posts == 4


def test_every_caller_waits_at_most_its_deadline_even_on_a_hanging_exchange() -> None:
    """A token endpoint that hangs 2 s: every caller (the first too) gives up at its 0.5 s deadline."""
    from sevensenders_client.api.orders import list_orders

    portal = Portal()
    client = _expired_client(portal, retry_policy=RetryPolicy(max_retries=2, initial_delay=0.05, deadline=0.5))
    portal.hang = 2.0
    outcomes, took = _in_threads(lambda: list_orders.sync(client=client), count=5)
    assert all(isinstance(o, APITimeoutError) for o in outcomes), outcomes
    assert max(took) < 1.0 and portal.token_posts == 1
    assert "waiting for the token exchange" in str(outcomes[0])


def test_one_token_for_several_event_loops_and_threads() -> None:
    """Three threads each running their own event loop, plus sync callers: one POST /token between them."""
    from sevensenders_client.api.orders import list_orders

    portal = Portal()
    portal.hang = 0.3
    client = _client(portal)

    def loop_worker() -> list[Any]:
        async def calls() -> list[Any]:
            return await asyncio.gather(*(list_orders.asyncio(client=client) for _ in range(5)))

        return asyncio.run(calls())

    turns = iter(range(6))
    outcomes, _ = _in_threads(lambda: loop_worker() if next(turns) % 2 else list_orders.sync(client=client), 6)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert portal.token_posts == 1


async def test_every_task_waits_at_most_its_deadline_even_on_a_hanging_exchange() -> None:
    """The asyncio twin: five tasks on a hanging token endpoint give up at their 0.5 s deadline."""
    from sevensenders_client.api.orders import list_orders

    portal = Portal()
    client = _expired_client(portal, retry_policy=RetryPolicy(max_retries=2, initial_delay=0.05, deadline=0.5))
    portal.hang = 1.0
    started = time.perf_counter()
    outcomes = await asyncio.gather(*(list_orders.asyncio(client=client) for _ in range(5)), return_exceptions=True)
    assert all(isinstance(o, APITimeoutError) for o in outcomes), outcomes
    assert time.perf_counter() - started < 0.9 and portal.token_posts == 1


def test_a_flight_whose_event_loop_ends_is_started_again_elsewhere() -> None:
    """An exchange task cancelled with its loop (asyncio.run returning) does not strand later callers."""
    from ordersdk._auth import TokenExchangeAuth

    fetched: list[str] = []

    def fetch() -> str:
        fetched.append("sync")
        return "token-from-sync"

    async def afetch() -> str:
        fetched.append("async")
        await asyncio.sleep(5)
        return "never"

    auth = TokenExchangeAuth(fetch, afetch, key="k-secret", max_wait=2.0)
    transport = httpx.MockTransport(lambda r: httpx.Response(200))

    async def give_up() -> None:
        async with httpx.AsyncClient(transport=transport, auth=auth) as client:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(client.get("https://x.test/"), 0.1)

    asyncio.run(give_up())
    with httpx.Client(transport=transport, auth=auth) as client:
        started = time.perf_counter()
        assert client.get("https://x.test/").status_code == 200
    assert fetched == ["async", "sync"] and time.perf_counter() - started < 1.0


async def test_a_sync_call_inside_the_loop_running_the_exchange_fails_loudly() -> None:
    """Blocking the loop that runs the exchange would deadlock until the deadline: a RuntimeError instead."""
    from ordersdk._auth import TokenExchangeAuth

    async def afetch() -> str:
        await asyncio.sleep(0.2)
        return "t"

    auth = TokenExchangeAuth(lambda: "t", afetch, key="k-secret")
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    async with httpx.AsyncClient(transport=transport, auth=auth) as aclient:
        pending = asyncio.create_task(aclient.get("https://x.test/"))
        await asyncio.sleep(0.01)
        with (
            httpx.Client(transport=transport, auth=auth) as client,
            pytest.raises(RuntimeError, match="inside the event loop"),
        ):
            client.get("https://x.test/")
        assert (await pending).status_code == 200
