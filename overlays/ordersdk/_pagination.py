"""Lazy iteration over paginated operations, calling the *generated* endpoint functions.

:func:`paginate` / :func:`apaginate` walk a paginated operation page by page in the API's
style (``_page_styles``) and promise, against servers that do not page as documented:

* **No item skipped** when the server caps the page size below what was asked: limit + offset
  advances by the items that arrived, and a walk ends only at a documented total (Lagerkoll
  ``pages``, Seven Time ``meta.totalPages``) or at an empty page — never at a short one. The
  cost: for styles without a total (Seven Senders v2, Order Time) one request more than the
  pages holding items (the empty page that ends the walk); none for the others.
* **No endless walk**: a page with the same items as the previous one (a server ignoring the
  page / offset / ``PageNumber`` it is sent) raises :class:`~ordersdk.PageLoopError` at the
  second request; ``max_pages`` bounds the requests of a walk (the closing empty page counts)
  and raises :class:`~ordersdk.PageLimitError` when more pages remain.
* **Resumable**: the iterator's ``position`` is where its next item is; an
  :class:`~ordersdk.APIError` that interrupts a walk (a 5xx after retries, a truncated page, a
  loop, the page limit) carries the same ``position``; ``paginate(..., start=position)``
  continues there, with nothing yielded twice.

One :class:`_Walk` state machine serves both iterators, which only differ in how they call
the endpoint. The items of a page are what the endpoint module's generated ``page_items(page)`` returns
(the response itself when it is a list, else its only list field); that function's type is also how
``paginate(list_purchase_orders, ...)`` yields ``PurchaseOrder`` statically (:class:`PagedOperation`).
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, Protocol, TypeVar, overload

import attrs

from ._errors import APIError, PageLimitError, PageLoopError, PaginationError
from ._page_styles import strategy_for

__all__ = ["AsyncPageIterator", "PageIterator", "PagePosition", "PagedOperation", "apaginate", "paginate"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class PagedOperation(Protocol[T_co]):
    """A generated endpoint module whose responses hold items of type ``T_co`` (it has ``page_items``).

    Modules satisfy protocols statically, so ``paginate(list_purchase_orders, ...)`` is a
    ``PageIterator[PurchaseOrder]`` for mypy.
    """

    def page_items(self, page: Any, /) -> Sequence[T_co]: ...


@dataclass(frozen=True)
class PagePosition:
    """Where a walk stands; pass it as ``paginate(..., start=position)`` to continue from there.

    ``cursor`` is the page to request — its index (0 for the first page, whatever number the
    API gives it) for page-number styles, the offset of its first item for limit + offset;
    ``size`` the page size the walk asks for (a resumed walk keeps it); ``skip`` how many
    items of that page were already yielded.
    """

    cursor: int = 0
    size: int | None = None
    skip: int = 0


def _module_of(operation: Any) -> ModuleType:
    module: ModuleType | None = operation if isinstance(operation, ModuleType) else None
    if module is None:  # a function of the endpoint module (sync, sync_detailed, ...) is accepted too
        module = sys.modules.get(str(getattr(operation, "__module__", "")))
    if module is None or not callable(getattr(module, "sync_detailed", None)):
        raise TypeError(f"{operation!r} is not a generated endpoint module (e.g. lagerkoll_client.api.<tag>.<op>)")
    return module


def _positive(name: str, value: int | None, minimum: int) -> None:
    if value is not None and value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")


class _Walk:
    """The page-by-page state shared by :class:`PageIterator` and :class:`AsyncPageIterator`."""

    def __init__(
        self,
        operation: Any,
        page_size: int | None,
        max_items: int | None,
        max_pages: int | None,
        start: PagePosition | None,
        params: dict[str, Any],
    ) -> None:
        self.module = _module_of(operation)
        self.name = self.module.__name__
        self.strategy = strategy_for(self.module, params)
        if start is not None and start.size is not None and page_size is not None and page_size != start.size:
            raise ValueError(f"resume with the page size the walk used ({start.size}), not page_size={page_size}")
        size = page_size or (start.size if start is not None else None) or self.strategy.default_size
        if not 1 <= size <= self.strategy.max_size:
            raise ValueError(f"page_size must be between 1 and {self.strategy.max_size}, got {size}")
        _positive("max_items", max_items, 0)
        _positive("max_pages", max_pages, 1)
        if start is None and max_items:
            size = min(size, max_items)  # a fresh walk never asks for more than it will yield
        start = start or PagePosition()
        self.size = size
        self.params = params
        self.remaining = max_items
        self.max_pages = max_pages
        self.requests = 0
        self.cursor, self.skip = start.cursor, start.skip  # the page being yielded, or the next to fetch
        self.following: int | None = None  # the page after the one being yielded; None: it was the last
        self.previous: list[Any] | None = None
        self.done = max_items == 0

    @property
    def position(self) -> PagePosition:
        return PagePosition(self.cursor, self.size, self.skip)

    def request(self) -> dict[str, Any]:
        """The arguments of the page at the cursor (counted against ``max_pages``)."""
        if self.max_pages is not None and self.requests >= self.max_pages:
            raise PageLimitError(
                f"{self.name}: stopped after max_pages={self.max_pages} pages with more to come "
                "(resume with start=error.position)",
                operation=self.name,
                position=self.position,
            )
        self.requests += 1
        return self.strategy.page(self.cursor, self.size, self.params)

    def take(self, response: Any) -> list[Any]:
        """The items of the page just fetched that are still to be yielded; decides what comes after it."""
        if not 200 <= int(response.status_code) <= 299:  # a generated client without connect(): no typed errors
            raise PaginationError(
                f"{self.name}: the page was answered with status {int(response.status_code)}",
                operation=self.name,
                position=self.position,
            )
        parsed = response.parsed
        items = self._items(parsed)
        if items and items == self.previous:
            raise PageLoopError(
                f"{self.name}: the server answered the same items as the previous page "
                "(it ignores the page parameters); stopped",
                operation=self.name,
                position=self.position,
            )
        self.previous = items
        following = self.strategy.advance(self.cursor, len(items))
        total = self.strategy.pages(parsed)
        self.following = None if not items or (total is not None and following >= total) else following
        fresh = items[self.skip :]
        return fresh if self.remaining is None else fresh[: self.remaining]

    def _items(self, parsed: Any) -> list[Any]:
        page_items = getattr(self.module, "page_items", None)
        if page_items is not None and parsed is not None:
            items: list[Any] = page_items(parsed)
            return items
        if isinstance(parsed, list):
            return parsed
        if parsed is None or not attrs.has(type(parsed)):
            raise PaginationError(
                f"{self.name}: the response could not be parsed as a page", operation=self.name, position=self.position
            )
        lists = [v for f in attrs.fields(type(parsed)) if isinstance(v := getattr(parsed, f.name), list)]
        if len(lists) > 1:
            raise PaginationError(
                f"{self.name}: the page has several lists of items", operation=self.name, position=self.position
            )
        return lists[0] if lists else []

    def yielded(self) -> None:
        self.skip += 1
        if self.remaining is not None:
            self.remaining -= 1
            self.done = self.remaining == 0

    def page_done(self) -> None:
        """Every item of the current page went out: the position moves to the next page."""
        if self.following is None:
            self.done = True
        else:
            self.cursor, self.skip = self.following, 0


class PageIterator(Iterator[T], Generic[T]):
    """The items of a paginated operation, fetched one page at a time; ``position`` is where the next one is."""

    def __init__(self, walk: _Walk, client: Any) -> None:
        self._walk = walk
        self._client = client
        self._items: deque[Any] = deque()

    @property
    def position(self) -> PagePosition:
        """Where the next item is: ``paginate(..., start=iterator.position)`` continues from it."""
        return self._walk.position

    def __iter__(self) -> PageIterator[T]:
        return self

    def __next__(self) -> T:
        walk = self._walk
        while not self._items:
            if walk.done:
                raise StopIteration
            try:
                response = walk.module.sync_detailed(client=self._client, **walk.request())
            except APIError as exc:
                exc.position = exc.position or walk.position
                raise
            self._items.extend(walk.take(response))
            if not self._items:
                walk.page_done()
        item: T = self._items.popleft()
        walk.yielded()
        if not self._items:
            walk.page_done()
        return item


class AsyncPageIterator(AsyncIterator[T], Generic[T]):
    """The asyncio twin of :class:`PageIterator`."""

    def __init__(self, walk: _Walk, client: Any) -> None:
        self._walk = walk
        self._client = client
        self._items: deque[Any] = deque()

    @property
    def position(self) -> PagePosition:
        """Where the next item is: ``apaginate(..., start=iterator.position)`` continues from it."""
        return self._walk.position

    def __aiter__(self) -> AsyncPageIterator[T]:
        return self

    async def __anext__(self) -> T:
        walk = self._walk
        while not self._items:
            if walk.done:
                raise StopAsyncIteration
            try:
                response = await walk.module.asyncio_detailed(client=self._client, **walk.request())
            except APIError as exc:
                exc.position = exc.position or walk.position
                raise
            self._items.extend(walk.take(response))
            if not self._items:
                walk.page_done()
        item: T = self._items.popleft()
        walk.yielded()
        if not self._items:
            walk.page_done()
        return item


@overload
def paginate(
    operation: PagedOperation[T],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start: PagePosition | None = None,
    **params: Any,
) -> PageIterator[T]: ...


@overload
def paginate(
    operation: Any,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start: PagePosition | None = None,
    **params: Any,
) -> PageIterator[Any]: ...


def paginate(
    operation: Any,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start: PagePosition | None = None,
    **params: Any,
) -> PageIterator[Any]:
    """Yield every item of a paginated operation, fetching one page at a time (constant memory).

    ``operation`` is a generated endpoint module; ``params`` are its other arguments (filters).
    ``max_items`` stops after that many items; ``max_pages`` bounds the requests (more pages
    left: :class:`~ordersdk.PageLimitError`); ``start`` resumes at a :class:`PagePosition` taken
    from an error (``error.position``) or an iterator (``iterator.position``). A server repeating
    a page raises :class:`~ordersdk.PageLoopError`. A non-paginated operation raises
    ``TypeError`` here, before any request. The items are typed: ``paginate(list_purchase_orders, ...)``
    is a ``PageIterator[PurchaseOrder]`` for a type checker.

    Example::

        from lagerkoll_client.api.purchase_orders import list_purchase_orders
        try:
            for order in paginate(list_purchase_orders, client=client, supplier_id=4):
                print(order.po_reference)
        except APIError as error:  # e.g. a 5xx that outlasted the retries
            rest = paginate(list_purchase_orders, client=client, supplier_id=4, start=error.position)
    """
    return PageIterator[Any](_Walk(operation, page_size, max_items, max_pages, start, params), client)


@overload
def apaginate(
    operation: PagedOperation[T],
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start: PagePosition | None = None,
    **params: Any,
) -> AsyncPageIterator[T]: ...


@overload
def apaginate(
    operation: Any,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start: PagePosition | None = None,
    **params: Any,
) -> AsyncPageIterator[Any]: ...


def apaginate(
    operation: Any,
    *,
    client: Any,
    page_size: int | None = None,
    max_items: int | None = None,
    max_pages: int | None = None,
    start: PagePosition | None = None,
    **params: Any,
) -> AsyncPageIterator[Any]:
    """The asyncio twin of :func:`paginate`, with the same guarantees.

    Example::

        async for order in apaginate(list_purchase_orders, client=client, supplier_id=4):
            print(order.po_reference)
    """
    return AsyncPageIterator[Any](_Walk(operation, page_size, max_items, max_pages, start, params), client)
