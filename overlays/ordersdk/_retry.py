"""Retries as a wrapping transport (sync and async), with the whole policy in one function.

The rules, in :func:`decide`:

* ``429`` for any method — the server did not process the request — honouring
  ``retry-after-ms`` / ``Retry-After`` (seconds or HTTP date). A wait above
  ``max_retry_after`` is not slept: the 429 is returned at once (it becomes a
  :class:`~ordersdk.RateLimitError` carrying ``retry_after``).
* ``408/500/502/503/504``, timeouts and network errors only for idempotent
  methods (GET, HEAD, OPTIONS, PUT, DELETE) — and for the few POST operations
  an API documents as changing nothing (``RetryPolicy.read_only``: Order Time's
  ``POST /list``, the Seven Senders token exchange).
* Connection failures *before* the request was sent (connect error/timeout,
  pool timeout) for any method. Anything that may have reached the server is
  never re-sent for POST/PATCH.
* A success whose JSON body arrives broken (truncated, HTML, or not in the
  ``Content-Encoding`` it declares) is retried like a 5xx: for idempotent methods only.
* A DELETE re-sent after an attempt that may have been applied (408/5xx, a broken
  success body, a read timeout or a dropped connection) and answered ``404`` /
  ``410`` has reached its goal: the resource is gone. It is reported as a ``204``
  with the header ``x-ordersdk-outcome: already-deleted``, logged at INFO — not as
  a ``NotFoundError`` for a delete that worked.
* Otherwise ``min(0.5 s · 2ⁿ, 8 s)`` with up to 25 % jitter, at most
  ``max_retries`` times and never past the overall ``deadline``.

Bodies are read inside the loop (the generated clients read every body anyway),
so a connection lost mid-body counts as a network error of that attempt.

Every decision is logged at DEBUG on ``ordersdk.retry`` (method, path, attempt,
outcome, wait) — never headers or bodies. Sleep, clock and randomness are
injectable so tests run instantly and deterministically.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeGuard

import httpx

from ._bodies import broken_json, undecodable
from ._error_mapping import parse_retry_after

__all__ = ["AsyncRetryTransport", "Decision", "RetryPolicy", "RetryTransport", "decide"]

logger = logging.getLogger("ordersdk.retry")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
IDEMPOTENT_RETRY_STATUSES = frozenset({408, 500, 502, 503, 504})
# Raised before any byte of the request left this process: safe to re-send for every method.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# May have reached the server (read/write failures, protocol errors, read timeouts).
MAYBE_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
GONE_STATUSES = frozenset({404, 410})
ALREADY_DELETED = ("x-ordersdk-outcome", "already-deleted")


@dataclass(frozen=True)
class RetryPolicy:
    """Tunables of :func:`decide`.

    ``deadline`` bounds all attempts plus waits, in seconds (None: no bound). ``read_only`` lists
    ``"POST /full/path"`` operations that change nothing and may be re-sent like a GET.
    """

    max_retries: int = 2
    max_retry_after: float = 60.0
    deadline: float | None = 120.0
    initial_delay: float = 0.5
    max_delay: float = 8.0
    read_only: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Decision:
    """Whether to retry, after how many seconds, and why (for the log)."""

    retry: bool
    delay: float
    reason: str


def decide(
    method: str,
    retries_done: int,
    outcome: httpx.Response | Exception,
    *,
    policy: RetryPolicy,
    elapsed: float,
    now: Callable[[], float] = time.time,
    jitter: Callable[[], float] = random.random,
    path: str = "",
) -> Decision:
    """The retry policy: one readable function from (method, attempt, outcome) to a :class:`Decision`."""
    if isinstance(outcome, httpx.Response) and 200 <= outcome.status_code <= 299 and not _broken(outcome):
        return _final(outcome.status_code)  # the usual outcome, answered first: a readable success
    method = method.upper()
    idempotent = method in IDEMPOTENT_METHODS or f"{method} {path}" in policy.read_only
    server_wait: float | None = None
    if isinstance(outcome, httpx.Response):
        status = outcome.status_code
        if status == 429:
            reason = "429 (not processed)"
        elif status in IDEMPOTENT_RETRY_STATUSES and idempotent:
            reason = f"{status} on idempotent {method}"
        elif status in IDEMPOTENT_RETRY_STATUSES:
            return Decision(False, 0.0, f"{status} on non-idempotent {method}: may have been processed")
        elif outcome.is_success and _broken(outcome):
            if not idempotent:
                return Decision(False, 0.0, f"{status} with a broken body on non-idempotent {method}: was processed")
            reason = f"{status} with a broken JSON body on idempotent {method}"
        else:
            return Decision(False, 0.0, f"{status} is final")
        server_wait = parse_retry_after(outcome.headers, now=now)
    elif isinstance(outcome, NOT_SENT_ERRORS):
        reason = f"{type(outcome).__name__} before sending"
    elif isinstance(outcome, MAYBE_SENT_ERRORS) and idempotent:
        reason = f"{type(outcome).__name__} on idempotent {method}"
    elif isinstance(outcome, MAYBE_SENT_ERRORS):
        return Decision(False, 0.0, f"{type(outcome).__name__} on {method}: may have reached the server")
    else:
        return Decision(False, 0.0, f"{type(outcome).__name__} is not retryable")

    if retries_done >= policy.max_retries:
        return Decision(False, 0.0, f"{reason}; retries exhausted ({policy.max_retries})")
    if server_wait is not None and server_wait > policy.max_retry_after:
        return Decision(
            False, 0.0, f"{reason}; Retry-After {server_wait:.1f}s exceeds cap {policy.max_retry_after:.1f}s"
        )
    if server_wait is not None:
        delay = server_wait
    else:
        backoff = min(policy.initial_delay * 2**retries_done, policy.max_delay)
        delay = backoff * (1 - 0.25 * jitter())
    if policy.deadline is not None and elapsed + delay > policy.deadline:
        return Decision(False, 0.0, f"{reason}; waiting {delay:.2f}s would pass the {policy.deadline:.0f}s deadline")
    return Decision(True, delay, reason)


def _readable_success(outcome: httpx.Response | Exception) -> TypeGuard[httpx.Response]:
    """The first rule of :func:`decide`, without calling it: nearly every outcome is a readable 2xx, returned as is.

    Only when DEBUG is off: with it on, the transports call :func:`decide` for its log line.
    """
    return (
        isinstance(outcome, httpx.Response)
        and 200 <= outcome.status_code <= 299
        and not _broken(outcome)
        and not logger.isEnabledFor(logging.DEBUG)
    )


@functools.cache
def _final(status: int) -> Decision:
    return Decision(False, 0.0, f"{status} is final")


def _broken(response: httpx.Response) -> bool:
    try:
        return broken_json(response)
    except httpx.ResponseNotRead:  # decide() on a streamed response: the transports always read first
        return False


def _may_have_been_applied(outcome: httpx.Response | Exception) -> bool:
    """Whether the server may have carried the request out although we got no usable answer."""
    if isinstance(outcome, httpx.Response):
        return outcome.status_code in IDEMPOTENT_RETRY_STATUSES or (outcome.is_success and _broken(outcome))
    return isinstance(outcome, MAYBE_SENT_ERRORS) and not isinstance(outcome, NOT_SENT_ERRORS)


class _RetryBase:
    def __init__(
        self,
        policy: RetryPolicy,
        clock: Callable[[], float],
        now: Callable[[], float],
        jitter: Callable[[], float],
    ) -> None:
        self.policy = policy
        self._clock = clock
        self._now = now
        self._jitter = jitter

    def _decide(
        self, request: httpx.Request, retries_done: int, outcome: httpx.Response | Exception, started: float
    ) -> Decision:
        method = request.method
        decision = decide(
            method,
            retries_done,
            outcome,
            policy=self.policy,
            elapsed=self._clock() - started,
            now=self._now,
            jitter=self._jitter,
            # Only a non-idempotent method needs its path (x-read-only POSTs); URL.path costs a decode.
            path="" if method in IDEMPOTENT_METHODS else request.url.path,
        )
        if logger.isEnabledFor(logging.DEBUG):  # every request passes here: build the line only when wanted
            logger.debug(
                "%s %s attempt %d: %s -> %s",
                method,
                request.url.path,
                retries_done + 1,
                decision.reason,
                f"retry in {decision.delay:.2f}s"
                if decision.retry
                else "raise"
                if isinstance(outcome, Exception)
                else "return",
            )
        return decision

    def _already_deleted(
        self, request: httpx.Request, outcome: httpx.Response, retries_done: int
    ) -> httpx.Response | None:
        """A 204 standing in for the 404/410 answering a DELETE re-sent after an attempt that may have worked."""
        if request.method.upper() != "DELETE" or outcome.status_code not in GONE_STATUSES:
            return None
        logger.info(
            "%s %s attempt %d: %d after an attempt that may have been applied -> the resource is gone: "
            "reporting success (204)",
            request.method,
            request.url.path,
            retries_done + 1,
            outcome.status_code,
        )
        return httpx.Response(204, headers=[ALREADY_DELETED], request=request)


class RetryTransport(_RetryBase, httpx.BaseTransport):
    """Wraps a sync transport and applies :func:`decide` to every outcome.

    Example::

        transport = RetryTransport(httpx.HTTPTransport(), policy=RetryPolicy(max_retries=3))
        client = httpx.Client(transport=transport)
    """

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], float] = time.time,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(policy or RetryPolicy(), clock, now, jitter)
        self._inner = inner
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a replayable body: the same bytes on every attempt
        started = self._clock()
        retries_done = 0
        maybe_applied = False
        while True:
            outcome: httpx.Response | Exception
            try:
                response = self._inner.handle_request(request)
                # Read the body here, so that a connection lost mid-body is an outcome of this
                # attempt (retried for idempotent requests) rather than a failure after the loop.
                try:
                    response.read()
                except httpx.DecodingError:  # not a TransportError: the encoding was wrong, not the network
                    response.close()
                    response = undecodable(response, request)
                outcome = response
            except httpx.TransportError as exc:
                outcome = exc
            if _readable_success(outcome):
                return outcome
            if (
                maybe_applied
                and isinstance(outcome, httpx.Response)
                and (done := self._already_deleted(request, outcome, retries_done)) is not None
            ):
                outcome.close()
                return done
            decision = self._decide(request, retries_done, outcome, started)
            if not decision.retry:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            if isinstance(outcome, httpx.Response):
                outcome.close()
            maybe_applied = maybe_applied or _may_have_been_applied(outcome)
            self._sleep(decision.delay)
            retries_done += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(_RetryBase, httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`RetryTransport` (same policy, injectable ``sleep`` coroutine)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], float] = time.time,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(policy or RetryPolicy(), clock, now, jitter)
        self._inner = inner
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        started = self._clock()
        retries_done = 0
        maybe_applied = False
        while True:
            outcome: httpx.Response | Exception
            try:
                response = await self._inner.handle_async_request(request)
                try:
                    await response.aread()
                except httpx.DecodingError:  # as in RetryTransport
                    await response.aclose()
                    response = undecodable(response, request)
                outcome = response
            except httpx.TransportError as exc:
                outcome = exc
            if _readable_success(outcome):
                return outcome
            if (
                maybe_applied
                and isinstance(outcome, httpx.Response)
                and (done := self._already_deleted(request, outcome, retries_done)) is not None
            ):
                await outcome.aclose()
                return done
            decision = self._decide(request, retries_done, outcome, started)
            if not decision.retry:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            maybe_applied = maybe_applied or _may_have_been_applied(outcome)
            await self._sleep(decision.delay)
            retries_done += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
