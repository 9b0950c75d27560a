"""Fault injection: failures, throttling, latency, dropped connections and broken bodies on demand.

>>> app.faults.fail_next(3, status=503)        # doctest: +SKIP
>>> app.faults.rate_limited(retry_after=2)     # doctest: +SKIP
>>> app.faults.clear()                         # doctest: +SKIP

From the command line (``scripts/mock.py --faults SPEC``) the same faults are written as a
comma-separated list, see :func:`parse_faults`.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

__all__ = ["Fault", "FaultController", "FaultSpecError", "parse_faults"]

SERVER_ERRORS = (500, 502, 503, 504)


class FaultSpecError(ValueError):
    """A ``--faults`` string that cannot be understood."""


@dataclass
class Fault:
    """One kind of fault; ``remaining=None`` means "until cleared", ``share`` is the chance per request."""

    kind: str  # "status", "drop", "html", "truncate"
    status: int = 503
    retry_after: float | None = None
    remaining: int | None = 1
    share: float = 1.0


class FaultController:
    """Faults waiting to be applied to the next requests of one mock app (thread-safe)."""

    def __init__(self, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._delay = 0.0
        self._delay_remaining: int | None = None
        self._rng = random.Random(seed)

    # -- arming ------------------------------------------------------------------------------------

    def fail_next(self, count: int = 1, *, status: int = 503, retry_after: float | None = None) -> None:
        """Answer the next ``count`` requests with ``status`` (500, 502, 503 or 504 ...)."""
        self._add(Fault("status", status=_check_status(status), retry_after=retry_after, remaining=count))

    def fail_share(self, share: float, *, status: int = 503) -> None:
        """Answer a ``share`` (0..1) of all requests with ``status`` until cleared (seeded, reproducible)."""
        if not 0.0 <= share <= 1.0:
            raise ValueError(f"share must be between 0 and 1, got {share}")
        self._add(Fault("status", status=_check_status(status), remaining=None, share=share))

    def rate_limited(self, retry_after: float = 1, *, count: int = 1) -> None:
        """Answer the next ``count`` requests with 429 and ``Retry-After: retry_after``."""
        self._add(Fault("status", status=429, retry_after=retry_after, remaining=count))

    def slow(self, seconds: float, *, count: int | None = None) -> None:
        """Delay responses by ``seconds`` (the next ``count`` requests, or all until cleared)."""
        with self._lock:
            self._delay = max(0.0, seconds)
            self._delay_remaining = count

    def drop_connection(self, count: int = 1) -> None:
        """Close the connection of the next ``count`` requests without a complete response."""
        self._add(Fault("drop", remaining=count))

    def html_error(self, count: int = 1, *, status: int = 502) -> None:
        """Answer the next ``count`` requests with an HTML error page (as proxies do)."""
        self._add(Fault("html", status=status, remaining=count))

    def truncate(self, count: int = 1) -> None:
        """Cut the JSON body of the next ``count`` responses in half (status and headers stay)."""
        self._add(Fault("truncate", remaining=count))

    def clear(self) -> None:
        """Remove every armed fault and delay."""
        with self._lock:
            self._faults.clear()
            self._delay = 0.0
            self._delay_remaining = None

    @property
    def armed(self) -> bool:
        with self._lock:
            return bool(self._faults) or self._delay > 0

    # -- consuming ---------------------------------------------------------------------------------

    def take(self) -> tuple[Fault | None, float]:
        """The fault (if any) and the delay for the request being handled now."""
        with self._lock:
            delay = 0.0
            if self._delay > 0:
                delay = self._delay
                if self._delay_remaining is not None:
                    self._delay_remaining -= 1
                    if self._delay_remaining <= 0:
                        self._delay, self._delay_remaining = 0.0, None
            for fault in list(self._faults):
                if fault.share < 1.0 and self._rng.random() >= fault.share:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        self._faults.remove(fault)
                return fault, delay
            return None, delay

    def _add(self, fault: Fault) -> None:
        if fault.remaining is not None and fault.remaining < 1:
            raise ValueError(f"count must be at least 1, got {fault.remaining}")
        with self._lock:
            self._faults.append(fault)


def _check_status(status: int) -> int:
    if not 400 <= status <= 599:
        raise ValueError(f"a fault status must be 4xx or 5xx, got {status}")
    return status


def parse_faults(text: str, controller: FaultController) -> None:
    """Arm ``controller`` from a ``--faults`` string.

    Items are comma-separated, fields colon-separated (``N`` = how many requests, ``*`` = all)::

        fail:N[:STATUS]       next N requests fail with STATUS (default 503)
        share:P[:STATUS]      a share P (0..1) of all requests fail
        429:N[:SECONDS]       next N requests get 429 with Retry-After SECONDS (default 1)
        slow:SECONDS[:N]      delay responses
        drop:N | html:N[:STATUS] | truncate:N

    >>> parse_faults("fail:2:502,slow:0.2,429:1:5", FaultController())
    """
    for item in filter(None, (part.strip() for part in text.split(","))):
        kind, *fields = item.split(":")
        try:
            _arm(controller, kind.lower(), fields)
        except (ValueError, IndexError) as exc:
            raise FaultSpecError(f"bad fault {item!r}: {exc}") from exc


def _count(field: str | None, default: int | None = 1) -> int | None:
    if field is None or field == "":
        return default
    return None if field == "*" else int(field)


def _arm(controller: FaultController, kind: str, fields: list[str]) -> None:
    first = fields[0] if fields else None
    second = fields[1] if len(fields) > 1 else None
    if kind == "fail":
        count = _count(first)
        status = int(second or 503)
        if count is None:
            controller.fail_share(1.0, status=status)
        else:
            controller.fail_next(count, status=status)
    elif kind == "share":
        controller.fail_share(float(first or 0.5), status=int(second or 503))
    elif kind in ("429", "ratelimit"):
        controller.rate_limited(float(second or 1), count=_count(first) or 1_000_000_000)
    elif kind == "slow":
        controller.slow(float(first or 1), count=_count(second, None))
    elif kind == "drop":
        controller.drop_connection(_count(first) or 1_000_000_000)
    elif kind == "html":
        controller.html_error(_count(first) or 1_000_000_000, status=int(second or 502))
    elif kind == "truncate":
        controller.truncate(_count(first) or 1_000_000_000)
    else:
        raise ValueError("kind must be one of fail, share, 429, slow, drop, html, truncate")
