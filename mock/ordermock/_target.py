"""Which requests a fault or a request-log query is about: an operation, or a method and/or path."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ._spec import Operation

__all__ = ["Target", "checked_target"]


@dataclass(frozen=True)
class Target:
    """Which requests a fault (or a request-log query) is about; empty fields match anything.

    ``path`` is the spec's path template (``/purchase_orders/{order_id}``) or a concrete path,
    relative to the API's base path or with it (``/v1/purchase_orders/12``); a trailing ``/``
    does not matter.
    """

    operation: str | None = None
    method: str | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if self.method is not None:
            object.__setattr__(self, "method", self.method.upper())

    @property
    def aimed(self) -> bool:
        return any(value is not None for value in (self.operation, self.method, self.path))

    def matches(self, operation: str | None, method: str, template: str | None, path: str, base_path: str) -> bool:
        """Whether a request (``path`` as received, ``template`` its operation's spec path) is targeted."""
        if self.operation is not None and self.operation != operation:
            return False
        if self.method is not None and self.method != method.upper():
            return False
        if self.path is None:
            return True
        wanted = _norm(self.path)
        relative = path[len(base_path) :] if base_path and path.startswith(base_path) else path
        return wanted in (_norm(path), _norm(relative)) or (template is not None and wanted == _norm(template))

    def __str__(self) -> str:
        if self.operation is not None:
            return self.operation
        return " ".join(part for part in (self.method, self.path) if part) or "every request"


def _norm(path: str) -> str:
    return path.rstrip("/") or "/"


def checked_target(target: Target, operations: tuple[Operation, ...]) -> Target:
    """``target`` if some of ``operations`` can match it (always, when none are known), else a ``ValueError``
    naming the close matches: a typo must not aim a fault (or a request-log query) at nothing."""
    if not operations:
        return target
    if target.operation is not None and not any(op.operation_id == target.operation for op in operations):
        known = [op.operation_id for op in operations]
        raise ValueError(f"no operation {target.operation!r} in this spec{_close(target.operation, known)}")
    if (target.method is not None or target.path is not None) and not any(
        _could_match(target, op) for op in operations
    ):
        labels = [op.label for op in operations]
        raise ValueError(f"no operation matches {target}{_close(str(target), labels)}")
    return target


def _could_match(target: Target, operation: Operation) -> bool:
    """Whether ``target`` may hit ``operation`` (concrete paths are compared with the template's shape)."""
    if target.method is not None and target.method != operation.method:
        return False
    if target.path is None:
        return True
    wanted = [part for part in _norm(target.path).split("/") if part]
    template = [part for part in _norm(operation.path).split("/") if part]
    # The base path may be included: compare the tail.
    tail = wanted[len(wanted) - len(template) :] if len(wanted) >= len(template) else None
    return tail is not None and all(t == w or t.startswith("{") for t, w in zip(template, tail, strict=True))


def _close(word: str, choices: list[str]) -> str:
    matches = difflib.get_close_matches(word, choices, n=3, cutoff=0.5)
    return f"; did you mean {', '.join(repr(m) for m in matches)}?" if matches else ""
