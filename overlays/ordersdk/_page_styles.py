"""How each API pages: small declarative strategies, one per style, found from the operation's package.

A strategy turns a *cursor* into the request arguments of a page and says where the next
page starts. The cursor is the page index (0 for the first page, whatever number the API
gives it) for page-number styles and the item offset for limit + offset. Each API module
declares its strategy as ``PAGINATION``; :func:`strategy_for` finds it from the operation's
package (``lagerkoll_client`` -> ``ordersdk.lagerkoll``).

When a walk ends: at the documented total when the response has one (``total_pages``),
else at the first **empty** page — never at a short one, because a server that caps the
page size below what was asked answers short pages all along. That costs one request
more than stopping at a short page, for the styles without a total.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

import attrs

__all__ = ["BodyPageNumber", "LimitOffset", "PageNumber", "PageStrategy", "strategy_for"]


class PageStrategy(Protocol):
    """How one API pages: the request arguments for a page, where the next starts, and any documented total."""

    max_size: int
    default_size: int

    def check(self, operation: ModuleType, params: Mapping[str, Any]) -> str | None:
        """``None`` if ``operation`` pages this way, else why not (for the ``TypeError``)."""

    def page(self, cursor: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        """Arguments for the page at ``cursor``."""

    def advance(self, cursor: int, count: int) -> int:
        """The cursor of the page after the one at ``cursor``, which held ``count`` items."""

    def pages(self, parsed: Any) -> int | None:
        """The number of pages the response documents, if it does (the walk ends there)."""


def _parameters(operation: ModuleType) -> Mapping[str, inspect.Parameter]:
    return inspect.signature(operation.sync_detailed).parameters


def _check_params(operation: ModuleType, params: Mapping[str, Any], names: tuple[str, str]) -> str | None:
    missing = [name for name in names if name not in _parameters(operation)]
    if missing:
        return f"it has no {' / '.join(missing)} parameter"
    clash = [name for name in names if name in params]
    if clash:
        return f"paginate() sets {' / '.join(clash)} itself (use page_size=)"
    return None


@dataclass(frozen=True)
class PageNumber:
    """Query ``page`` + ``limit``; ends at ``total_pages(parsed)`` when the response has it, else at an empty page."""

    page_param: str
    size_param: str
    first_page: int
    max_size: int
    default_size: int
    total_pages: Callable[[Any], Any] | None = None

    def check(self, operation: ModuleType, params: Mapping[str, Any]) -> str | None:
        return _check_params(operation, params, (self.page_param, self.size_param))

    def page(self, cursor: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        return {**params, self.page_param: self.first_page + cursor, self.size_param: size}

    def advance(self, cursor: int, count: int) -> int:
        return cursor + 1

    def pages(self, parsed: Any) -> int | None:
        total = self.total_pages(parsed) if self.total_pages is not None else None
        return total if isinstance(total, int) and not isinstance(total, bool) else None


@dataclass(frozen=True)
class LimitOffset:
    """Query ``limit`` + ``offset``; the offset advances by the items that arrived; ends at an empty page."""

    limit_param: str
    offset_param: str
    max_size: int
    default_size: int

    def check(self, operation: ModuleType, params: Mapping[str, Any]) -> str | None:
        return _check_params(operation, params, (self.limit_param, self.offset_param))

    def page(self, cursor: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        return {**params, self.limit_param: size, self.offset_param: cursor}

    def advance(self, cursor: int, count: int) -> int:
        return cursor + count  # by what arrived: a server capping the size skips nothing

    def pages(self, parsed: Any) -> int | None:
        return None


@dataclass(frozen=True)
class BodyPageNumber:
    """Page number and size inside an attrs request body (Order Time ``ListInfo``); ends at an empty page.

    ``operations`` names the endpoint modules that return records: the same body also
    drives operations that return a count.
    """

    body_param: str
    page_field: str
    size_field: str
    first_page: int
    max_size: int
    default_size: int
    operations: frozenset[str]

    def check(self, operation: ModuleType, params: Mapping[str, Any]) -> str | None:
        if operation.__name__.rsplit(".", 1)[-1] not in self.operations:
            return f"only {', '.join(sorted(self.operations))} page through records"
        body = params.get(self.body_param)
        if body is None or not attrs.has(type(body)):
            return f"pass {self.body_param}=<the request model> to page through it"
        if not {self.page_field, self.size_field} <= {f.name for f in attrs.fields(type(body))}:
            return f"its {self.body_param} has no {self.page_field} / {self.size_field}"
        return None

    def page(self, cursor: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        body = attrs.evolve(
            params[self.body_param], **{self.page_field: self.first_page + cursor, self.size_field: size}
        )
        return {**params, self.body_param: body}

    def advance(self, cursor: int, count: int) -> int:
        return cursor + 1

    def pages(self, parsed: Any) -> int | None:
        return None


def strategy_for(operation: ModuleType, params: Mapping[str, Any]) -> PageStrategy:
    """The page strategy of ``operation``'s API, or ``TypeError`` if the operation is not paginated."""
    package = operation.__name__.split(".", 1)[0]
    api = package.removesuffix("_client")
    try:
        overlay = importlib.import_module(f"ordersdk.{api}")
    except ModuleNotFoundError:
        raise TypeError(f"{operation.__name__} does not belong to a client ordersdk knows") from None
    strategy: PageStrategy | None = getattr(overlay, "PAGINATION", None)
    reason = f"{api} has no paginated operations" if strategy is None else strategy.check(operation, params)
    if reason is not None:
        raise TypeError(f"{operation.__name__} is not a paginated operation: {reason}")
    assert strategy is not None
    return strategy
