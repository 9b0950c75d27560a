"""Fault injection: failures, throttling, latency, hangs, dropped connections and broken bodies on demand.

>>> app.faults.fail_next(3, status=503)                                          # doctest: +SKIP
>>> app.faults.rate_limited(retry_after=2)                                       # doctest: +SKIP
>>> app.faults.fail_next(1, operation="add_purchase_order", when="after")        # doctest: +SKIP
>>> app.faults.drop_connection(method="POST", path="/purchase_orders", share=0.2, count=None)  # doctest: +SKIP
>>> app.faults.clear()                                                           # doctest: +SKIP

A fault may be **aimed** at one operation (its ``operationId``) or at a method and/or path (the
spec's template ``/purchase_orders/{order_id}`` or a concrete path, with or without the base path);
an unaimed fault hits every request. It applies to the next ``count`` matching requests (``None``:
until cleared), each with probability ``share`` (seeded, so reproducible).

**When**: ``"before"`` (the default) answers instead of the server: nothing was processed, nothing
stored. ``"after"`` lets the server process the request -- the write happens, the rate limit
counts it -- and then fails the response (a 5xx, an HTML page, a hang, or a dropped connection), as
when a proxy or the network fails on the way back. That is the fault a client's duplicate-create
protection has to survive.

From the command line (``ordermock API --faults SPEC``) the same faults are written as a
comma-separated list, see :func:`ordermock.parse_faults`.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Unpack

from ._spec import Operation
from ._target import Target, checked_target

__all__ = ["Aim", "Fault", "FaultController", "FaultSpecError", "Target", "When", "Where"]

When = Literal["before", "after"]
WHEN: tuple[When, ...] = ("before", "after")

#: How long a hang lasts at most before the connection is dropped, unless the client gives up first.
DEFAULT_HANG_SECONDS = 30.0


class Where(TypedDict, total=False):
    """Which requests a fault hits, and when (keyword arguments of every arming method)."""

    #: The operationId of the requests to fail (or use ``method`` / ``path``).
    operation: str
    #: HTTP method of the requests to fail.
    method: str
    #: Path template of the spec (``/orders/{id}``) or a concrete path, with or without the base path.
    path: str
    #: ``"before"`` (the server does nothing) or ``"after"`` (the server processes, then the response fails).
    when: When


class Aim(Where, total=False):
    """:class:`Where` plus how often: ``share``, the chance per matching request (0..1, seeded)."""

    share: float


class FaultSpecError(ValueError):
    """A ``--faults`` string that cannot be understood."""


@dataclass
class Fault:
    """One armed fault; ``remaining=None`` means "until cleared", ``share`` is the chance per matching request."""

    kind: str  # "status", "drop", "html", "truncate", "hang"
    status: int = 503
    retry_after: float | None = None
    remaining: int | None = 1
    share: float = 1.0
    when: When = "before"
    target: Target = field(default_factory=Target)
    #: For a hang: seconds before the connection is dropped (a client's read timeout usually ends it first).
    seconds: float = DEFAULT_HANG_SECONDS

    def describe(self) -> str:
        """A short label for the request log: ``"after: 503"``, ``"before: drop"``."""
        what = {"status": str(self.status), "html": f"html {self.status}"}.get(self.kind, self.kind)
        return f"{self.when}: {what}"


class FaultController:
    """Faults waiting to be applied to the next requests of one mock app (thread-safe).

    ``operations`` (the app's spec operations) lets aimed faults be checked when armed: an unknown
    ``operationId`` or a path no operation has is a ``ValueError`` naming the close matches.
    """

    def __init__(self, seed: int = 0, operations: Iterable[Operation] = ()) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._delay = 0.0
        self._delay_remaining: int | None = None
        self._rng = random.Random(seed)
        self._operations = tuple(operations)
        self._released = threading.Event()

    # -- arming ------------------------------------------------------------------------------------

    def fail_next(
        self, count: int | None = 1, *, status: int = 503, retry_after: float | None = None, **aim: Unpack[Aim]
    ) -> None:
        """Answer the next ``count`` (matching) requests with ``status`` in the vendor's error shape.

        ``aim`` (for every arming method): ``operation=`` an operationId, or ``method=`` / ``path=``;
        ``share=`` the chance per matching request (default 1); ``when="before"`` (default) or ``"after"``.
        """
        status = _check_status(status)
        if status == 429 and aim.get("when") == "after":
            raise ValueError("a 429 tells the client the request was not processed: use when='before'")
        self._arm("status", count, aim, status=status, retry_after=retry_after)

    def fail_share(self, share: float, *, status: int = 503, **where: Unpack[Where]) -> None:
        """Answer a ``share`` (0..1) of all (matching) requests with ``status`` until cleared (seeded, reproducible)."""
        self.fail_next(None, status=status, share=share, **where)

    def rate_limited(self, retry_after: float = 1, *, count: int | None = 1, **aim: Unpack[Aim]) -> None:
        """Answer the next ``count`` (matching) requests with 429 and ``Retry-After: retry_after``."""
        self.fail_next(count, status=429, retry_after=retry_after, **aim)

    def slow(self, seconds: float, *, count: int | None = None) -> None:
        """Delay responses by ``seconds`` (the next ``count`` requests, or all until cleared)."""
        with self._lock:
            self._delay = max(0.0, seconds)
            self._delay_remaining = count

    def drop_connection(self, count: int | None = 1, **aim: Unpack[Aim]) -> None:
        """Close the connection of the next ``count`` (matching) requests without a complete response."""
        self._arm("drop", count, aim)

    def hang(self, count: int | None = 1, *, seconds: float = DEFAULT_HANG_SECONDS, **aim: Unpack[Aim]) -> None:
        """Answer nothing to the next ``count`` (matching) requests, so the client's read timeout fires.

        The connection is dropped when the client gives up, or after ``seconds``.
        """
        self._arm("hang", count, aim, seconds=max(0.0, seconds))

    def html_error(self, count: int | None = 1, *, status: int = 502, **aim: Unpack[Aim]) -> None:
        """Answer the next ``count`` (matching) requests with an HTML error page (as proxies do)."""
        self._arm("html", count, aim, status=_check_status(status))

    def truncate(self, count: int | None = 1, **aim: Unpack[Aim]) -> None:
        """Cut the body of the next ``count`` (matching) responses in half (status and headers stay).

        The request is processed first: a truncated answer is always an "after" fault.
        """
        if aim.get("when", "after") != "after":
            raise ValueError("a truncated body is the server's answer: a truncate fault is always when='after'")
        self._arm("truncate", count, {**aim, "when": "after"})

    def clear(self) -> None:
        """Remove every armed fault and delay, and end the hangs in progress (their connections drop)."""
        with self._lock:
            self._faults.clear()
            self._delay = 0.0
            self._delay_remaining = None
        self.release_hangs()

    def release_hangs(self) -> None:
        """End every hang in progress now: its connection is dropped (the server does this when it stops)."""
        with self._lock:
            self._released.set()
            self._released = threading.Event()

    @property
    def released(self) -> threading.Event:
        """Set when the hangs started now are to end (see :meth:`release_hangs`); thread-safe to wait on."""
        with self._lock:
            return self._released

    @property
    def armed(self) -> bool:
        with self._lock:
            return bool(self._faults) or self._delay > 0

    # -- consuming ---------------------------------------------------------------------------------

    def take(
        self,
        operation: Operation | None = None,
        method: str = "GET",
        path: str = "/",
        base_path: str = "",
    ) -> tuple[Fault | None, float]:
        """The fault (if any) and the delay for the request being handled now."""
        with self._lock:
            delay = 0.0
            if self._delay > 0:
                delay = self._delay
                if self._delay_remaining is not None:
                    self._delay_remaining -= 1
                    if self._delay_remaining <= 0:
                        self._delay, self._delay_remaining = 0.0, None
            operation_id = operation.operation_id if operation is not None else None
            template = operation.path if operation is not None else None
            for fault in list(self._faults):
                if not fault.target.matches(operation_id, method, template, path, base_path):
                    continue
                if fault.share < 1.0 and self._rng.random() >= fault.share:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                return fault, delay
            return None, delay

    # -- checks ------------------------------------------------------------------------------------

    def _arm(self, kind: str, count: int | None, aim: Aim, **details: Any) -> None:
        unknown = set(aim) - set(Aim.__annotations__)
        if unknown:
            raise TypeError(f"unknown fault option(s): {', '.join(sorted(unknown))}")
        if count is not None and count < 1:
            raise ValueError(f"count must be at least 1 (or None: until cleared), got {count}")
        share = aim.get("share", 1.0)
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"share must be between 0 and 1, got {share}")
        when = aim.get("when", "before")
        if when not in WHEN:
            raise ValueError(f"when must be 'before' or 'after', got {when!r}")
        target = self._target(aim.get("operation"), aim.get("method"), aim.get("path"))
        fault = Fault(kind, remaining=count, share=share, when=when, target=target, **details)
        with self._lock:
            self._faults.append(fault)

    def _target(self, operation: str | None, method: str | None, path: str | None) -> Target:
        if operation is not None and (method is not None or path is not None):
            raise ValueError("aim a fault at an operation or at a method/path, not both")
        return checked_target(Target(operation, method, path), self._operations)


def _check_status(status: int) -> int:
    if not 400 <= status <= 599:
        raise ValueError(f"a fault status must be 4xx or 5xx, got {status}")
    return status
