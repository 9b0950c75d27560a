"""A rate limit shared by every process and machine, kept in Redis (or Valkey) by one atomic Lua script.

The script runs the in-process limiter's algorithm (``_ratelimit.SlidingWindowLimiter``) on the server,
against the server's clock: a request holds its slot from when it is sent until its response (or failure)
is known, and the (k+N)-th slot of a budget of N goes a window (``per`` plus the margin) after the k-th
completed. Slots are handed out FIFO across all clients, so N processes together run at the allowed rate
without bursts, like one process does. Per request: one call to ``take`` a slot, one to report it
``complete``; a third (``ready``) only when the slot it depends on was still in flight at ``take``.

Why redis-py and our own script rather than the ``limits`` package's Redis storage: ``limits`` stamps
entries with each client's ``time.time()`` (machines' clocks disagree; here Redis's ``TIME`` is the one
clock), expresses windows in whole seconds (our margin cannot be said), only answers "allowed or not"
— callers would poll and race instead of taking the next slot in order — and counts sends, not completions.

When Redis is unreachable, slow (no answer within ``timeout``) or answers with an error, the policy
decides: ``on_failure="open"`` falls back to this process's own limiter for the same credentials and
logs one WARNING per outage; ``"closed"`` raises :class:`ordersdk.RateLimiterUnavailableError` and
sends nothing. Either way Redis is not asked again for ``retry_interval`` seconds, so an outage costs
one timeout per interval rather than one per request. A completion that cannot be recorded is dropped
(the response is the caller's either way): its slot counts as completed when its ``lease`` runs out.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

from ._limiter import FailurePolicy, RateLimiterUnavailableError
from ._ratelimit import DEFAULT_LEASE, RateLimit, Slot, SlotLimiter, shared_limiter

__all__ = ["LIMITER_SCRIPT", "RedisRateLimiter"]

logger = logging.getLogger("ordersdk.ratelimit")
T = TypeVar("T")

#: KEYS[1]: one budget, a hash (µs on the server's clock): ``n`` the last slot's number, ``lo`` the oldest
#: number that may still be stored, ``last`` the latest send time handed out, ``a<n>`` a slot's send time
#: (provisional until it is sent), ``c<n>`` its completion (absent while in flight).
#: ARGV: op (take | reserve | ready | complete), requests, window µs, lease µs, the slot's number (ready, complete).
#: take / reserve -> {number, µs to wait, 1 if final (ready has nothing to add) else 0}; ready -> µs to wait
#: (0: send now); complete -> 0. A new budget numbers its slots from the server's clock (µs), so a slot of a
#: forgotten budget (expired, or lost in a restart) never matches a slot of the new one.
LIMITER_SCRIPT = """
if redis.replicate_commands then redis.replicate_commands() end
local key, op = KEYS[1], ARGV[1]
local requests, window, lease = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
local function id(n) return string.format('%.0f', n) end
local function keep_until(t)
  local ttl = math.ceil((t - now) / 1000)
  if redis.call('PTTL', key) < ttl then redis.call('PEXPIRE', key, ttl) end
end
-- When slot n stops holding the slot `requests` after it: a window after it completed (or its lease ran
-- out). Returns nil if n is not stored (nothing to hold), else the time and whether it is known yet.
local function frees(n)
  local at = redis.call('HGET', key, 'a' .. id(n))
  if not at then return nil end
  local done = redis.call('HGET', key, 'c' .. id(n))
  if done then return tonumber(done) + window, true end
  if tonumber(at) + lease <= now then return tonumber(at) + lease + window, true end
  return tonumber(at) + window, false, tonumber(at) + lease
