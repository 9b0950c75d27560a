"""Client-side rate limiting: no window ever over budget, close to the allowed rate, shared per credentials."""

from __future__ import annotations

import asyncio
import random
import threading

import httpx
import pytest
from ordersdk._ratelimit import (
    AsyncRateLimitTransport,
    RateLimit,
    RateLimitTransport,
    SlidingWindowLimiter,
    credentials_key,
    shared_limiter,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _max_in_window(sends: list[float], window: float) -> int:
    sends = sorted(sends)
    best, start = 0, 0
    for end, t in enumerate(sends):
        while sends[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_budget_then_wait_for_the_window() -> None:
    """The first N requests go at once; request N+1 waits until the first leaves the (widened) window."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(4, 1.0, margin=0.05), clock=clock)
    assert [limiter.reserve() for _ in range(4)] == [0.0] * 4
    assert limiter.reserve() == pytest.approx(1.05)
    assert limiter.reserve() == pytest.approx(1.05)


def test_sustained_loop_never_exceeds_and_stays_close_to_the_rate() -> None:
    """1000 sequential requests at 200/min: every 60 s window holds <= 200, and throughput is >= 90 % of 200/min."""
    clock = FakeClock()
    limit = RateLimit(200, 60.0)
    transport = RateLimitTransport(
        httpx.MockTransport(lambda r: httpx.Response(200)), SlidingWindowLimiter(limit, clock=clock), sleep=clock.sleep
    )
    sends: list[float] = []
    start = clock.now
    with httpx.Client(transport=transport) as client:
        for _ in range(1000):
            client.get("https://x.test/")
            sends.append(clock.now)
            clock.now += 0.01  # each request takes 10 ms
    assert _max_in_window(sends, 60.0) <= 200
    rate_per_minute = (len(sends) - 200) / ((sends[-1] - start) / 60.0)  # steady state after the first burst
    assert rate_per_minute >= 0.9 * 200


def test_threads_share_one_budget_without_overshoot() -> None:
    """Reservations made from 50 threads at once still respect the window (the lock makes them consistent)."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(10, 1.0), clock=clock)
    slots: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(50)

    def worker() -> None:
        barrier.wait()
        for _ in range(4):
            wait = limiter.reserve()
            with lock:
                slots.append(clock.now + wait)

    threads = [threading.Thread(target=worker) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(slots) == 200
    assert _max_in_window(slots, limiter.limit.window) == 10


async def test_async_tasks_and_threads_draw_from_the_same_limiter() -> None:
    """An async transport and a sync transport built on one limiter share its budget."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(3, 1.0, margin=0.0), clock=clock)
    ok = httpx.MockTransport(lambda r: httpx.Response(200))
    sync = httpx.Client(transport=RateLimitTransport(ok, limiter, sleep=clock.sleep))
    async_ = httpx.AsyncClient(transport=AsyncRateLimitTransport(ok, limiter, sleep=clock.asleep))
    sync.get("https://x.test/")
    sync.get("https://x.test/")
    await asyncio.gather(*(async_.get("https://x.test/") for _ in range(2)))
    assert clock.sleeps == [pytest.approx(1.0)]
    sync.close()
    await async_.aclose()


def test_limiters_are_shared_by_credentials_key() -> None:
    """Same API + credentials -> the same limiter object; other credentials or limits -> another one."""
    limit = RateLimit(200, 60.0)
    a = shared_limiter(credentials_key("lagerkoll", ["store-1", "key-1"]), limit)
    b = shared_limiter(credentials_key("lagerkoll", ["store-1", "key-1"]), limit)
    c = shared_limiter(credentials_key("lagerkoll", ["store-2", "key-1"]), limit)
    d = shared_limiter(credentials_key("lagerkoll", ["store-1", "key-1"]), RateLimit(10, 1.0))
    assert a is b
    assert a is not c and a is not d


def test_key_and_repr_hide_the_credentials() -> None:
    """The registry key is a hash; the limiter's repr shows only the rate."""
    key = credentials_key("seventime", ["secret-value-123"])
    assert "secret-value-123" not in key and key.startswith("seventime:")
    assert repr(SlidingWindowLimiter(RateLimit(4, 1.0))) == "SlidingWindowLimiter(4/1s)"


@pytest.mark.parametrize(("requests", "per", "margin"), [(0, 1.0, 0.0), (1, 0.0, 0.0), (1, 1.0, -0.1)])
def test_invalid_limits_are_rejected(requests: int, per: float, margin: float) -> None:
    """A nonsensical rate limit is a ValueError at construction."""
    with pytest.raises(ValueError, match="invalid rate limit"):
        RateLimit(requests, per, margin)


def test_the_default_margin_covers_clocks_not_latency() -> None:
    """The default margin is 10 ms plus 0.1 % of the period (clock offsets and rates); latency needs none."""
    assert RateLimit(200, 60.0).window == pytest.approx(60.07)  # Lagerkoll's 200/minute: 70 ms
    assert RateLimit(4, 1.0).window == pytest.approx(1.011)  # Seven Time's 4/second: 11 ms
    assert RateLimit(4, 1.0, margin=0.0).window == 1.0  # an explicit margin is used as given
    assert RateLimit(4, 1.0, margin=0.25).window == pytest.approx(1.25)


# --- Counted until completion: the server counts arrivals, and a request arrives before its response -------------


class SlowServer:
    """An inner transport on the fake clock: each request takes ``latency[i]`` to reach the server (then answers at once).

    Records the arrival times, as the server's sliding window sees them.
    """

    def __init__(self, clock: FakeClock, latencies: list[float], *, fail: bool = False) -> None:
        self.clock = clock
        self.latencies = latencies
        self.fail = fail
        self.arrivals: list[float] = []

    def _arrive(self) -> httpx.Response:
        self.clock.now += self.latencies[len(self.arrivals)] if len(self.arrivals) < len(self.latencies) else 0.0
        self.arrivals.append(self.clock.now)
        if self.fail:
            raise httpx.ReadTimeout("no answer")
        return httpx.Response(200)

    def handler(self, request: httpx.Request) -> httpx.Response:
        return self._arrive()


def test_a_request_that_arrives_late_pushes_the_one_a_window_later() -> None:
    """2 per 1 s; the first request takes 0.9 s to arrive: the third leaves a window after the first *completed*."""
    clock = FakeClock()
    server = SlowServer(clock, [0.9] + [0.01] * 9)
    limiter = SlidingWindowLimiter(RateLimit(2, 1.0, margin=0.0), clock=clock)
    with httpx.Client(
        transport=RateLimitTransport(httpx.MockTransport(server.handler), limiter, sleep=clock.sleep)
    ) as c:
        for _ in range(10):
            c.get("https://x.test/")
    assert _max_in_window(server.arrivals, 1.0) <= 2
    # Sent at 100.91 + (the first's completion 100.9 + 1.0): not at its send slot 101.0, 0.1 s after the first arrived.
    assert server.arrivals[2] == pytest.approx(100.9 + 1.0 + 0.01)


async def test_async_requests_that_arrive_late_push_the_ones_a_window_later() -> None:
    """The asyncio transport waits for completions too."""
    clock = FakeClock()
    server = SlowServer(clock, [0.9, 0.5, 0.01, 0.7, 0.01, 0.01, 1.3, 0.01, 0.01, 0.01])
    limiter = SlidingWindowLimiter(RateLimit(2, 1.0, margin=0.0), clock=clock)
    transport = AsyncRateLimitTransport(httpx.MockTransport(server.handler), limiter, sleep=clock.asleep)
    async with httpx.AsyncClient(transport=transport) as c:
        for _ in range(10):
            await c.get("https://x.test/")
    assert _max_in_window(server.arrivals, 1.0) <= 2


@pytest.mark.parametrize("seed", range(5))
def test_no_window_of_arrivals_over_budget_whatever_the_latency(seed: int) -> None:
    """Random latencies from 0 to 1.5 windows before each request reaches the server: still never over budget."""
    rng = random.Random(seed)
    clock = FakeClock()
    server = SlowServer(clock, [rng.uniform(0.0, 1.5) if rng.random() < 0.3 else 0.005 for _ in range(60)])
    limiter = SlidingWindowLimiter(RateLimit(5, 1.0, margin=0.0), clock=clock)
    with httpx.Client(
        transport=RateLimitTransport(httpx.MockTransport(server.handler), limiter, sleep=clock.sleep)
    ) as c:
        for _ in range(60):
            c.get("https://x.test/")
    assert _max_in_window(server.arrivals, 1.0) <= 5


def test_a_slot_still_in_flight_holds_the_one_that_depends_on_it() -> None:
    """The (k+N)-th slot goes only a window after the k-th completed: it waits while k is in flight, then for k's end."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(2, 1.0, margin=0.0), clock=clock)
    a, b = limiter.take(), limiter.take()
    assert (a.wait, b.wait) == (0.0, 0.0)
    assert (limiter.ready(a), limiter.ready(b)) == (0.0, 0.0)  # both sent at 100.0
    limiter.complete(b)
    c = limiter.take()  # depends on a, still in flight
    assert c.wait == pytest.approx(1.0)  # provisional: a's send time + the window
    clock.now = 101.0
    poll = limiter.ready(c)
    assert 0.0 < poll <= 0.25  # a is still in flight: ask again soon (a quarter window at most)
    clock.now = 101.3
    limiter.complete(a)  # a's response: 1.3 s after it was sent
    assert limiter.ready(c) == pytest.approx(1.0)  # until a's completion + the window
    clock.now = 102.3
    assert limiter.ready(c) == 0.0
    d = limiter.take()  # depends on b (completed at 100.0): nothing left to hold it
    assert d.wait == 0.0 and limiter.ready(d) == 0.0


def test_a_slot_that_completes_late_pushes_its_dependent_past_its_provisional_time() -> None:
    """A slot reserved while its predecessor was in flight gets a provisional time; the late completion moves it."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(1, 1.0, margin=0.0), clock=clock)
    a = limiter.take()
    assert limiter.ready(a) == 0.0
    b = limiter.take()
    assert b.wait == pytest.approx(1.0)
    clock.now = 100.6
    limiter.complete(a)
    clock.now = 101.0  # b's provisional time
    assert limiter.ready(b) == pytest.approx(0.6)
    clock.now = 101.6
    assert limiter.ready(b) == 0.0


def test_a_slot_never_completed_stops_holding_others_after_its_lease() -> None:
    """A slot whose completion is never reported counts as completed ``lease`` seconds after it was sent."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(1, 1.0, margin=0.0), clock=clock, lease=5.0)
    a = limiter.take()
    assert limiter.ready(a) == 0.0
    b = limiter.take()
    clock.now = 104.0
    assert 0.0 < limiter.ready(b) <= 1.0  # still in flight, lease not over
    clock.now = 105.0
    assert limiter.ready(b) == pytest.approx(1.0)  # lease over at 105.0: a counts as completed then
    clock.now = 106.0
    assert limiter.ready(b) == 0.0


def test_reserve_alone_is_a_slot_that_counts_from_its_send_time() -> None:
    """reserve() (callers that cannot report completion) keeps the send-spacing meaning and never holds a later slot."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(1, 1.0, margin=0.0), clock=clock)
    assert limiter.reserve() == 0.0
    slot = limiter.take()
    assert slot.wait == pytest.approx(1.0)
    clock.now = 101.0
    assert limiter.ready(slot) == 0.0


def test_a_failed_request_completes_its_slot_when_it_fails() -> None:
    """A request that fails (here: after 0.3 s) frees its place a window after the failure, never later, never sooner."""
    clock = FakeClock()
    server = SlowServer(clock, [0.3], fail=True)
    limiter = SlidingWindowLimiter(RateLimit(1, 1.0, margin=0.0), clock=clock)
    failing = RateLimitTransport(httpx.MockTransport(server.handler), limiter, sleep=clock.sleep)
    with pytest.raises(httpx.ReadTimeout):
        failing.handle_request(httpx.Request("GET", "https://x.test/"))
    ok = RateLimitTransport(httpx.MockTransport(lambda r: httpx.Response(200)), limiter, sleep=clock.sleep)
    ok.handle_request(httpx.Request("GET", "https://x.test/"))
    assert clock.sleeps == [pytest.approx(1.0)]  # from the failure at 100.3 to 101.3
    assert clock.now == pytest.approx(101.3)


async def test_a_cancelled_request_completes_its_slot() -> None:
    """An asyncio request cancelled in flight (0.5 s after it was sent) frees its place; the next one is not stuck."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(RateLimit(1, 1.0, margin=0.0), clock=clock)
    sent = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        clock.now += 0.5
        sent.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    hanging = AsyncRateLimitTransport(httpx.MockTransport(hang), limiter, sleep=clock.asleep)
    task = asyncio.create_task(hanging.handle_async_request(httpx.Request("GET", "https://x.test/")))
    await sent.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    ok = AsyncRateLimitTransport(httpx.MockTransport(lambda r: httpx.Response(200)), limiter, sleep=clock.asleep)
    await ok.handle_async_request(httpx.Request("GET", "https://x.test/"))
    assert clock.sleeps == [pytest.approx(1.0)]  # from the cancellation at 100.5 to 101.5


class SpacingOnly:
    """A custom Limiter with only reserve() / areserve(): the transports still use it (no completion reported)."""

    def __init__(self) -> None:
        self.calls = 0

    def reserve(self) -> float:
        self.calls += 1
        return 0.0

    async def areserve(self) -> float:
        self.calls += 1
        return 0.0


async def test_a_limiter_without_slots_still_works_in_both_transports() -> None:
    """A Limiter that implements only reserve/areserve is called once per request; nothing else is asked of it."""
    limiter = SpacingOnly()
    ok = httpx.MockTransport(lambda r: httpx.Response(200))
    with httpx.Client(transport=RateLimitTransport(ok, limiter)) as c:
        c.get("https://x.test/")
    async with httpx.AsyncClient(transport=AsyncRateLimitTransport(ok, limiter)) as ac:
        await ac.get("https://x.test/")
    assert limiter.calls == 2
