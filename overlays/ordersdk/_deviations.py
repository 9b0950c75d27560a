"""Where servers depart from the specs: every deviation counted in-process, each kind logged once.

Our specs are readings of prose, so a real server will differ from them. Each response read through
``connect()`` reports how it departed from its spec as :class:`Deviation` records - the API, the
operation, the JSON pointer (array indices written ``*``, so one field of every item is one entry)
and the kind. The first time a deviation is seen in this process it is logged at WARNING on the
``ordersdk.deviations`` logger; every time it is counted. Log lines and records hold the *shape*
only (pointer, kind, what the spec expects), never a value from a body.

Example::

    import ordersdk

    ...  # calls through connect()
    for deviation, count in ordersdk.deviations().items():
        print(deviation.api, deviation.operation, deviation.pointer, deviation.kind, count)
    print(ordersdk.deviation_report())   # the same, as a "spec vs server" table
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

__all__ = ["KINDS", "Deviation", "deviation_report", "deviations", "record", "reset_deviations"]

logger = logging.getLogger("ordersdk.deviations")

#: Every deviation kind, with what it means and how a lenient client reads it.
KINDS: Mapping[str, str] = {
    "empty": "no body where the spec documents one (raised)",
    "not-json": "a body that is not JSON, whatever its content type (raised)",
    "too-deep": "JSON nested deeper than the parser reads, about 900 levels (raised)",
    "undecodable": "a body that is not in the Content-Encoding its headers declare (raised)",
    "content-type": "a JSON body under a non-JSON content type (read)",
    "status": "an undocumented success status (read as the documented one)",
    "type": "a value of another JSON type, e.g. a list for an object or text for a number (raised)",
    "missing": "a required property is absent (raised)",
    "null": "null where the spec allows none (optional property: read as absent; otherwise raised)",
    "enum": "a value the spec does not list (read as an unknown member)",
    "extra": "a property or item the spec excludes (kept)",
    "format": "a string not in its format (read if the client can parse it, else raised)",
    "constraint": "a value outside a pattern, length, range or condition of the spec (read)",
    "unreadable": "a value the client cannot parse although the schema check passed (raised)",
}


@dataclass(frozen=True)
class Deviation:
    """One way responses of an operation departed from its spec: ``(api, operation, pointer, kind)``.

    ``pointer`` is a JSON pointer into the body with array indices written ``*``; ``expected`` says what
    the spec wants there (from the spec, never from the body) and is not part of the identity.
    """

    api: str
    operation: str
    pointer: str
    kind: str
    expected: str = field(default="", compare=False)


class _Registry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[Deviation, int] = {}

    def record(self, found: Iterable[Deviation], *, status: int, raised: bool) -> None:
        first: list[Deviation] = []
        with self._lock:
            for deviation in found:
                seen = self._counts.get(deviation, 0)
                self._counts[deviation] = seen + 1
                if not seen:
                    first.append(deviation)
        for deviation in first:  # outside the lock: a handler may be slow
            logger.warning(
                "%s %s (%d): %s: %s, expected %s; %s",
                deviation.api,
                deviation.operation,
                status,
                deviation.pointer or "the body",
                deviation.kind,
                deviation.expected or "what the spec documents",
                "the response was refused" if raised else "read leniently",
            )

    def snapshot(self) -> dict[Deviation, int]:
        with self._lock:
            return dict(self._counts)

    def reset(self) -> None:
        with self._lock:
            self._counts.clear()


_REGISTRY = _Registry()


def record(found: Iterable[Deviation], *, status: int, raised: bool) -> None:
    """Count ``found``; log each deviation this process has not seen before (WARNING, shape only)."""
    _REGISTRY.record(found, status=status, raised=raised)


def deviations() -> dict[Deviation, int]:
    """How often each deviation was seen in this process since the start (or :func:`reset_deviations`)."""
    return _REGISTRY.snapshot()


def reset_deviations() -> None:
    """Forget every count; a deviation seen again is logged again."""
    _REGISTRY.reset()


def deviation_report(counts: Mapping[Deviation, int] | None = None) -> str:
    """A plain-text "spec vs server" report of ``counts`` (default: :func:`deviations`), one line per deviation.

    Grouped by API and operation, each line: count, pointer, kind, what the spec expects. Shape only.

    Example::

        print(ordersdk.deviation_report())
        # spec vs server: 2 deviations in 5 responses
        # seventime get_purchase_order
        #       3  /data/purchaseOrderStatus  enum  expected one of 1, 2, 3, 4, 10
    """
    counts = deviations() if counts is None else counts
    if not counts:
        return "spec vs server: no deviations"
    lines = [f"spec vs server: {len(counts)} deviation(s) in {sum(counts.values())} occurrence(s)"]
    current = ""
    for deviation in sorted(counts, key=lambda d: (d.api, d.operation, d.pointer, d.kind)):
        heading = f"{deviation.api} {deviation.operation}"
        if heading != current:
            lines.append(heading)
            current = heading
        expected = f"  expected {deviation.expected}" if deviation.expected else ""
        lines.append(f"  {counts[deviation]:>6}  {deviation.pointer or '(body)'}  {deviation.kind}{expected}")
    return "\n".join(lines)