end
if op == 'take' or op == 'reserve' then
  local n = tonumber(redis.call('HGET', key, 'n'))
  local lo
  if n then lo = tonumber(redis.call('HGET', key, 'lo')) else n = now; lo = now + 1 end
  while lo <= n do  -- forget slots that can no longer hold anyone back
    local t, known = frees(lo)
    if t and not (known and t <= now) then break end
    redis.call('HDEL', key, 'a' .. id(lo), 'c' .. id(lo))
    lo = lo + 1
  end
  local seq = n + 1
  local at = math.max(now, tonumber(redis.call('HGET', key, 'last')) or now)
  local final = 1
  local t, known = frees(seq - requests)
  if t then
    at = math.max(at, t)
    if not known then final = 0 end
  end
  redis.call('HSET', key, 'n', id(seq), 'lo', id(lo), 'last', id(at), 'a' .. id(seq), id(at))
  if op == 'reserve' then redis.call('HSET', key, 'c' .. id(seq), id(at)) end
  keep_until(at + lease + window)
  return {seq, at - now, final}
end
local seq = tonumber(ARGV[5])
local at = redis.call('HGET', key, 'a' .. id(seq))
if not at then return 0 end  -- the budget was forgotten: nothing left to wait for
if op == 'complete' then
  redis.call('HSETNX', key, 'c' .. id(seq), id(now))
  return 0
end
local wait = tonumber(at) - now
local t, known, expiry = frees(seq - requests)
if t and not known then  -- still in flight: ask again within a quarter window (a window is still to come)
  return math.max(wait, math.min(math.ceil(window / 4), expiry - now))
end
if t then wait = math.max(wait, t - now) end
if wait > 0 then return wait end
redis.call('HSET', key, 'a' .. id(seq), id(now))  -- sent now: its lease runs from here
keep_until(now + lease + window)
return 0
"""


@dataclass(eq=False)
class _RedisSlot(Slot):
    number: int
    final: bool  # its dependency had completed at take(): ready() needs no call to Redis
    due: float  # on the local clock: when a final slot may go
    local: Slot | None = None  # the in-process limiter's slot, while Redis could not be consulted


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
    failure policy (see the module docs). ``lease``: seconds after which a slot whose completion never reached
    Redis (its process died, or Redis was down then) counts as completed. Needs the ``ordersdk[redis]`` extra.

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
        lease: float = DEFAULT_LEASE,
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
        self.lease = lease
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
        self._script = self._client.register_script(LIMITER_SCRIPT)
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        self._lock = threading.Lock()
        self._down_until: float | None = None  # set while Redis is considered unavailable
        self._executor: ThreadPoolExecutor | None = None
        self._executor_pid = 0

    def limiter(self, key: str, limit: RateLimit) -> SlotLimiter:
        """The limiter of one budget: ``key`` is the API and credentials hash (see ``credentials_key``)."""
        return _RedisLimiter(self, key, limit)

    def budget_key(self, key: str, limit: RateLimit) -> str:
        """The Redis key holding a budget: prefix, format version, API, credentials hash, requests and window (µs).

        ``v2``: slots counted until completion, in a hash. Processes on an ordersdk that kept send times in a
        list (no ``v2``) use other keys: they do not share a budget with this version.
        """
        return f"{self.prefix}:v2:{key}:{limit.requests}:{round(limit.window * 1e6)}"

    def _run(self, op: str, key: str, limit: RateLimit, number: int = 0) -> Any:
        args: list[str | int] = [op, limit.requests, round(limit.window * 1e6), round(self.lease * 1e6), number]
        return self._script(keys=[self.budget_key(key, limit)], args=args)

    def _consult(self, call: Callable[[], T], fallback: Callable[[], T]) -> T:
        """``call()`` Redis, applying the failure policy: ``fallback()`` (open) or the typed error (closed)."""
        down_until = self._down_until
        if down_until is not None and self._clock() < down_until:
            return self._unavailable(fallback, None)
        try:
            result = call()
        except self._errors as exc:
            self._went_down(exc)
            return self._unavailable(fallback, exc)
        if down_until is not None:
            self._came_back()
        return result

    def _take(self, key: str, limit: RateLimit) -> _RedisSlot:
        def call() -> _RedisSlot:
            number, micros, final = self._run("take", key, limit)
            wait = max(int(micros), 0) / 1e6
            return _RedisSlot(wait=wait, number=int(number), final=bool(final), due=self._clock() + wait)

        def fallback() -> _RedisSlot:
            local = shared_limiter(key, limit).take()
            return _RedisSlot(wait=local.wait, number=0, final=False, due=0.0, local=local)

        return self._consult(call, fallback)

    def _ready(self, key: str, limit: RateLimit, slot: Slot) -> float:
        slot = self._own(slot)
        if slot.local is not None:
            return shared_limiter(key, limit).ready(slot.local)
        if slot.final:
            return max(slot.due - self._clock(), 0.0)

        def fallback() -> float:
            # Our place in the Redis queue cannot be checked: wait for one in this process's own budget instead.
            slot.local = shared_limiter(key, limit).take()
            return slot.local.wait

        def call() -> float:
            return max(int(self._run("ready", key, limit, slot.number)), 0) / 1e6

        return self._consult(call, fallback)

    def _complete(self, key: str, limit: RateLimit, slot: Slot) -> None:
        """Record the completion; never raises (the request is over): a lost completion ends with its lease."""
        slot = self._own(slot)
        if slot.local is not None:
            shared_limiter(key, limit).complete(slot.local)
            return
        down_until = self._down_until
        if down_until is not None and self._clock() < down_until:
            return
        try:
            self._run("complete", key, limit, slot.number)
        except self._errors as exc:
            self._went_down(exc)
            return
        if down_until is not None:
            self._came_back()

    def _reserve(self, key: str, limit: RateLimit) -> float:
        """A slot counted from its send time (for callers that cannot report completion); seconds to wait."""

        def call() -> float:
            _, micros, _ = self._run("reserve", key, limit)
            return max(int(micros), 0) / 1e6

        return self._consult(call, lambda: shared_limiter(key, limit).reserve())

    async def _off_loop(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` on a worker thread, so the event loop never waits for the network.

        redis-py's asyncio client is bound to the event loop that opened its connections, while this
        backend outlives loops (``asyncio.run`` per task is common); a small thread pool has no such tie.
        """
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool(), function, *args)

    @staticmethod
    def _own(slot: Slot) -> _RedisSlot:
        if not isinstance(slot, _RedisSlot):
            raise TypeError(f"not a slot of a Redis limiter: {slot!r}")
        return slot

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

    def _unavailable(self, fallback: Callable[[], T], exc: BaseException | None) -> T:
        if self.on_failure == "open":
            return fallback()
        reason = self._reason(exc) if exc is not None else f"down, next try within {self.retry_interval:g}s"
        raise RateLimiterUnavailableError(
            f"shared rate limit at {self.backend} unavailable ({reason}); nothing was sent (on_failure='closed')",
            backend=self.backend,
        )


