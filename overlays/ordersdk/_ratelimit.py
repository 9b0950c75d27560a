"""Client-side, proactive rate limiting as a wrapping transport (sync and async).

One :class:`SlidingWindowLimiter` per credentials key in the process (see
:func:`shared_limiter`), so every client built from the same credentials —
in any thread, any event loop, sync or async — draws from the same budget.

Vendors count requests when they *arrive*, and a request can arrive long after
it was sent (a cold connection's handshake, a stalled process, a queue in
front of the server). So a request holds its place in the budget from the
moment it is sent until its response — or its failure — is known, which is
never before the server saw it: the (k+N)-th request of a budget of N goes
only one window after the k-th *completed*. Any N+1 requests include two that
are a multiple of N apart, so by that chain no window of ``per`` seconds at
the server ever holds more than N arrivals, whatever the latency; the cost is
the latency itself, once per window: N requests per (window + latency).

The limiter hands out *slots* under a short ``threading.Lock`` (never held
across I/O or an ``await``): ``take`` assigns each request a provisional send
time, FIFO, so a sustained loop runs at the allowed rate without bursts; the
transport sleeps outside the lock, asks ``ready`` just before sending (more
waiting if the slot it depends on completed late, or a short poll while that
one is still in flight) and reports ``complete`` after the response, in a
``finally`` so failed and cancelled requests free their place too.

The window is widened by ``margin``: latency needs none (see above); what is
left is what our clock cannot see, the vendor's — gateway machines stamping
arrivals with clocks a few milliseconds apart, and clocks running at slightly
different rates (NTP slews each by up to 0.05 %). Hence 10 ms plus 0.1 % of ``per``.

The transports depend only on the :class:`Limiter` protocol (``reserve`` /
``areserve``), and use the slot methods of :class:`SlotLimiter` when a
limiter has them; ``_ratelimit_redis`` implements both with the same
algorithm on a Redis server, so the budget is shared across processes and
machines.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import httpx

__all__ = [
    "DEFAULT_LEASE",
    "AsyncRateLimitTransport",
    "Limiter",
    "RateLimit",
    "RateLimitTransport",
    "SlidingWindowLimiter",
    "Slot",
    "SlotLimiter",
    "credentials_key",
    "shared_limiter",
]

logger = logging.getLogger("ordersdk.ratelimit")

#: Seconds after which a slot whose completion was never reported counts as completed (its process died, or
#: its report could not reach Redis). Longer than any request takes to *arrive* (connect timeout 10 s).
DEFAULT_LEASE = 30.0


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` per ``per`` seconds, e.g. ``RateLimit(200, 60.0)`` for 200/minute.

    ``margin``: seconds added to the enforced window for the vendor's clocks (default ``None``: 10 ms plus
    0.1 % of ``per``). Latency needs no margin: a request counts until its response is known.
    """

    requests: int
    per: float
    margin: float | None = None

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per <= 0 or (self.margin is not None and self.margin < 0):
            raise ValueError(f"invalid rate limit {self.requests}/{self.per}s (margin {self.margin}s)")

    @property
    def window(self) -> float:
        """The window actually enforced: ``per`` plus the margin."""
        margin = 0.01 + self.per / 1000 if self.margin is None else self.margin
        return self.per + margin


@runtime_checkable
class Limiter(Protocol):
    """Hands out send slots for one budget: the seam between the rate-limit transports and where the budget lives.

    Both methods reserve one slot and return the seconds to wait before sending (``0.0`` to send now);
    the transport does the waiting. ``areserve`` must not block the event loop (a limiter that does network
    I/O awaits it). Either may raise :class:`ordersdk.RateLimiterUnavailableError` when the budget cannot be
    consulted and the limiter is configured to fail closed.

    A limiter with only these two spaces *send* times; one that also implements :class:`SlotLimiter` is told
    when each request completes, and keeps the limit at the server whatever the latency.
    """

    def reserve(self) -> float: ...

    async def areserve(self) -> float: ...


@dataclass(eq=False)
class Slot:
    """One request's place in a budget, from ``take()`` until ``complete()``.

    ``wait``: seconds to wait before asking ``ready()``. Limiters subclass it to keep their own state.
    A subclass may set ``final`` when ``ready()`` has nothing to add to ``wait`` (no slot it depends on is
    still in flight): the transports then send after ``wait`` without asking ``ready()``.
    """

    wait: float


