"""What handlers work with: the store, data generation, response shaping and the generic CRUD actions."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from ._auth import Authenticator
from ._behaviour import Action, Behaviour, Reply
from ._crud import Resource, describe_resources, infer_action, new_id_factory, page_params
from ._datagen import DataGenerator
from ._records import RecordBuilder
from ._requests import HttpError, ParsedRequest
from ._schemas import Schemas
from ._shape import Page, Shaper
from ._spec import Operation, SchemaRef, Spec, SpecError
from ._store import Collection, Store
from ._unique import UniqueFields

__all__ = ["Context"]

Item = dict[str, Any]

DEFAULT_PAGE_SIZE = 20


class Context:
    """Per-app state shared by the engine and the behaviour handlers."""

    def __init__(self, spec: Spec, behaviour: Behaviour, auth: Authenticator, *, seed: int = 0) -> None:
        self.spec = spec
        self.behaviour = behaviour
        self.auth = auth
        self.schemas = Schemas(spec)
        self.seed = seed
        self.store = Store()
        self.rng = random.Random(seed)
        self.gen = DataGenerator(self.schemas, self.rng)
        self.shaper = Shaper(self.schemas, self.gen)
        self.records = RecordBuilder(self.schemas, self.gen)
        self.actions: dict[str, Action] = {
            op.operation_id: behaviour.actions.get(op.operation_id) or infer_action(op, self.schemas)
            for op in spec.operations
        }
        self.resources: dict[str, Resource] = describe_resources(
            spec, self.schemas, self.actions, dict(behaviour.id_kinds), set(behaviour.handlers)
        )
        self.unique = UniqueFields(behaviour.unique, self.schemas)
        for name in behaviour.unique:
            if name not in self.resources:
                raise SpecError(f"{spec.name}: unique fields declared for {name!r}, which is no collection")
        for resource in self.resources.values():
            self._define(resource)

    def _define(self, resource: Resource) -> Collection:
        start = 1000 + self.rng.randint(0, 899) * 10
        self.unique.check_declared(resource.name, resource.schema)
        return self.store.define(
            resource.name,
            resource.id_field,
            new_id_factory(resource.id_kind, start, self.rng.getrandbits),
            self.unique.fields(resource.name),
        )

    def collection(self, name: str) -> Collection:
        return self.store.collection(name)

    # -- errors ------------------------------------------------------------------------------------

    @staticmethod
    def not_found(what: str) -> HttpError:
        return HttpError((404, 400), f"{what} not found", kind="not_found")

    @staticmethod
    def invalid(message: str, field: str | None = None) -> HttpError:
        return HttpError((400, 422, 409), message, field=field)

    # -- items -------------------------------------------------------------------------------------

    def new_item(self, resource: str, data: Any = None) -> Item:
        """A complete, generated item of ``resource`` carrying the fields of ``data`` that fit.

        For seed data and records the server derives from others; a client's create goes through
        :meth:`create`, which stores what was posted instead of inventing the rest.
        """
        res = self.resources[resource]
        item: Item = self.gen.generate(res.schema, resource) if res.schema else {}
        if not isinstance(item, dict):
            item = {}
        self.merge(resource, item, data)
        self.unique.make_distinct(self.collection(resource), item, res.schema)
        return self._add(resource, item)

    def create(self, resource: str, request: ParsedRequest, data: Any = None) -> Item:
        """Store ``data`` (default: the request body) as a new item, as a server would.

        Posted writable fields are kept as sent; the server's own fields, documented defaults and
        missing required fields are filled in (see :mod:`ordermock._records`); the id is new.
        """
        res = self.resources[resource]
        posted = request.body if data is None else data
        posted = posted if isinstance(posted, dict) else {}
        item: Item
        if res.schema is None:
            item = dict(posted)
        else:
            item = self.records.build(res.schema, posted, self.request_schema(request))
            fitted = self.shaper.fit(res.schema, item)  # e.g. a posted date where a date-time is stored
            item = fitted if isinstance(fitted, dict) else item
        conflict = self.unique.conflict(self.collection(resource), item)
        if conflict is not None:
            raise conflict
        return self._add(resource, item)

    def update(self, resource: str, item: Item, data: Any) -> Item:
        """Apply a client's write to ``item``: its fields that fit, except id and ``readOnly`` ones."""
        if isinstance(data, dict):
            data = self.records.writable(self.resources[resource].schema, data)
            conflict = self.unique.conflict(self.collection(resource), data, exclude=item)
            if conflict is not None:
                raise conflict
        return self.merge(resource, item, data)

    def _add(self, resource: str, fields: Item) -> Item:
        id_field = self.resources[resource].id_field
        item = {id_field: None, **{name: value for name, value in fields.items() if name != id_field}}
        self.collection(resource).add(item)
        hook = self.behaviour.on_create.get(resource)
        if hook is not None:
            hook(self, item)
        return item

    @staticmethod
    def request_schema(request: ParsedRequest) -> SchemaRef | None:
        """Schema of the request body as sent (its media type), if the operation has a body."""
        content = request.operation.body_content
        return content.get(request.media_type or "") or next(iter(content.values()), None)

    def merge(self, resource: str, item: Item, data: Any) -> Item:
        """Copy the fields of ``data`` into ``item`` where they fit the resource schema."""
        if not isinstance(data, dict):
            return item
        res = self.resources[resource]
        for key, value in data.items():
            if key == res.id_field:
                continue
            sub = self.schemas.property(res.schema, key) if res.schema else None
            if sub is None:
                if not res.schema or not self.schemas.properties(res.schema):
                    item[key] = value
                continue
            item[key] = self.shaper.fit(sub, value, key)
        collection = self.collection(resource)
        if collection.unique and collection.get(item.get(collection.id_field)) is item:
            collection.reindex(item)
        return item

    def seed_items(self, count: int) -> None:
        """Fill every collection with ``count`` generated items (deterministic for a given seed)."""
        for name, res in self.resources.items():
            if res.schema is None:
                continue
            for _ in range(count):
                self.new_item(name)
        if self.behaviour.after_seed is not None:
            self.behaviour.after_seed(self)
            for name in self.store.names:  # it may have set unique fields (Lagerkoll's PO-00001 ...)
                collection = self.collection(name)
                for item in collection if collection.unique else ():
                    collection.reindex(item)

    # -- replies -----------------------------------------------------------------------------------

    def reply(self, operation: Operation, item: Any, *, status: int | None = None, **headers: str) -> Reply:
        """``item`` shaped as the operation's documented success response."""
        status = status or operation.success_status()
        ref = self.spec.response_schema(operation, status)
        body = (
            None
            if ref is None
            else self.shaper.item(ref, item)
            if isinstance(item, dict)
            else self.shaper.fit(ref, item)
        )
        media = self._media(operation, status)
        return Reply(status, body, dict(headers), media)

    def reply_page(self, operation: Operation, items: list[Item], page: Page) -> Reply:
        status = operation.success_status()
        ref = self.spec.response_schema(operation, status)
        body = self.shaper.page(ref, items, page) if ref is not None else items
        return Reply(status, body, {}, self._media(operation, status))

    def synthesize(self, operation: Operation, *, status: int | None = None) -> Reply:
        """A generated, schema-valid success response (for operations without state)."""
        status = status or operation.success_status()
        response = operation.response(status) or {}
        content = response.get("content") or {}
        media = next(iter(content), None)
        if media is None:
            return Reply(status, None, {}, None)
        if "json" not in media:
            return Reply(status, _sample_bytes(media), {}, media)
        ref = self.spec.response_schema(operation, status, media)
        return Reply(status, self.gen.generate(ref) if ref else {}, {}, media)

    def _media(self, operation: Operation, status: int) -> str | None:
        response = operation.response(status) or {}
        content = response.get("content") or {}
        return next((m for m in content if "json" in m), next(iter(content), None))

    # -- the generic actions -----------------------------------------------------------------------

    def run(self, action: Action, request: ParsedRequest) -> Reply:
        operation = request.operation
        if action.kind == "synthesize":
            return self.synthesize(operation)
        if action.kind == "create":
            item = self.create(action.resource, request)
            reply = self.reply(operation, item)
            response = operation.response(reply.status) or {}
            if any(name.lower() == "location" for name in response.get("headers") or {}):
                reply.headers["Location"] = self.location(action.resource, item)
            return reply
        if action.kind == "list":
            items = self.filtered(action.resource, request.query)
            page_items, page = self.paginate(operation, request.query, items)
            return self.reply_page(operation, page_items, page)
        item = self.lookup(action, request)
        if action.kind == "get":
            return self.reply(operation, item)
        if action.kind == "update":
            self.update(action.resource, item, request.body)
            return self.reply(operation, item)
        collection = self.collection(action.resource)
        collection.delete(item[collection.id_field])
        return self.reply(operation, True if _wants_boolean(self, operation) else item)

    def location(self, resource: str, item: Item) -> str:
        """URL path of ``item`` (``<base path><collection>/<id>``), for ``Location`` headers."""
        item_id = item[self.collection(resource).id_field]
        return f"{self.spec.base_path}{resource.rstrip('/')}/{item_id}"

    def lookup(self, action: Action, request: ParsedRequest) -> Item:
        """The item addressed by ``action.id_from``; 404 in the vendor's shape when absent."""
        collection = self.collection(action.resource)
        where, name = action.id_from or ("path", "id")
        source = {"path": request.path, "query": request.query, "header": request.headers}.get(where)
        value = source.get(name) if source is not None else (request.body or {}).get(name)
        if value is None:
            raise self.invalid(f"{name} is required", name)
        field = action.id_field or collection.id_field
        item = collection.get(value) if field == collection.id_field else collection.find(**{field: value})
        if item is None:
            raise self.not_found(f"{action.resource.strip('/') or 'item'} {value}")
        return item

    def filtered(self, resource: str, query: dict[str, Any]) -> Sequence[Item]:
        """Items whose top-level fields equal the query parameters of the same name (for reading only).

        Without a filter this is the collection's shared listing: no copy per request.
        """
        items: Sequence[Item] = self.collection(resource).listing()
        for name, value in query.items():
            if isinstance(value, dict | list) or not items:
                continue
            if name in items[0] and not isinstance(items[0][name], dict | list):
                wanted = _text(value)
                items = [item for item in items if _text(item.get(name)) == wanted]
        return items

    def paginate(self, operation: Operation, values: dict[str, Any], items: Sequence[Item]) -> tuple[list[Item], Page]:
        """Slice ``items`` by the operation's page/limit/offset parameters (``values`` = their values).

        An operation that declares no paging parameter gets every item: a page size of our own would
        silently hide items a client has no way to ask for.
        """
        params = page_params(operation)
        if not params:
            return list(items), Page(total=len(items), page=0, size=max(len(items), 1), offset=0)
        size_name, size_default = params.get("size", ("", None))
        size = int(values.get(size_name) or size_default or DEFAULT_PAGE_SIZE)
        size = max(size, 1)
        if "page" in params:
            name, base = params["page"]
            base = base or 0
            number = int(values.get(name, base) if values.get(name) is not None else base)
            offset = max(number - base, 0) * size
        else:
            offset = int(values.get(params.get("offset", ("offset", 0))[0]) or 0)
            number = offset // size
        return list(items[offset : offset + size]), Page(total=len(items), page=number, size=size, offset=offset)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _wants_boolean(ctx: Context, operation: Operation) -> bool:
    ref = ctx.spec.response_schema(operation, operation.success_status())
    return ref is not None and ctx.schemas.types(ref) == {"boolean"}


def _sample_bytes(media: str) -> bytes:
    if media == "application/pdf":
        return b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    if "xml" in media:
        return b"<?xml version='1.0' encoding='UTF-8'?><response/>"
    return b"ordermock sample"
