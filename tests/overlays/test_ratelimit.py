"""Client-side rate limiting: no window ever over budget, close to the allowed rate, shared per credentials."""

from __future__ import annotations

import asyncio
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


def test_jitter_margin_is_absolute_not_a_share_of_the_window() -> None:
    """Lagerkoll's 200/minute loses 50 ms per window to the margin, not 3 s (5 %)."""
    assert RateLimit(200, 60.0).window == pytest.approx(60.05)
    assert RateLimit(4, 1.0).window == pytest.approx(1.05)
