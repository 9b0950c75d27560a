"""A rate limit shared by every process and machine, kept in Redis (or Valkey) by one atomic Lua script.

The script runs the in-process limiter's reservation algorithm (``_ratelimit.SlidingWindowLimiter``)
on the server, against the server's clock: the budget's key holds the last ``requests`` reserved send
times; a caller gets the earliest slot at which no window of ``limit.window`` seconds (``per`` plus the
jitter margin) holds more than ``requests`` sends, and sleeps until then. Reservations are FIFO across
all clients, so N processes together run at the allowed rate without bursts, like one process does.

Why redis-py and our own script rather than the ``limits`` package's Redis storage: ``limits`` stamps
entries with each client's ``time.time()`` (machines' clocks disagree; here Redis's ``TIME`` is the one
clock), expresses windows in whole seconds (our 50 ms jitter margin cannot be said), and only answers
"allowed or not" — callers would poll and race instead of taking the next slot in order.

When Redis is unreachable, slow (no answer within ``timeout``) or answers with an error, the policy
decides: ``on_failure="open"`` falls back to this process's own limiter for the same credentials and
logs one WARNING per outage; ``"closed"`` raises :class:`ordersdk.RateLimiterUnavailableError` and
sends nothing. Either way Redis is not asked again for ``retry_interval`` seconds, so an outage costs
one timeout per interval rather than one per request.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from ._limiter import FailurePolicy, RateLimiterUnavailableError
from ._ratelimit import Limiter, RateLimit, shared_limiter

__all__ = ["RESERVE_SCRIPT", "RedisRateLimiter"]

logger = logging.getLogger("ordersdk.ratelimit")

#: KEYS[1]: one budget's reserved send times (µs on the server's clock, oldest first, at most ARGV[1]).
#: ARGV[1]: requests per window; ARGV[2]: the window in µs. Returns the µs to wait before sending.
#: Only the newest slot and the one ``requests`` back constrain the next, so older ones are trimmed.
RESERVE_SCRIPT = """
if redis.replicate_commands then redis.replicate_commands() end
local requests = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local slot = now
local count = redis.call('LLEN', KEYS[1])
if count > 0 then
  slot = math.max(slot, tonumber(redis.call('LINDEX', KEYS[1], -1)))
end
if count >= requests then
  slot = math.max(slot, tonumber(redis.call('LINDEX', KEYS[1], -requests)) + window)
end
redis.call('RPUSH', KEYS[1], string.format('%.0f', slot))
if count >= requests then
  redis.call('LTRIM', KEYS[1], -requests, -1)
end
redis.call('PEXPIRE', KEYS[1], math.ceil((slot - now + window) / 1000))
return slot - now
"""


def _describe(url: str) -> str:
    """The URL without user, password or query: safe for logs and error messages."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    host = parts.hostname or "localhost"
    return f"{parts.scheme}://{host}:{parts.port or 6379}{parts.path or '/0'}"


