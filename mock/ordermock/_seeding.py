"""Seeding a mock with items of your own, and reading what it holds.

Items are the API's generated models (anything with ``to_dict()``, as the attrs models of
``<api>_client`` have) or plain dicts in the API's JSON names. Each is checked against the schema
of the collection it goes into before anything is stored; a problem is a :class:`SeedError` naming
the item, the field and the schema (a JSON pointer into the spec). Fields you leave out are
generated (realistic, unique where the spec says so); fields you give -- read-only ones such as
``id`` or ``state`` too -- are stored as given, with no server-side side effects.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ._context import Context
from ._crud import Resource
from ._json import MAX_DEPTH, deeper_than_limit

__all__ = ["SeedError", "StoreState", "resource_name", "seed_items"]

Item = dict[str, Any]


class SeedError(ValueError):
    """Seed data the spec does not allow (the message names the item, the field and the schema)."""


def resource_name(ctx: Context, name: str) -> str:
    """``"orders"``, ``"/orders"`` or ``"/orders/"`` → the collection name ``"/orders"``."""
    wanted = "/" + name.strip("/")
    if wanted in ctx.resources:
        return wanted
    known = ", ".join(sorted(ctx.resources)) or "(none)"
    raise SeedError(f"{ctx.spec.name} has no collection {name!r}; its collections: {known}")


def seed_items(ctx: Context, items: Iterable[Any], resource: str | None = None) -> list[Item]:
    """Check every item, then store them all (nothing is stored when one is refused); returns copies."""
    prepared: list[tuple[Resource, Item, Item]] = []
    for index, raw in enumerate(items):
        data = _as_dict(raw, index)
        res = ctx.resources[resource_name(ctx, resource) if resource else _infer(ctx, raw)]
        prepared.append((res, _prepare(ctx, res, data, f"{res.name}[{index}]"), data))
    _no_repeats(ctx, prepared)
    stored = []
    for res, item, _ in prepared:
        collection = ctx.collection(res.name)
        ctx.unique.make_distinct(collection, item, res.schema)
        stored.append(copy.deepcopy(collection.add(item)))
    return stored


def _as_dict(raw: Any, index: int) -> Item:
    data = raw.to_dict() if hasattr(raw, "to_dict") else raw
    if not isinstance(data, Mapping):
        raise SeedError(f"item {index}: expected a generated model or a dict, got {type(raw).__name__}")
    return dict(data)


def _infer(ctx: Context, raw: Any) -> str:
    """The collection a generated model belongs to: the one whose schema (or create body) has its class name."""
    with_schema = [res for res in ctx.resources.values() if res.schema is not None]
    if not hasattr(raw, "to_dict"):
        if len(with_schema) == 1:
            return with_schema[0].name
        names = ", ".join(res.name for res in with_schema)
        raise SeedError(f"say which collection plain dicts go into: resource= one of {names}")
    wanted = _key(type(raw).__name__)
    for res in with_schema:
        pointers = [res.schema.pointer] if res.schema is not None else []
        pointers += [
            ctx.schemas.resolve(ref).pointer
            for op in ctx.spec.operations
            if ctx.actions[op.operation_id].kind == "create" and ctx.actions[op.operation_id].resource == res.name
            for ref in op.body_content.values()
        ]
        if any(_key(pointer.rsplit("/", 1)[-1]) == wanted for pointer in pointers):
            return res.name
    names = ", ".join(res.name for res in with_schema)
    raise SeedError(f"{type(raw).__name__} belongs to no collection of {ctx.spec.name}: pass resource= one of {names}")


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def _prepare(ctx: Context, res: Resource, data: Item, where: str) -> Item:
    """A complete item: ``data`` checked field by field, everything else generated."""
    if deeper_than_limit(data):  # the schema checks below recurse, and a request could never carry it
        raise SeedError(f"{where}: nests deeper than {MAX_DEPTH} levels of lists and dicts (the limit of request JSON)")
    if res.schema is None:
        return data
    props = ctx.schemas.properties(res.schema)
    open_schema = any(
        isinstance(branch.schema, dict) and branch.schema.get("additionalProperties") not in (None, False)
        for branch in ctx.schemas.branches(res.schema)
    )
    for name, value in data.items():
        sub = props.get(name)
        if sub is None:
            if props and not open_schema:
                raise SeedError(
                    f"{where}.{name}: not a field of {res.name} (schema #{res.schema.pointer}; "
                    f"its fields: {', '.join(props)})"
                )
            continue
        problems = ctx.schemas.errors(sub, value, prefix=f"{where}.{name}")
        if problems:
            raise SeedError(f"{problems[0]} (schema #{sub.pointer})")
    generated = ctx.gen.generate(res.schema, res.name)
    item: Item = {res.id_field: data.get(res.id_field)}
    generated = generated if isinstance(generated, dict) else {}
    item.update({k: v for k, v in generated.items() if k not in data and k != res.id_field})
    item.update({k: v for k, v in data.items() if k != res.id_field})
    if item[res.id_field] is None:
        item[res.id_field] = ctx.collection(res.name).new_id()
    problems = ctx.schemas.errors(res.schema, item, prefix=where)
    if problems:
        raise SeedError(f"{problems[0]} (schema #{res.schema.pointer})")
    return item


def _no_repeats(ctx: Context, prepared: list[tuple[Resource, Item, Item]]) -> None:
    """Ids and unique fields given in the seed are free in the store and among the seed's own items."""
    seen: dict[tuple[str, str, str], int] = {}
    for index, (res, _, given) in enumerate(prepared):
        collection = ctx.collection(res.name)
        for name in (res.id_field, *collection.unique):
            value = given.get(name)
            if value is None:
                continue
            taken = collection.get(value) if name == res.id_field else collection.find(**{name: value})
            key = (res.name, name, str(value))
            if taken is not None or key in seen:
                raise SeedError(
                    f"{res.name}[{index}].{name}: {value!r} is already used"
                    f"{'' if taken is not None else f' by item {seen[key]} of this seed'}; it must be unique"
                )
            seen[key] = index


class StoreState(Mapping[str, list[Item]]):
    """A snapshot of every collection: ``state["/orders"]`` (or ``state["orders"]``) is a list of copies.

    Changing it changes nothing in the mock; take a new one (``app.state``) to see later changes.
    """

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        with ctx.store.lock:
            self._data = {name: ctx.collection(name).snapshot() for name in ctx.store.names}

    def __getitem__(self, name: str) -> list[Item]:
        try:
            return self._data[resource_name(self._ctx, name)]
        except SeedError as exc:
            raise KeyError(str(exc)) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def find(self, resource: str, **fields: Any) -> list[Item]:
        """Items of ``resource`` whose fields equal ``fields`` (compared as strings)."""
        return [
            item for item in self[resource] if all(str(item.get(name)) == str(value) for name, value in fields.items())
        ]

    def item(self, resource: str, item_id: Any) -> Item:
        """The item of ``resource`` with id ``item_id``; ``KeyError`` when there is none."""
        id_field = self._ctx.collection(resource_name(self._ctx, resource)).id_field
        found = self.find(resource, **{id_field: item_id})
        if not found:
            raise KeyError(f"no item {item_id!r} in {resource}")
        return found[0]

    def __repr__(self) -> str:
        return "StoreState(" + ", ".join(f"{name}: {len(items)}" for name, items in self._data.items()) + ")"
