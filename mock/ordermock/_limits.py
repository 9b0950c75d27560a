"""Request rate limiting as the vendors document it: a sliding window per credentials, counted at arrival.

Why this model: Lagerkoll's document (lagerkoll-purchase-orders.txt, "Basics") caps requests per
minute and has a throttled client wait ``Retry-After`` seconds for its next request; Seven Time's
index (vendor-facts.md, "Rate limit") gives 4 requests per second. Neither names a clock-aligned
window, so the mock enforces the reading every client that honours the documented figure passes
under any window: no more than N requests in *any* window-long span -- a sliding window. (A fixed
window would let 2N through around a boundary.) ordersdk's client-side limiter paces the same way.

A request is counted when it *arrives*, as a vendor's gateway counts it, never when its answer
leaves: a response slowed by a fault must not shift the window. The quota belongs to the
credentials (the key :meth:`RateLimiter.hit` is given), so one client's burst never throttles another.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateLimit", "RateLimiter"]


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` per ``per`` seconds (e.g. ``RateLimit(200, 60)`` for Lagerkoll)."""

    requests: int
    per: float

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per <= 0:
            raise ValueError(f"a rate limit needs requests >= 1 and per > 0, got {self}")


class RateLimiter:
    """Counts requests per key in a sliding window; :meth:`hit` says how long to wait when over the limit."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        # Keys are digests of credentials that passed authentication: no more than the mock accepts.
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str = "") -> float | None:
        """Record one request of ``key`` now; ``None`` if allowed, else seconds until one is allowed again."""
        with self._lock:
            now = self._clock()
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] >= self.limit.per:
                hits.popleft()
            if len(hits) >= self.limit.requests:
                return max(self.limit.per - (now - hits[0]), 0.001)
            hits.append(now)
            return None

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


def retry_after_header(seconds: float) -> str:
    """``Retry-After`` carries whole seconds; round up so a client that obeys it is never early."""
    return str(max(1, math.ceil(seconds)))
