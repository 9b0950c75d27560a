"""Request rate limiting with a sliding window, as the vendors document it."""

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
    """Counts requests in a sliding window; :meth:`hit` says how long to wait when over the limit."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._hits: deque[float] = deque()
        self._lock = threading.Lock()

    def hit(self) -> float | None:
        """Record one request; ``None`` if allowed, else seconds until the next one is allowed."""
        with self._lock:
            now = self._clock()
            while self._hits and now - self._hits[0] >= self.limit.per:
                self._hits.popleft()
            if len(self._hits) >= self.limit.requests:
                return max(self.limit.per - (now - self._hits[0]), 0.001)
            self._hits.append(now)
            return None

    def reset(self) -> None:
        with self._lock:
            self._hits.clear()


def retry_after_header(seconds: float) -> str:
    """``Retry-After`` carries whole seconds; round up so a client that obeys it is never early."""
    return str(max(1, math.ceil(seconds)))
