"""The Redis limiter against a real redis-server: the in-process limiter's budget and smoothing, shared by every client."""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ordersdk import RateLimit, RedisRateLimiter, lagerkoll
from ordersdk._ratelimit import credentials_key
from ordertools.redis_server import RedisServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def backend(server: RedisServer) -> Iterator[RedisRateLimiter]:
    backend = RedisRateLimiter(server.url)
    yield backend
    backend.close()


def _key() -> str:
    return credentials_key("lagerkoll", ["store-1", f"key-{uuid.uuid4()}"])


def _slots(admin: Any, key: str | bytes) -> int:
    """How many slots a budget's hash holds (field ``a<n>``: a slot's send time)."""
    return sum(1 for field in admin.hkeys(key) if field.startswith(b"a"))


def _completed(admin: Any, key: str | bytes) -> int:
    """How many of them reported completion (field ``c<n>``)."""
    return sum(1 for field in admin.hkeys(key) if field.startswith(b"c"))


def _max_in_window(sends: list[float], window: float) -> int:
    sends = sorted(sends)
    best, start = 0, 0
    for end, t in enumerate(sends):
        while sends[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_budget_then_wait_for_the_widened_window(backend: RedisRateLimiter) -> None:
    """The first N reservations go at once; N+1 waits until the first leaves the window (per + margin)."""
    limiter = backend.limiter(_key(), RateLimit(4, 1.0, margin=0.05))
    assert [limiter.reserve() for _ in range(4)] == [0.0] * 4
    assert limiter.reserve() == pytest.approx(1.05, abs=0.03)
    assert limiter.reserve() == pytest.approx(1.05, abs=0.03)


def test_a_limit_of_one_spaces_every_request(backend: RedisRateLimiter) -> None:
    """RateLimit(1, ...) keeps exactly one slot: each reservation waits one more window."""
    limiter = backend.limiter(_key(), RateLimit(1, 0.5, margin=0.0))
    waits = [limiter.reserve() for _ in range(3)]
    assert waits == [0.0, pytest.approx(0.5, abs=0.03), pytest.approx(1.0, abs=0.03)]


def test_two_backends_are_two_processes_sharing_one_budget(server: RedisServer) -> None:
    """Limiters built by separate RedisRateLimiter objects (separate connection pools) draw from one budget."""
    key, limit = _key(), RateLimit(4, 1.0)
    first, second = RedisRateLimiter(server.url), RedisRateLimiter(server.url)
    try:
        a, b = first.limiter(key, limit), second.limiter(key, limit)
        assert [a.reserve(), b.reserve(), a.reserve(), b.reserve()] == [0.0] * 4
        assert a.reserve() > 1.0 and b.reserve() > 1.0
    finally:
        first.close()
        second.close()


def test_other_credentials_and_other_limits_have_their_own_budget(backend: RedisRateLimiter) -> None:
    """A different credentials hash, or a different limit, is a different key: no waiting for someone else's quota."""
    limit = RateLimit(3, 60.0)
    a, b = backend.limiter(_key(), limit), backend.limiter(_key(), limit)
    assert [a.reserve() for _ in range(3)] + [b.reserve() for _ in range(3)] == [0.0] * 6
    assert a.reserve() > 59


def test_threads_get_fifo_slots_that_never_overfill_a_window(backend: RedisRateLimiter) -> None:
    """80 reservations from 8 threads at 20/s: no second holds more than 20, and the 80th is 3 windows out."""
    limiter = backend.limiter(_key(), RateLimit(20, 1.0, margin=0.05))
    sends: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        for _ in range(10):
            wait = limiter.reserve()
            with lock:
                sends.append(time.monotonic() + wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(sends) == 80
    assert _max_in_window(sends, 1.0) <= 20
    assert max(sends) - min(sends) == pytest.approx(3 * 1.05, abs=0.1)  # smooth: the allowed rate, not slower


async def test_sync_and_async_callers_share_the_budget(backend: RedisRateLimiter) -> None:
    """areserve() and reserve() take slots from the same key."""
    limiter = backend.limiter(_key(), RateLimit(3, 1.0, margin=0.0))
    assert limiter.reserve() == 0.0
    assert await asyncio.gather(limiter.areserve(), limiter.areserve()) == [0.0, 0.0]
    assert await limiter.areserve() == pytest.approx(1.0, abs=0.03)


async def test_async_reserve_does_not_block_the_event_loop(server: RedisServer) -> None:
    """While Redis takes 0.3 s to answer (DEBUG SLEEP), other tasks on the loop keep running."""
    backend = RedisRateLimiter(server.url, timeout=5)
    limiter = backend.limiter(_key(), RateLimit(5, 1.0))
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    admin = server.client()
    stall = threading.Thread(target=admin.execute_command, args=("DEBUG", "SLEEP", "0.3"))
    ticking = asyncio.create_task(ticker())
    stall.start()
    await asyncio.sleep(0.05)  # DEBUG SLEEP is running: the server answers nobody for 0.3 s
    started, ticks_before = time.monotonic(), ticks
    assert await limiter.areserve() == 0.0
    elapsed, ticks_during = time.monotonic() - started, ticks - ticks_before
    ticking.cancel()
    stall.join()
    admin.close()
    backend.close()
    assert elapsed > 0.15
    assert ticks_during >= 5  # a blocked loop would tick 0 times


def test_connect_keys_the_budget_by_a_hash_and_lets_it_expire(server: RedisServer, backend: RedisRateLimiter) -> None:
    """connect(limiter=...) stores one hash per API + credentials: hashed key, no secret, expiring after its last slot."""
    secret = f"api-key-{uuid.uuid4()}"
    client = lagerkoll.connect(
        store="store-9",
        api_key=secret,
        base_url="https://lk.test/v1",
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})),
        rate_limit=RateLimit(5, 2.0, margin=0.05),
        limiter=backend,
    )
    for _ in range(3):
        client.get_httpx_client().get("/purchase_orders/1")
    admin = server.client()
    keys = [k.decode() for k in admin.keys("*")]
    assert keys == [f"ordersdk:ratelimit:v2:{credentials_key('lagerkoll', ['store-9', secret])}:5:2050000"]
    assert secret not in keys[0] and "store-9" not in keys[0]
    assert _slots(admin, keys[0]) == 3
    assert _completed(admin, keys[0]) == 3  # each request reported its completion
    assert 0 < admin.pttl(keys[0]) <= (backend.lease + 2.05) * 1000  # its lease and a window after its last slot
    admin.close()


