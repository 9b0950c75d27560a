"""Path routing over the spec's path templates.

Literal segments win over templated ones at every position, so ``/po_ref/next_id`` is chosen
before ``/po_ref/{po_ref}`` and ``/open/products`` before ``/{id}/products``. A template segment
may also mix text and parameters (``/orders/{id}.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from ._spec import Operation

__all__ = ["Match", "Router"]

_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True)
class Match:
    """A routed request: the operation (``None`` if only the path matched) and its path parameters."""

    operation: Operation | None
    params: dict[str, str]
    allowed: tuple[str, ...]


class _Template:
    def __init__(self, path: str) -> None:
        self.path = path
        self.segments: list[tuple[str, re.Pattern[str] | None]] = []
        for segment in _split(path):
            if _PARAM.search(segment):
                regex = "".join(
                    f"(?P<p{index}>[^/]+?)" if index % 2 else re.escape(part)
                    for index, part in enumerate(_PARAM.split(segment))
                )
                self.segments.append((segment, re.compile(f"^{regex}$")))
            else:
                self.segments.append((segment, None))
        self.names = _PARAM.findall(path)
        self.trailing_slash = path.endswith("/") and bool(self.segments)

    def match(self, parts: list[str]) -> tuple[tuple[int, ...], dict[str, str]] | None:
        """Rank (lower is more specific) and parameters, or ``None``."""
        if len(parts) != len(self.segments):
            return None
        rank: list[int] = []
        values: list[str] = []
        for part, (literal, regex) in zip(parts, self.segments, strict=True):
            if regex is None:
                if unquote(part) != literal:
                    return None
                rank.append(0)
            else:
                found = regex.match(part)
                if not found:
                    return None
                # A segment with literal text around its parameter is more specific than a bare one.
                rank.append(1 if literal.strip("{}") != literal[1:-1] else 2)
                values.extend(unquote(v) for v in found.groups())
        return tuple(rank), dict(zip(self.names, values, strict=True))


def _split(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment != ""]


class Router:
    """Finds the operation for a method and a path relative to the API's base path."""

    def __init__(self, operations: tuple[Operation, ...]) -> None:
        self._templates: dict[str, _Template] = {}
        self._methods: dict[str, dict[str, Operation]] = {}
        for operation in operations:
            self._templates.setdefault(operation.path, _Template(operation.path))
            self._methods.setdefault(operation.path, {})[operation.method] = operation

    def route(self, method: str, path: str) -> Match | None:
        """``None`` if no template matches; a match without operation if the method is not allowed."""
        parts = _split(path)
        candidates = []
        for template in self._templates.values():
            found = template.match(parts)
            if found is not None:
                candidates.append((found[0], template.path, found[1]))
        if not candidates:
            return None
        # `/purchaseOrders/` and `/purchaseOrders` may be different operations (Seven Time): a template
        # whose trailing slash agrees with the request wins; the other form is only a fallback.
        slash = path.endswith("/") and bool(parts)
        exact = [c for c in candidates if self._templates[c[1]].trailing_slash == slash]
        candidates = exact or candidates
        candidates.sort(key=lambda c: c[0])
        # Only the most specific templates count: `PUT /ordered_articles` is a 405, never a fall-through
        # to `PUT /{order_id}` (that is how JAX-RS and most routers behave).
        best = [c for c in candidates if c[0] == candidates[0][0]]
        allowed: set[str] = set()
        for _, template_path, params in best:
            operations = self._methods[template_path]
            if method.upper() in operations:
                return Match(operations[method.upper()], params, tuple(sorted(operations)))
            allowed.update(operations)
        return Match(None, {}, tuple(sorted(allowed)))