@runtime_checkable
class SlotLimiter(Limiter, Protocol):
    """A :class:`Limiter` that counts each request until its outcome is known; the transports prefer it.

    Per request the transports call ``take()`` once, wait ``slot.wait`` seconds, call ``ready(slot)`` until
    it returns ``0.0`` (any other answer is more seconds to wait), send, and call ``complete(slot)`` once the
    response or the failure is known — in a ``finally``, so also when the request failed, was cancelled, or
    ``ready`` raised. ``complete`` must not raise. The ``a``-prefixed twins serve asyncio callers.
    ``reserve()`` remains for callers that cannot report completion: a slot that counts from its send time.
    """

    def take(self) -> Slot: ...

    def ready(self, slot: Slot) -> float: ...

    def complete(self, slot: Slot) -> None: ...

    async def atake(self) -> Slot: ...

    async def aready(self, slot: Slot) -> float: ...

    async def acomplete(self, slot: Slot) -> None: ...


@dataclass(eq=False, slots=True)
class _Entry(Slot):
    at: float  # when it is (provisionally) sent; its actual send time once ready() let it go
    done: float | None = None  # when its outcome was known; None while pending or in flight
    dep: _Entry | None = None  # the slot `requests` earlier, while it may still hold this one
    final: bool = False  # True when dep is None at take(): ready() has nothing to add


class SlidingWindowLimiter:
    """Slots such that a request goes a full ``limit.window`` after the one ``limit.requests`` earlier completed.

    ``lease``: seconds after which a slot never completed counts as completed (see :data:`DEFAULT_LEASE`).
    """

    def __init__(
        self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic, lease: float = DEFAULT_LEASE
    ) -> None:
        self.limit = limit
        self.lease = lease
        self._window = limit.window  # read on every request: the limit is frozen, so computed once
        self._clock = clock
        self._lock = threading.Lock()
        self._recent: deque[_Entry] = deque(maxlen=limit.requests)  # the last `requests` slots, oldest first
        self._last = float("-inf")  # the latest provisional send time handed out (FIFO)

    def _frees(self, entry: _Entry, now: float) -> float | None:
        """When ``entry`` stops holding the slot after it: a window after it completed; ``None`` while in flight."""
        if entry.done is not None:
            return entry.done + self._window
        if entry.at + self.lease <= now:  # never completed: counts as completed when its lease ran out
            return entry.at + self.lease + self._window
        return None

    def take(self) -> Slot:
        """Reserve the next slot; ``slot.wait`` is the provisional wait (final when ``ready`` has nothing to add)."""
        with self._lock:
            now = self._clock()
            recent = self._recent
            # Slots that can no longer hold anyone back are forgotten (the deque also keeps only the last N).
            while recent and (frees := self._frees(recent[0], now)) is not None and frees <= now:
                recent.popleft()
            at = max(now, self._last)
            dep = recent[0] if len(recent) == self.limit.requests else None
            if dep is not None:
                frees = self._frees(dep, now)
                # In flight: provisionally as if it completed when sent; ready() checks again before sending.
                at = max(at, dep.at + self._window if frees is None else frees)
                if frees is not None:
                    dep = None
            entry = _Entry(at - now, at, None, dep, dep is None)
            recent.append(entry)
            self._last = at
            return entry

    def ready(self, slot: Slot) -> float:
        """Just before sending: ``0.0`` to send now, else the seconds to wait before asking again."""
        entry = self._own(slot)
        if entry.dep is None:  # nothing to re-check: only its own send time (no lock: only its request writes it)
            now = self._clock()
            if entry.at > now:
                return entry.at - now
            entry.at = now  # sent now: its lease runs from here
            return 0.0
        with self._lock:
            now = self._clock()
            wait = entry.at - now
            dep = entry.dep
            if dep is not None:
                frees = self._frees(dep, now)
                if frees is None:
                    # Still in flight. Polling a quarter window costs no throughput: the send time it waits for is
                    # the completion *plus a window*, so a completion seen up to a quarter window late is still early.
                    return max(wait, min(self._window / 4, dep.at + self.lease - now))
                wait = max(wait, frees - now)
                entry.dep = None
            if wait > 0:
                return wait
            entry.at = max(entry.at, now)  # sent now: its lease runs from here
            return 0.0

    def complete(self, slot: Slot) -> None:
        """The request's response (or failure) is known: its slot counts until now, then one window more."""
        entry = self._own(slot)
        # No lock: only this request writes its entry, and take() reading it a moment early only errs on the
        # safe side (a slot still counted as in flight).
        if entry.done is None:
            entry.done = self._clock()
        entry.dep = None

    def reserve(self) -> float:
        """A slot for a caller that cannot report completion: counted from its send time. Seconds to wait."""
        entry = self._own(self.take())
        with self._lock:
            entry.done, entry.dep = entry.at, None
        return entry.wait

    async def atake(self) -> Slot:
        """:meth:`take` for asyncio callers (no I/O; the lock is held for microseconds)."""
        return self.take()

    async def aready(self, slot: Slot) -> float:
        """:meth:`ready` for asyncio callers."""
        return self.ready(slot)

    async def acomplete(self, slot: Slot) -> None:
        """:meth:`complete` for asyncio callers."""
        self.complete(slot)

    async def areserve(self) -> float:
        """:meth:`reserve` for asyncio callers."""
        return self.reserve()

    @staticmethod
    def _own(slot: Slot) -> _Entry:
        if not isinstance(slot, _Entry):
            raise TypeError(f"not a slot of an in-process limiter: {slot!r}")
        return slot

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter({self.limit.requests}/{self.limit.per:g}s)"


