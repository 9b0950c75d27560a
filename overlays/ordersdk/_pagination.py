"""Lazy iteration over paginated operations, calling the *generated* endpoint functions.

A page strategy is a small declarative object: which parameters carry the page
and its size, where the first page is, and when the walk ends. Each API module
declares its strategy as ``PAGINATION``; :func:`strategy_for` finds it from the
operation's package (``lagerkoll_client`` -> ``ordersdk.lagerkoll``). One
:class:`_Walk` state machine serves both drivers, so :func:`paginate` and
:func:`apaginate` only differ in how they call the endpoint.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Protocol

import attrs

from ._errors import APIError

__all__ = ["BodyPageNumber", "LimitOffset", "PageNumber", "PageStrategy", "apaginate", "paginate"]


class PageStrategy(Protocol):
    """How one API pages: the request arguments for a page, and whether there is another."""

    max_size: int
    default_size: int

    def check(self, operation: ModuleType, params: Mapping[str, Any]) -> str | None:
        """``None`` if ``operation`` pages this way, else why not (for the ``TypeError``)."""

    def page(self, index: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        """Arguments for the ``index``-th page (0 for the first)."""

    def has_more(self, index: int, size: int, parsed: Any, count: int) -> bool:
        """Whether a page follows page ``index``, which held ``count`` items."""


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
    """Query ``page`` + ``limit``; ends at ``total_pages(parsed)`` when known, else at a short page."""

    page_param: str
    size_param: str
    first_page: int
    max_size: int
    default_size: int
    total_pages: Callable[[Any], Any] | None = None

    def check(self, operation: ModuleType, params: Mapping[str, Any]) -> str | None:
        return _check_params(operation, params, (self.page_param, self.size_param))

    def page(self, index: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        return {**params, self.page_param: self.first_page + index, self.size_param: size}

    def has_more(self, index: int, size: int, parsed: Any, count: int) -> bool:
        total = self.total_pages(parsed) if self.total_pages is not None else None
        if isinstance(total, int) and not isinstance(total, bool):
            return count > 0 and index + 1 < total
        return count >= size


@dataclass(frozen=True)
class LimitOffset:
    """Query ``limit`` + ``offset``; ends at a short page."""

    limit_param: str
    offset_param: str
    max_size: int
    default_size: int

    def check(self, operation: ModuleType, params: Mapping[str, Any]) -> str | None:
        return _check_params(operation, params, (self.limit_param, self.offset_param))

    def page(self, index: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        return {**params, self.limit_param: size, self.offset_param: index * size}

    def has_more(self, index: int, size: int, parsed: Any, count: int) -> bool:
        return count >= size


@dataclass(frozen=True)
class BodyPageNumber:
    """Page number and size inside an attrs request body (Order Time ``ListInfo``); ends at a short page.

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

    def page(self, index: int, size: int, params: Mapping[str, Any]) -> dict[str, Any]:
        body = attrs.evolve(
            params[self.body_param], **{self.page_field: self.first_page + index, self.size_field: size}
        )
        return {**params, self.body_param: body}

    def has_more(self, index: int, size: int, parsed: Any, count: int) -> bool:
        return count >= size


def _module_of(operation: Any) -> ModuleType:
    module: ModuleType | None = operation if isinstance(operation, ModuleType) else None
    if module is None:  # a function of the endpoint module (sync, sync_detailed, ...) is accepted too
        module = sys.modules.get(str(getattr(operation, "__module__", "")))
    if module is None or not callable(getattr(module, "sync_detailed", None)):
        raise TypeError(f"{operation!r} is not a generated endpoint module (e.g. lagerkoll_client.api.<tag>.<op>)")
    return module


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


def _items(parsed: Any, operation: str) -> list[Any]:
    if isinstance(parsed, list):
        return parsed
    if parsed is None or not attrs.has(type(parsed)):
        raise APIError(f"{operation}: the response could not be parsed as a page", operation=operation)
    lists = [v for f in attrs.fields(type(parsed)) if isinstance(v := getattr(parsed, f.name), list)]
    if len(lists) > 1:
        raise APIError(f"{operation}: the page has several lists of items", operation=operation)
    return lists[0] if lists else []


class _Walk:
    """The page-by-page state shared by :func:`paginate` and :func:`apaginate`."""

    def __init__(self, operation: Any, page_size: int | None, max_items: int | None, params: dict[str, Any]):
        self.module = _module_of(operation)
        self.strategy = strategy_for(self.module, params)
        size = self.strategy.default_size if page_size is None else page_size
        if not 1 <= size <= self.strategy.max_size:
            raise ValueError(f"page_size must be between 1 and {self.strategy.max_size}, got {size}")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0, got {max_items}")
        self.size = size if max_items is None or max_items == 0 else min(size, max_items)
        self.remaining = max_items
        self.params = params
        self.index = 0
        self.done = max_items == 0

    def next_request(self) -> dict[str, Any] | None:
        return None if self.done else self.strategy.page(self.index, self.size, self.params)

    def take(self, parsed: Any) -> list[Any]:
        items = _items(parsed, self.module.__name__)
        more = self.strategy.has_more(self.index, self.size, parsed, len(items))
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
            more = more and self.remaining > 0
        self.index += 1
        self.done = not more
        return items


def _pages(walk: _Walk, client: Any) -> Iterator[Any]:
    while (kwargs := walk.next_request()) is not None:
        response = walk.module.sync_detailed(client=client, **kwargs)
        yield from walk.take(response.parsed)


async def _apages(walk: _Walk, client: Any) -> AsyncIterator[Any]:
    while (kwargs := walk.next_request()) is not None:
        response = await walk.module.asyncio_detailed(client=client, **kwargs)
        for item in walk.take(response.parsed):
            yield item


def paginate(
    operation: Any, *, client: Any, page_size: int | None = None, max_items: int | None = None, **params: Any
) -> Iterator[Any]:
    """Yield every item of a paginated operation, fetching one page at a time (constant memory).

    ``operation`` is a generated endpoint module; ``params`` are its other arguments (filters).
    A non-paginated operation raises ``TypeError`` here, before any request.

    Example::

        from lagerkoll_client.api.purchase_orders import list_purchase_orders
        for order in paginate(list_purchase_orders, client=client, supplier_id=4):
            print(order.po_reference)
    """
    return _pages(_Walk(operation, page_size, max_items, params), client)


def apaginate(
    operation: Any, *, client: Any, page_size: int | None = None, max_items: int | None = None, **params: Any
) -> AsyncIterator[Any]:
    """The asyncio twin of :func:`paginate`.

    Example::

        async for order in apaginate(list_purchase_orders, client=client, supplier_id=4):
            print(order.po_reference)
    """
    return _apages(_Walk(operation, page_size, max_items, params), client)
