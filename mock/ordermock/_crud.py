"""CRUD by convention: which operation creates, reads, lists, updates or deletes which collection.

The convention (overridable per operation by a behaviour's :class:`~ordermock._behaviour.Action`):

* ``POST /things``  → create;  ``GET /things`` → list (or get, when a required ``id``/``docNo``
  query parameter names the item);  ``PUT|PATCH|DELETE /things`` with an id in the body → update/delete;
* ``GET|PUT|PATCH|DELETE /things/{id}`` (also ``/things/{id}.json``) → get / update / delete;
* anything else (nested paths such as ``/{id}/send``) → a valid, generated response ("synthesize").
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._behaviour import Action
from ._schemas import Schemas
from ._spec import Operation, SchemaRef, Spec

__all__ = ["Resource", "infer_action", "item_schema", "page_params"]

ID_NAMES = ("id", "_id", "docno", "uuid")
_PARAM = re.compile(r"^\{[^}]+\}(\.json)?$")

PAGE_NAMES = ("page", "pagenumber", "currentpage")
SIZE_NAMES = ("limit", "numberofrecords", "pagesize", "perpage", "per_page", "page_size")
OFFSET_NAMES = ("offset",)


def _segments(path: str) -> list[str]:
    return [s for s in path.split("/") if s]


def collection_name(path: str) -> str:
    """``/purchaseOrders/`` → ``/purchaseOrders``; ``/orders.json`` → ``/orders``; ``""`` → ``/``."""
    segments = _segments(path)
    if segments:
        segments[-1] = segments[-1].removesuffix(".json")
    return "/" + "/".join(segments)


def infer_action(operation: Operation, schemas: Schemas) -> Action:
    """The conventional action of ``operation`` (see the module docstring)."""
    segments = _segments(operation.path)
    method = operation.method
    if segments and _PARAM.match(segments[-1]):
        resource = collection_name("/".join(segments[:-1]))
        if "{" in resource:
            return Action("synthesize", resource)
        param = segments[-1].split("}")[0].lstrip("{")
        kinds = {"GET": "get", "PUT": "update", "PATCH": "update", "DELETE": "delete"}
        if method in kinds:
            return Action(kinds[method], resource, ("path", param))  # type: ignore[arg-type]
        return Action("synthesize", resource)
    resource = collection_name(operation.path)
    if "{" in resource:
        return Action("synthesize", resource)
    query_id = next(
        (p.name for p in operation.parameters if p.location == "query" and p.required and p.name.lower() in ID_NAMES),
        None,
    )
    if method == "POST":
        return Action("create", resource)
    if method == "GET":
        if query_id:
            return Action("get", resource, ("query", query_id))
        return Action("list", resource) if _lists(operation, schemas) else Action("synthesize", resource)
    if method in ("PUT", "PATCH", "DELETE"):
        kind = "delete" if method == "DELETE" else "update"
        if query_id:
            return Action(kind, resource, ("query", query_id))  # type: ignore[arg-type]
        body_id = _body_id(operation, schemas)
        if body_id:
            return Action(kind, resource, ("body", body_id))  # type: ignore[arg-type]
    return Action("synthesize", resource)


def _lists(operation: Operation, schemas: Schemas) -> bool:
    """Whether the success response is a list: a bare array or an object holding one array of objects."""
    ref = schemas.spec.response_schema(operation, operation.success_status())
    if ref is None:
        return False
    if "array" in schemas.types(ref):
        return True
    for sub in schemas.properties(ref).values():
        items = schemas.items(sub) if "array" in schemas.types(sub) else None
        if items is not None and "object" in schemas.types(items):
            return True
    return False


def _body_id(operation: Operation, schemas: Schemas) -> str | None:
    for ref in operation.body_content.values():
        for name in schemas.properties(ref):
            if name.lower() in ID_NAMES:
                return name
    return None


def item_schema(schemas: Schemas, ref: SchemaRef, *, listing: bool = False) -> SchemaRef:
    """The item inside a response schema: unwraps arrays and ``{data: ...}``/page envelopes."""
    ref = schemas.resolve(ref)
    types = schemas.types(ref)
    if "array" in types:
        items = schemas.items(ref)
        return item_schema(schemas, items) if items else ref
    props = schemas.properties(ref)
    has_id = any(name.lower() in ID_NAMES for name in props)
    arrays = [sub for sub in props.values() if "array" in schemas.types(sub)]
    objects = [sub for sub in props.values() if schemas.properties(sub) and "object" in schemas.types(sub)]
    if not has_id and len(arrays) == 1 and len(props) <= 6:  # a page envelope: {count, page, items: [...]}
        items = schemas.items(arrays[0])
        if items is not None and "object" in schemas.types(items):
            return schemas.resolve(items)
    if not listing and (has_id or len(props) > 4):
        return ref
    if len(objects) == 1 and len(props) <= 3:
        return item_schema(schemas, objects[0])
    return ref


@dataclass
class Resource:
    """A collection and what it holds: item schema, id field and how new ids look."""

    name: str
    id_field: str
    id_kind: str
    schema: SchemaRef | None


def describe_resources(
    spec: Spec, schemas: Schemas, actions: dict[str, Action], id_kinds: dict[str, str], handled: set[str]
) -> dict[str, Resource]:
    """Derive every collection used by ``actions`` from the operations that touch it.

    Operations with a handler of their own (``handled``) do not define collections.
    """
    by_resource: dict[str, list[tuple[Operation, Action]]] = {}
    for operation in spec.operations:
        action = actions[operation.operation_id]
        if action.kind != "synthesize" and operation.operation_id not in handled:
            by_resource.setdefault(action.resource, []).append((operation, action))
    resources: dict[str, Resource] = {}
    for name, members in by_resource.items():
        schema = _resource_schema(spec, schemas, members)
        id_field = _id_field(schemas, schema, members)
        kind = id_kinds.get(name) or _id_kind(schemas, schema, id_field)
        resources[name] = Resource(name, id_field, kind, schema)
    return resources


def _resource_schema(spec: Spec, schemas: Schemas, members: list[tuple[Operation, Action]]) -> SchemaRef | None:
    order = {"get": 0, "create": 1, "update": 2, "list": 3, "delete": 4}
    for operation, action in sorted(members, key=lambda m: order.get(m[1].kind, 9)):
        if action.kind == "delete":
            continue
        response = spec.response_schema(operation, operation.success_status())
        if response is not None:
            candidate = item_schema(schemas, response, listing=action.kind == "list")
            if schemas.properties(candidate):
                return candidate
    for operation, action in members:
        if action.kind == "create":
            for ref in operation.body_content.values():
                return schemas.resolve(ref)
    return None


def _id_field(schemas: Schemas, schema: SchemaRef | None, members: Iterable[tuple[Operation, Action]]) -> str:
    props = schemas.properties(schema) if schema else {}
    # Actions naming an explicit id_field look items up by another field (po_ref → poReference).
    for _, action in members:
        if action.id_from and not action.id_field:
            wanted = action.id_from[1].lower().replace("_", "")
            match = next((p for p in props if p.lower().replace("_", "") == wanted), None)
            if match:
                return match
    return next((p for p in props if p.lower() in ID_NAMES), "id")


def _id_kind(schemas: Schemas, schema: SchemaRef | None, id_field: str) -> str:
    sub = schemas.property(schema, id_field) if schema else None
    if sub is None:
        return "objectid" if id_field == "_id" else "int"
    resolved = schemas.resolve(sub).schema
    types = schemas.types(sub)
    if "integer" in types or "number" in types:
        return "int"
    if isinstance(resolved, dict) and resolved.get("format") == "uuid":
        return "uuid"
    if id_field == "_id" or (isinstance(resolved, dict) and "a-f" in str(resolved.get("pattern", ""))):
        return "objectid"
    return "str"


def new_id_factory(kind: str, start: int, rng_bits: Any) -> Any:
    """A function returning fresh ids of ``kind`` (deterministic from ``start`` and ``rng_bits``)."""
    counter = [start]

    def next_id() -> Any:
        counter[0] += 1
        if kind == "int":
            return counter[0]
        if kind == "objectid":
            return f"{0x5FCA0000 + counter[0]:08x}{rng_bits(64):016x}"
        if kind == "uuid":
            return str(uuid.UUID(int=rng_bits(128), version=4))
        return str(counter[0])

    return next_id


def page_params(operation: Operation) -> dict[str, tuple[str, int | None]]:
    """Pagination parameters of a list operation: role → (name, documented default)."""
    found: dict[str, tuple[str, int | None]] = {}
    for param in operation.parameters:
        if param.location != "query":
            continue
        key = param.name.lower()
        schema = param.schema.schema if isinstance(param.schema.schema, dict) else {}
        default = schema.get("default")
        if key in PAGE_NAMES:
            base = schema.get("minimum", default if default is not None else 1)
            found["page"] = (param.name, int(base) if isinstance(base, int | float) else 1)
        elif key in SIZE_NAMES:
            found["size"] = (param.name, int(default) if isinstance(default, int | float) else None)
        elif key in OFFSET_NAMES:
            found["offset"] = (param.name, 0)
    return found