_registry: dict[tuple[str, RateLimit], SlidingWindowLimiter] = {}
_registry_lock = threading.Lock()


def credentials_key(api: str, parts: Iterable[str]) -> str:
    """A stable, non-reversible key for a set of credentials (the secrets themselves are never stored)."""
    digest = hashlib.sha256("\x00".join((api, *parts)).encode()).hexdigest()
    return f"{api}:{digest[:16]}"


def shared_limiter(key: str, limit: RateLimit) -> SlidingWindowLimiter:
    """The process-wide limiter for ``key`` and ``limit`` (created on first use)."""
    with _registry_lock:
        limiter = _registry.get((key, limit))
        if limiter is None:
            limiter = _registry[(key, limit)] = SlidingWindowLimiter(limit)
        return limiter


class RateLimitTransport(httpx.BaseTransport):
    """Waits for a limiter slot before delegating each request to ``inner``; reports when it completed.

    Example::

        limiter = shared_limiter("lagerkoll:store-12", RateLimit(200, 60.0))
        client = httpx.Client(transport=RateLimitTransport(httpx.HTTPTransport(), limiter))
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        limiter: Limiter,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner
        self.limiter = limiter
        self._slots = limiter if isinstance(limiter, SlotLimiter) else None
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        slots = self._slots
        if slots is None:  # a Limiter without slots: spaces send times only
            self._wait(self.limiter.reserve(), request)
            return self._inner.handle_request(request)
        slot = slots.take()
        try:
            wait = slot.wait
            if not getattr(slot, "final", False):  # final: nothing ready() could add (the common case)
                while True:
                    self._wait(wait, request)
                    wait = slots.ready(slot)
                    if wait <= 0:
                        break
            else:
                self._wait(wait, request)
            return self._inner.handle_request(request)
        finally:
            # The response's head is in (the server has counted the request), or it failed or was interrupted.
            slots.complete(slot)

    def _wait(self, seconds: float, request: httpx.Request) -> None:
        if seconds > 0:
            logger.debug("%s %s: rate limit, waiting %.3fs", request.method, request.url.path, seconds)
            self._sleep(seconds)

    def close(self) -> None:
        self._inner.close()


class AsyncRateLimitTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RateLimitTransport`; shares limiters with sync clients."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        limiter: Limiter,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._inner = inner
        self.limiter = limiter
        self._slots = limiter if isinstance(limiter, SlotLimiter) else None
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        slots = self._slots
        if slots is None:
            await self._wait(await self.limiter.areserve(), request)
            return await self._inner.handle_async_request(request)
        slot = await slots.atake()
        try:
            wait = slot.wait
            if not getattr(slot, "final", False):  # final: nothing aready() could add
                while True:
                    await self._wait(wait, request)
                    wait = await slots.aready(slot)
                    if wait <= 0:
                        break
            else:
                await self._wait(wait, request)
            return await self._inner.handle_async_request(request)
        finally:
            await slots.acomplete(slot)

    async def _wait(self, seconds: float, request: httpx.Request) -> None:
        if seconds > 0:
            logger.debug("%s %s: rate limit, waiting %.3fs", request.method, request.url.path, seconds)
            await self._sleep(seconds)

    async def aclose(self) -> None:
        await self._inner.aclose()