def test_environment_variable_switches_connect_to_redis(server: RedisServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ORDERSDK_RATE_LIMIT_URL set, a plain connect() (no code change) keeps its budget in Redis."""
    monkeypatch.setenv("ORDERSDK_RATE_LIMIT_URL", server.url)
    client = lagerkoll.connect(
        store="store-env",
        api_key=f"key-{uuid.uuid4()}",
        base_url="https://lk.test/v1",
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})),
    )
    client.get_httpx_client().get("/purchase_orders/1")
    admin = server.client()
    (key,) = admin.keys("ordersdk:ratelimit:v2:lagerkoll:*")
    assert key.decode().endswith(":200:60070000")  # the documented 200/minute; margin 10 ms + 0.1 % of the minute
    assert _slots(admin, key) == 1
    admin.close()


async def test_environment_variable_applies_to_async_clients(
    server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The async side of a connect()-ed client reserves in Redis too."""
    monkeypatch.setenv("ORDERSDK_RATE_LIMIT_URL", server.url)
    client = lagerkoll.connect(
        store="store-env",
        api_key=f"key-{uuid.uuid4()}",
        base_url="https://lk.test/v1",
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})),
    )
    await asyncio.gather(*(client.get_async_httpx_client().get("/purchase_orders/1") for _ in range(4)))
    admin = server.client()
    (key,) = admin.keys("ordersdk:ratelimit:v2:lagerkoll:*")
    assert (_slots(admin, key), _completed(admin, key)) == (4, 4)
    admin.close()


def _reserve_in_child(limiter: Any, results: Any) -> None:
    results.put(asyncio.run(limiter.areserve()))


async def test_a_forked_worker_can_still_reserve_asynchronously(backend: RedisRateLimiter) -> None:
    """A process forked after the parent used the async path (Celery prefork, gunicorn) gets its own worker threads."""
    limiter = backend.limiter(_key(), RateLimit(5, 1.0))
    assert await limiter.areserve() == 0.0  # the parent's worker thread exists now
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    child = context.Process(target=_reserve_in_child, args=(limiter, results))
    child.start()
    child.join(timeout=10)
    if child.is_alive():
        child.kill()
    assert child.exitcode == 0
    assert results.get(timeout=1) == 0.0


