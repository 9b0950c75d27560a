"""One call in flight at a time, shared by every thread, asyncio task and event loop — its failure too.

:class:`SingleFlight` keeps one value (a token). A caller that finds no usable value joins the
call in flight, or starts one; the call's outcome goes to every caller waiting for it:

* **Success** is kept as the value for later callers.
* **Failure** is handed to each waiting caller (as a copy of the same error, caused by the
  original) and to every caller during a back-off after it — 0.5 s, doubling with each
  consecutive failure up to 8 s — so an outage costs one call per back-off, not one per caller.
* **Bounded waits**: the call runs outside its callers (a worker thread for sync callers, a
  task of the caller's event loop for async ones), so *every* caller — the one that started
  it too — waits at most until its own deadline, then gets :class:`~ordersdk.APITimeoutError`.
  The call goes on, and its result serves the callers after it.
* One flight per object, whatever starts it: sync threads, tasks and several event loops
  join the same one.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from ._errors import APIError, APITimeoutError

__all__ = ["SingleFlight"]

T = TypeVar("T")


class _Abandoned:
    """The outcome of a flight whose runner was cancelled (its event loop closed): waiters start another."""


_ABANDONED = _Abandoned()


@dataclass
class _Flight(Generic[T]):
    future: concurrent.futures.Future[T | BaseException | _Abandoned] = field(default_factory=concurrent.futures.Future)
    loop: asyncio.AbstractEventLoop | None = None
    task: asyncio.Task[None] | None = None  # a strong reference: the loop keeps only weak ones

    def __post_init__(self) -> None:
        self.future.set_running_or_notify_cancel()  # a waiter giving up must not cancel it for the others


def _copy(error: BaseException) -> BaseException:
    """A fresh instance of ``error`` for one waiter (one exception object raised in many threads would mix
    their tracebacks); the original becomes its ``__cause__``."""
    try:
        copy = type(error).__new__(type(error), *error.args)
        copy.__dict__.update(error.__dict__)
    except Exception:
        copy = APIError(f"the shared call failed ({type(error).__name__})")
    return copy


class SingleFlight(Generic[T]):
    """Single-flight calls of ``call`` (sync) / ``acall`` (async) with shared failures and bounded waits.

    Example::

        tokens = SingleFlight(fetch_token, afetch_token, what="the token exchange")
        token = tokens.get(lambda t: not t.expired, deadline=time.monotonic() + 30, operation="GET /orders")
    """

    def __init__(
        self,
        call: Callable[[], T],
        acall: Callable[[], Awaitable[T]],
        *,
        what: str,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._call = call
        self._acall = acall
        self._what = what
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._monotonic = monotonic
        self._lock = threading.Lock()  # guards the fields below; never held while waiting
        self._value: T | None = None
        self._flight: _Flight[T] | None = None
        self._failure: tuple[BaseException, float] | None = None  # (error, back-off ends)
        self._failures = 0

    @property
    def value(self) -> T | None:
        """The last value obtained, usable or not."""
        with self._lock:
            return self._value

    # --- joining ---------------------------------------------------------------------------------
    def _join(self, usable: Callable[[T], bool], loop: asyncio.AbstractEventLoop | None) -> _Flight[T] | T:
        """A usable value, or the flight to wait for (started here if none); the shared failure is raised."""
        with self._lock:
            if self._value is not None and usable(self._value):
                return self._value
            flight = self._flight
            if flight is not None and flight.loop is not None and flight.loop.is_closed():
                flight = self._flight = None  # its loop was closed before the task could finish
            if flight is not None:
                return flight
            if self._failure is not None and self._monotonic() < self._failure[1]:
                error = self._failure[0]
                raise _copy(error) from error
            flight = self._flight = _Flight(loop=loop)
        if loop is None:
            runner = contextvars.copy_context().run
            threading.Thread(
                target=runner, args=(self._run, flight), name="ordersdk-single-flight", daemon=True
            ).start()
        else:
            flight.task = loop.create_task(self._arun(flight))
        return flight

    def _settle(self, flight: _Flight[T], outcome: T | BaseException | _Abandoned) -> None:
        with self._lock:
            if isinstance(outcome, BaseException):
                self._failures += 1
                backoff = min(self._backoff * 2 ** (self._failures - 1), self._max_backoff)
                self._failure = (outcome, self._monotonic() + backoff)
            elif not isinstance(outcome, _Abandoned):
                self._value, self._failure, self._failures = outcome, None, 0
            if self._flight is flight:
                self._flight = None
        flight.future.set_result(outcome)

    def _run(self, flight: _Flight[T]) -> None:
        try:
            value = self._call()
        except Exception as exc:
            self._settle(flight, exc)
        except BaseException:
            self._settle(flight, _ABANDONED)
            raise
        else:
            self._settle(flight, value)

    async def _arun(self, flight: _Flight[T]) -> None:
        try:
            value = await self._acall()
        except Exception as exc:
            self._settle(flight, exc)
        except BaseException:  # cancelled (its loop is shutting down): another caller starts over
            self._settle(flight, _ABANDONED)
            raise
        else:
            self._settle(flight, value)

    # --- waiting ---------------------------------------------------------------------------------
    def _outcome(self, outcome: T | BaseException | _Abandoned) -> T | None:
        if isinstance(outcome, BaseException):
            raise _copy(outcome) from outcome
        return None if isinstance(outcome, _Abandoned) else outcome

    def _timeout(self, operation: str, started: float) -> APITimeoutError:
        waited = self._monotonic() - started
        return APITimeoutError(
            f"{operation}: gave up after {waited:.2f} s waiting for {self._what}", operation=operation
        )

    def get(self, usable: Callable[[T], bool], *, deadline: float | None, operation: str) -> T:
        """A usable value: the kept one, else the outcome of the flight (joined or started), by ``deadline``."""
        started = self._monotonic()
        current = _running_loop()
        while True:
            joined = self._join(usable, None)
            if not isinstance(joined, _Flight):
                return joined
            if current is not None and joined.loop is current:
                # Blocking here would stop the very loop that runs the flight.
                raise RuntimeError(f"{operation}: a sync call inside the event loop running {self._what}")
            remaining = None if deadline is None else max(deadline - self._monotonic(), 0.0)
            try:
                outcome = joined.future.result(timeout=remaining)
            except concurrent.futures.TimeoutError:
                raise self._timeout(operation, started) from None
            if (value := self._outcome(outcome)) is not None:
                return value

    async def aget(self, usable: Callable[[T], bool], *, deadline: float | None, operation: str) -> T:
        """The asyncio twin of :meth:`get`; a flight started here runs as a task of the running loop."""
        started = self._monotonic()
        loop = asyncio.get_running_loop()
        while True:
            joined = self._join(usable, loop)
            if not isinstance(joined, _Flight):
                return joined
            remaining = None if deadline is None else max(deadline - self._monotonic(), 0.0)
            try:
                outcome = await asyncio.wait_for(asyncio.wrap_future(joined.future), remaining)
            except TimeoutError:
                raise self._timeout(operation, started) from None
            if (value := self._outcome(outcome)) is not None:
                return value


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