class _RedisLimiter:
    """One budget of a :class:`RedisRateLimiter` (the :class:`SlotLimiter` the transports call)."""

    def __init__(self, backend: RedisRateLimiter, key: str, limit: RateLimit) -> None:
        self._backend = backend
        self._key = key
        self.limit = limit

    def take(self) -> Slot:
        return self._backend._take(self._key, self.limit)

    def ready(self, slot: Slot) -> float:
        return self._backend._ready(self._key, self.limit, slot)

    def complete(self, slot: Slot) -> None:
        self._backend._complete(self._key, self.limit, slot)

    def reserve(self) -> float:
        return self._backend._reserve(self._key, self.limit)

    async def atake(self) -> Slot:
        return await self._backend._off_loop(self.take)

    async def aready(self, slot: Slot) -> float:
        # A final slot, or one of the in-process fallback, needs no network: no trip to a worker thread.
        if isinstance(slot, _RedisSlot) and (slot.final or slot.local is not None):
            return self.ready(slot)
        return await self._backend._off_loop(self.ready, slot)

    async def acomplete(self, slot: Slot) -> None:
        if isinstance(slot, _RedisSlot) and slot.local is not None:
            self.complete(slot)
            return
        await self._backend._off_loop(self.complete, slot)

    async def areserve(self) -> float:
        return await self._backend._off_loop(self.reserve)

    def __repr__(self) -> str:
        return f"<shared limiter {self.limit.requests}/{self.limit.per:g}s at {self._backend.backend}>"
