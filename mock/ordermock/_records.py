"""What a server stores for a create: what the client posted, plus what the server owns.

The stored record keeps exactly the writable fields that were sent (nothing is invented for the
ones left out) and the server fills in what it owns:

* every ``readOnly`` property, and every property the request schema does not offer at all
  (``createDate``, ``state`` ...): an empty list for a list (a new record has no history or
  children yet), ``null`` where the schema allows it, else generated data; the id itself is
  assigned by the collection;
* documented defaults for absent fields: ``x-server-default`` (a default the server applies that a
  client must not send) or a JSON Schema ``default``;
* required properties still missing, generated once and stored, so every response validates and
  every later read returns the same values.

Nested objects and lists of objects follow the same rules (the rows of an order get their defaults).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._datagen import DataGenerator
from ._schemas import Schemas
from ._spec import SchemaRef

__all__ = ["RecordBuilder"]

_MISSING = object()
_MAX_DEPTH = 8


class RecordBuilder:
    """Builds stored records from request bodies for the schemas of one spec."""

    def __init__(self, schemas: Schemas, gen: DataGenerator) -> None:
        self.schemas = schemas
        self.gen = gen

    def build(
        self, ref: SchemaRef, data: Mapping[str, Any], body: SchemaRef | None = None, depth: int = 0
    ) -> dict[str, Any]:
        """The record of schema ``ref`` a server stores when ``data`` (valid for ``body``) is posted."""
        props = self.schemas.properties(ref)
        if not props:
            return dict(data)
        offered = self.schemas.properties(body) if body is not None else {}
        record: dict[str, Any] = {}
        for name, value in data.items():
            sub = props.get(name)
            if sub is not None and not self._owned(sub, name, offered):
                record[name] = self._nested(sub, value, offered.get(name), depth)
        required = self._required(ref)
        for name, sub in props.items():
            if name in record:
                continue
            default = self.default(sub)
            if default is not _MISSING:
                record[name] = copy.deepcopy(default)
            elif self._owned(sub, name, offered):
                record[name] = self._server_value(sub, name, depth)
            elif name in required:
                record[name] = self.gen.generate(sub, name, depth + 1)
        return record

    def writable(self, ref: SchemaRef | None, data: Mapping[str, Any]) -> dict[str, Any]:
        """``data`` without the ``readOnly`` properties of ``ref`` (a server ignores them in a write)."""
        props = self.schemas.properties(ref) if ref is not None else {}
        return {name: value for name, value in data.items() if name not in props or not self.read_only(props[name])}

    def default(self, ref: SchemaRef) -> Any:
        """The documented default of a property (``x-server-default`` first), or ``_MISSING``."""
        nodes = [ref.schema, *(branch.schema for branch in self.schemas.branches(ref))]  # $ref siblings first
        for node in nodes:
            if isinstance(node, dict):
                for key in ("x-server-default", "default"):
                    if key in node:
                        return node[key]
        return _MISSING

    def read_only(self, ref: SchemaRef) -> bool:
        nodes = [ref.schema, *(branch.schema for branch in self.schemas.branches(ref))]
        return any(isinstance(node, dict) and node.get("readOnly") is True for node in nodes)

    def _owned(self, ref: SchemaRef, name: str, offered: Mapping[str, SchemaRef]) -> bool:
        return self.read_only(ref) or bool(offered and name not in offered)

    def _server_value(self, ref: SchemaRef, name: str, depth: int) -> Any:
        types = self.schemas.types(ref)
        if "array" in types:
            return []
        if "null" in types:
            return None
        return self.gen.generate(ref, name, depth + 1)

    def _nested(self, ref: SchemaRef, value: Any, body: SchemaRef | None, depth: int) -> Any:
        if depth >= _MAX_DEPTH:
            return value
        if isinstance(value, dict) and self.schemas.properties(ref):
            return self.build(ref, value, body, depth + 1)
        items = self.schemas.items(ref) if isinstance(value, list) else None
        if isinstance(value, list) and items is not None and self.schemas.properties(items):
            body_items = self.schemas.items(body) if body is not None else None
            return [self.build(items, v, body_items, depth + 1) if isinstance(v, dict) else v for v in value]
        return value

    def _required(self, ref: SchemaRef) -> set[str]:
        required: set[str] = set()
        for branch in self.schemas.branches(ref):
            if isinstance(branch.schema, dict):
                required.update(branch.schema.get("required", []))
        return required
