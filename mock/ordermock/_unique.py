"""Fields the spec documents as unique: refused when repeated by a client, distinct in generated data.

A behaviour declares them (``Behaviour.unique``: Lagerkoll's ``poReference`` is "unique within the
store", a Seven Senders ``order_id`` "unique in the account"); their spec descriptions say so, and
``tests/mock/test_unique.py`` checks that every declared field's description does.

* A client's create or update that repeats a value another item holds is refused: 409 where the
  operation documents it, else 400, in the vendor's error shape (``kind="conflict"``).
* Generated items (seeding, records the server derives) get a free value in the style of the
  generated one: ``order123456`` becomes ``order123457``, ``12`` becomes ``13``, ``Anna`` ``Anna-2``.
  A documented example value is never generated: clients and contract tests send the examples,
  which must not collide with seeded data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._requests import HttpError
from ._schemas import Schemas
from ._spec import SchemaRef, SpecError
from ._store import Collection

__all__ = ["UniqueFields"]

_TRAILING_DIGITS = re.compile(r"^(.*?)(\d+)$")

Item = dict[str, Any]


class UniqueFields:
    """The unique fields of one app's collections, and where generated values continue from."""

    def __init__(self, declared: Mapping[str, tuple[str, ...]], schemas: Schemas) -> None:
        self.declared = {resource: tuple(fields) for resource, fields in declared.items()}
        self.schemas = schemas
        #: (resource, field, stem) -> the last number handed out, so generating N items costs O(N).
        self._cursor: dict[tuple[str, str, str], int] = {}
        self._examples: dict[tuple[str, str], list[Any]] = {}

    def check_declared(self, resource: str, schema: SchemaRef | None) -> None:
        """A behaviour's unique field must be a property of its resource (a renamed one fails at start-up)."""
        for name in self.declared.get(resource, ()):
            if schema is None or self.schemas.property(schema, name) is None:
                raise SpecError(f"{self.schemas.spec.name}: unique field {name!r} is not a property of {resource}")

    def fields(self, resource: str) -> tuple[str, ...]:
        return self.declared.get(resource, ())

    def conflict(
        self, collection: Collection, item: Mapping[str, Any], exclude: Item | None = None
    ) -> HttpError | None:
        """The error for a write that would repeat a unique value of another item (``exclude`` is the item written)."""
        for name in collection.unique:
            value = item.get(name)
            if value is None:
                continue
            # Scanned rather than looked up: a client's write must never slip past a stale index.
            other = collection.find(**{name: value})
            if other is not None and other is not exclude:
                holder = other.get(collection.id_field)
                return HttpError(
                    (409, 400),
                    f"{name} {value!r} is already used by {collection.name.strip('/') or 'item'} {holder}; it must be unique",
                    kind="conflict",
                    field=name,
                )
        return None

    def make_distinct(self, collection: Collection, item: Item, schema: SchemaRef | None) -> None:
        """Give generated ``item`` free values for its unique fields (before it is added)."""
        for name in collection.unique:
            value = item.get(name)
            if value is None or isinstance(value, bool):
                continue
            avoid = self._example_values(collection.name, name, schema)
            if collection.holder(name, value) is None and value not in avoid:
                continue
            item[name] = self._next_free(collection, name, value, avoid)

    def _next_free(self, collection: Collection, name: str, value: Any, avoid: list[Any]) -> Any:
        if isinstance(value, int):
            stem, number, width = "", value, 0
        else:
            match = _TRAILING_DIGITS.match(str(value))
            if match:
                stem, number, width = match.group(1), int(match.group(2)), len(match.group(2))
            else:
                stem, number, width = f"{value}-", 1, 0
        key = (collection.name, name, stem)
        number = max(number, self._cursor.get(key, number))
        while True:
            number += 1
            candidate: Any = number if isinstance(value, int) else f"{stem}{number:0{width}d}"
            if collection.holder(name, candidate) is None and candidate not in avoid:
                self._cursor[key] = number
                return candidate

    def _example_values(self, resource: str, name: str, schema: SchemaRef | None) -> list[Any]:
        key = (resource, name)
        if key not in self._examples:
            found: list[Any] = []
            sub = self.schemas.property(schema, name) if schema is not None else None
            nodes = [sub, *self.schemas.branches(sub)] if sub is not None else []  # $ref siblings first
            for node in (ref.schema for ref in nodes):
                if isinstance(node, dict):
                    found.extend(node.get("examples") or [])
                    if "example" in node:
                        found.append(node["example"])
            self._examples[key] = found
        return self._examples[key]
