"""The in-memory store: one ordered collection of JSON objects per resource."""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["Collection", "Store"]

Item = dict[str, Any]


class Collection:
    """Objects of one resource, keyed by the string form of their id field (so ``"7"`` finds ``7``).

    ``unique`` fields (besides the id) are indexed: :meth:`holder` finds the item holding a value
    without a scan. The index follows :meth:`add`, :meth:`delete` and :meth:`reindex`; a value
    changed behind its back is ignored (every hit is checked against the item), never wrongly reported.
    """

    def __init__(self, name: str, id_field: str, new_id: Callable[[], Any], unique: Sequence[str] = ()) -> None:
        self.name = name
        self.id_field = id_field
        self.new_id = new_id
        self.unique = tuple(unique)
        self._items: dict[str, Item] = {}
        self._listing: list[Item] | None = None
        self._index: dict[str, dict[str, str]] = {name: {} for name in self.unique}

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Item]:
        """The items as they are now; adding or deleting while iterating does not disturb the loop."""
        return iter(self.listing())

    def listing(self) -> Sequence[Item]:
        """Every item in insertion order, for reading only (pages are slices of it).

        Built once and shared until the next add or delete (which start a new list rather than
        change this one), so listing 100,000 items page by page does not copy them for every page.
        """
        if self._listing is None:
            self._listing = list(self._items.values())
        return self._listing

    def __contains__(self, item_id: object) -> bool:
        return str(item_id) in self._items

    def add(self, item: Item) -> Item:
        """Store ``item``, giving it a new id unless it has one."""
        if item.get(self.id_field) is None:
            item[self.id_field] = self.new_id()
        self._items[str(item[self.id_field])] = item
        self._listing = None
        self.reindex(item)
        return item

    def reindex(self, item: Item) -> None:
        """Index the unique fields of ``item`` as they are now (after a change)."""
        key = str(item.get(self.id_field))
        for name, index in self._index.items():
            if item.get(name) is not None:
                index[str(item[name])] = key

    def holder(self, field: str, value: Any) -> Item | None:
        """The item whose unique ``field`` holds ``value`` (compared as strings), if any."""
        key = self._index[field].get(str(value))
        item = self._items.get(key) if key is not None else None
        return item if item is not None and str(item.get(field)) == str(value) else None

    def get(self, item_id: object) -> Item | None:
        return self._items.get(str(item_id))

    def find(self, **fields: Any) -> Item | None:
        """The first item whose fields equal ``fields`` (compared as strings)."""
        for item in self._items.values():
            if all(str(item.get(key)) == str(value) for key, value in fields.items()):
                return item
        return None

    def delete(self, item_id: object) -> Item | None:
        item = self._items.pop(str(item_id), None)
        if item is not None:
            self._listing = None
        return item

    def clear(self) -> None:
        self._items.clear()
        self._listing = None
        for index in self._index.values():
            index.clear()

    def snapshot(self) -> list[Item]:
        return copy.deepcopy(list(self._items.values()))


class Store:
    """All collections of one mock app.

    >>> app.store.collection("/purchaseOrders").get("5fca480e571eb873a64b97ec")  # doctest: +SKIP
    """

    def __init__(self) -> None:
        self._collections: dict[str, Collection] = {}
        self.lock = threading.RLock()
        self.counters: dict[str, int] = {}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(c)}" for name, c in self._collections.items())
        return f"Store({sizes})"

    def define(self, name: str, id_field: str, new_id: Callable[[], Any], unique: Sequence[str] = ()) -> Collection:
        if name not in self._collections:
            self._collections[name] = Collection(name, id_field, new_id, unique)
        return self._collections[name]

    def collection(self, name: str) -> Collection:
        try:
            return self._collections[name]
        except KeyError:
            raise KeyError(f"no collection {name!r}; known: {sorted(self._collections)}") from None

    @property
    def names(self) -> list[str]:
        return list(self._collections)

    def clear(self) -> None:
        with self.lock:
            for collection in self._collections.values():
                collection.clear()
            self.counters.clear()