class RedisRateLimiter:
    """Rate-limit budgets in Redis or Valkey, shared by every process and machine using the same server.

    Pass it as ``connect(limiter=...)``, or set ``ORDERSDK_RATE_LIMIT_URL`` to switch every ``connect()``
    in the process. Budgets are keyed by API, a hash of the credentials, and the limit; ``prefix`` starts
    every key. ``timeout`` (seconds) bounds each Redis call; ``on_failure`` and ``retry_interval`` are the
    failure policy (see the module docs). Needs the ``ordersdk[redis]`` extra (redis-py).

    Example::

        from ordersdk import RedisRateLimiter, lagerkoll

        shared = RedisRateLimiter("redis://10.0.0.5:6379/0", on_failure="closed")
        client = lagerkoll.connect(store="12", api_key="...", limiter=shared)
    """

    def __init__(
        self,
        url: str,
        *,
        on_failure: FailurePolicy = "open",
        timeout: float = 0.5,
        retry_interval: float = 2.0,
        prefix: str = "ordersdk:ratelimit",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError as exc:
            raise ImportError("RedisRateLimiter needs redis-py: pip install 'ordersdk[redis]'") from exc
        if on_failure not in ("open", "closed"):
            raise ValueError(f"on_failure must be 'open' or 'closed', got {on_failure!r}")
        self.backend = _describe(url)
        self.on_failure: FailurePolicy = on_failure
        self.retry_interval = retry_interval
        self.prefix = prefix
        self._clock = clock
        self._password = urlsplit(url).password
        # One immediate retry on a broken connection (a pooled socket outlived a server restart); none on a
        # timeout: the script may have run, and a slow server would only be slow twice.
        self._client: Any = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
        )
        self._script = self._client.register_script(RESERVE_SCRIPT)
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        self._lock = threading.Lock()
        self._down_until: float | None = None  # set while Redis is considered unavailable
        self._executor: ThreadPoolExecutor | None = None
        self._executor_pid = 0

    def limiter(self, key: str, limit: RateLimit) -> Limiter:
        """The limiter of one budget: ``key`` is the API and credentials hash (see ``credentials_key``)."""
        return _RedisLimiter(self, key, limit)

    def budget_key(self, key: str, limit: RateLimit) -> str:
        """The Redis key holding a budget: prefix, API, credentials hash, requests and window (µs)."""
        return f"{self.prefix}:{key}:{limit.requests}:{round(limit.window * 1e6)}"

    def _reserve(self, key: str, limit: RateLimit) -> float:
        """Reserve the next slot of a budget; seconds to wait. Applies the failure policy."""
        down_until = self._down_until
        if down_until is not None and self._clock() < down_until:
            return self._unavailable(key, limit, None)
        try:
            micros = self._script(keys=[self.budget_key(key, limit)], args=[limit.requests, round(limit.window * 1e6)])
        except self._errors as exc:
            self._went_down(exc)
            return self._unavailable(key, limit, exc)
        if down_until is not None:
            self._came_back()
        return max(int(micros), 0) / 1e6

    async def _areserve(self, key: str, limit: RateLimit) -> float:
        """:meth:`_reserve` on a worker thread, so the event loop never waits for the network.

        redis-py's asyncio client is bound to the event loop that opened its connections, while this
        backend outlives loops (``asyncio.run`` per task is common); a small thread pool has no such tie.
        """
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool(), self._reserve, key, limit)

    def close(self) -> None:
        """Close the Redis connections and the worker threads (the object is unusable afterwards)."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False)
        self._client.close()

    def __repr__(self) -> str:
        return f"RedisRateLimiter({self.backend!r}, on_failure={self.on_failure!r})"

    def _pool(self) -> ThreadPoolExecutor:
        with self._lock:
            # A forked worker (Celery prefork, gunicorn) inherits the executor but not its threads: start anew.
            if self._executor is None or self._executor_pid != os.getpid():
                self._executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="ordersdk-ratelimit")
                self._executor_pid = os.getpid()
            return self._executor

    def _reason(self, exc: BaseException) -> str:
        text = f"{type(exc).__name__}: {exc}"
        return text.replace(self._password, "[REDACTED]") if self._password else text

    def _went_down(self, exc: BaseException) -> None:
        with self._lock:
            first = self._down_until is None
            self._down_until = self._clock() + self.retry_interval
        if first:
            then = "using this process's own limiter" if self.on_failure == "open" else "failing closed"
            logger.warning(
                "shared rate limit at %s unavailable (%s); %s, next try in %gs",
                self.backend,
                self._reason(exc),
                then,
                self.retry_interval,
            )

    def _came_back(self) -> None:
        with self._lock:
            was_down, self._down_until = self._down_until is not None, None
        if was_down:
            logger.info("shared rate limit at %s available again", self.backend)

    def _unavailable(self, key: str, limit: RateLimit, exc: BaseException | None) -> float:
        if self.on_failure == "open":
            return shared_limiter(key, limit).reserve()
        reason = self._reason(exc) if exc is not None else f"down, next try within {self.retry_interval:g}s"
        raise RateLimiterUnavailableError(
            f"shared rate limit at {self.backend} unavailable ({reason}); nothing was sent (on_failure='closed')",
            backend=self.backend,
        )


class _RedisLimiter:
    """One budget of a :class:`RedisRateLimiter` (the :class:`Limiter` the transports call)."""

    def __init__(self, backend: RedisRateLimiter, key: str, limit: RateLimit) -> None:
        self._backend = backend
        self._key = key
        self.limit = limit

    def reserve(self) -> float:
        return self._backend._reserve(self._key, self.limit)

    async def areserve(self) -> float:
        return await self._backend._areserve(self._key, self.limit)

    def __repr__(self) -> str:
        return f"<shared limiter {self.limit.requests}/{self.limit.per:g}s at {self._backend.backend}>"