# --- Counted until completion, on the server's clock --------------------------------------------------------------
#
# Real time on both sides: an expected wait is bracketed by local clock readings taken around the calls
# (the server stamps an event somewhere between them), so a loaded machine only widens the bracket.

TICK = 0.002  # Redis's TIME and this process's monotonic clock, read microseconds apart


def _within(wait: float, window: float, since: float) -> bool:
    """``wait`` is the rest of ``window`` counted from a server event stamped at or after local time ``since``."""
    return window - (time.monotonic() - since) - TICK <= wait <= window + TICK


def test_a_slot_in_flight_holds_its_dependent_and_its_late_completion_pushes_it(backend: RedisRateLimiter) -> None:
    """1 per 0.5 s: b waits while a is in flight, then until a window after a *completed* (not after a was sent)."""
    limiter = backend.limiter(_key(), RateLimit(1, 0.5, margin=0.0))
    a = limiter.take()
    sent = time.monotonic()
    assert a.wait == 0.0 and limiter.ready(a) == 0.0
    b = limiter.take()
    assert _within(b.wait, 0.5, sent)  # provisional: a's send time + the window
    time.sleep(b.wait)
    poll = limiter.ready(b)
    assert 0.0 < poll <= 0.5 / 4 + TICK  # a is still in flight: ask again within a quarter window
    time.sleep(0.2)
    completed = time.monotonic()
    limiter.complete(a)  # a's response came 0.7 s after it was sent
    wait = limiter.ready(b)
    assert _within(wait, 0.5, completed)
    time.sleep(wait)
    assert limiter.ready(b) == 0.0
    limiter.complete(b)


def test_a_slot_taken_after_its_dependency_completed_needs_no_second_call(server: RedisServer) -> None:
    """When the slot it depends on has completed, take() already knows the send time: ready() asks Redis nothing."""
    backend = RedisRateLimiter(server.url, on_failure="closed", retry_interval=60)
    limiter = backend.limiter(_key(), RateLimit(1, 0.5, margin=0.0))
    a = limiter.take()
    assert limiter.ready(a) == 0.0
    completed = time.monotonic()
    limiter.complete(a)
    b = limiter.take()
    assert _within(b.wait, 0.5, completed)  # a's completion + the window
    server.stop()  # a call to Redis now would raise RateLimiterUnavailableError (on_failure="closed")
    time.sleep(b.wait)
    assert limiter.ready(b) == 0.0
    backend.close()


def test_a_slot_never_completed_stops_holding_others_after_its_lease(server: RedisServer) -> None:
    """A slot whose process died before reporting completion counts as completed ``lease`` seconds after it was sent."""
    backend = RedisRateLimiter(server.url, lease=0.3)
    limiter = backend.limiter(_key(), RateLimit(1, 0.5, margin=0.0))
    a = limiter.take()
    sent = time.monotonic()
    assert limiter.ready(a) == 0.0  # sent; never completed
    b = limiter.take()
    time.sleep(0.4)
    assert _within(limiter.ready(b), 0.3 + 0.5, sent)  # a's lease ended 0.3 s after it was sent
    backend.close()


def test_a_completion_from_a_forgotten_budget_completes_nothing_new(server: RedisServer) -> None:
    """After Redis lost the budget (restart), a late complete() of an old slot cannot free a new one."""
    backend = RedisRateLimiter(server.url)
    limiter = backend.limiter(_key(), RateLimit(1, 0.5, margin=0.0))
    old = limiter.take()
    assert limiter.ready(old) == 0.0
    server.stop()
    server.start()
    new = limiter.take()
    assert new.wait == 0.0 and limiter.ready(new) == 0.0
    limiter.complete(old)
    after = limiter.take()
    time.sleep(after.wait)
    assert limiter.ready(after) > 0.0  # still held by `new`, in flight
    backend.close()


async def test_async_slots_follow_the_same_rules(backend: RedisRateLimiter) -> None:
    """atake / aready / acomplete: the same budget, from the event loop."""
    limiter = backend.limiter(_key(), RateLimit(1, 0.5, margin=0.0))
    a = await limiter.atake()
    assert await limiter.aready(a) == 0.0
    b = await limiter.atake()
    await asyncio.sleep(b.wait)
    assert await limiter.aready(b) > 0.0  # a in flight
    completed = time.monotonic()
    await limiter.acomplete(a)
    assert _within(await limiter.aready(b), 0.5, completed)
