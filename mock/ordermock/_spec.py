"""Loading an OpenAPI 3.1 document into the pieces the mock needs: operations, parameters, schemas.

Every schema is kept together with its JSON pointer into the whole document, so validation can
resolve ``$ref`` against the document itself (see :mod:`ordermock._schemas`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ordersdk.spec import HTTP_METHODS, escape_pointer, load_document, rate_limit_of, resolve_pointer

from ._limits import RateLimit

__all__ = ["Operation", "Parameter", "SchemaRef", "Spec", "SpecError", "escape", "specs_dir"]

escape = escape_pointer

JSON = Any


class SpecError(Exception):
    """The spec cannot drive the mock; the message names the file and the JSON pointer."""


def specs_dir() -> Path | None:
    """``$ORDERMOCK_SPECS_DIR`` (a folder of ``<api>.yaml`` / ``<api>.json`` to serve instead of the
    specs the installed clients ship), or ``None``."""
    configured = os.environ.get("ORDERMOCK_SPECS_DIR")
    return Path(configured) if configured else None


@dataclass(frozen=True)
class SchemaRef:
    """A schema and where it sits in the document (``pointer`` is a JSON pointer, ``""`` = no schema)."""

    pointer: str
    schema: JSON


@dataclass(frozen=True)
class Parameter:
    """One path, query, header or cookie parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: SchemaRef
    style: str
    explode: bool


@dataclass(frozen=True)
class Operation:
    """One operation, with path-level parameters merged in and every ``$ref`` above schema level resolved."""

    operation_id: str
    method: str
    path: str
    pointer: str
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_content: Mapping[str, SchemaRef]
    responses: Mapping[str, Mapping[str, Any]]
    security: tuple[Mapping[str, Any], ...]
    raw: Mapping[str, Any] = field(repr=False)

    @property
    def label(self) -> str:
        return f"{self.method} {self.path}"

    def declared_statuses(self) -> list[str]:
        return list(self.responses)

    def declares(self, status: int) -> bool:
        """Whether ``status`` is documented, exactly or through a ``4XX``-style range."""
        return str(status) in self.responses or f"{str(status)[0]}XX" in self.responses

    def response(self, status: int) -> Mapping[str, Any] | None:
        """The response object documented for ``status`` (exact code, range, then ``default``)."""
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return None

    def success_status(self) -> int:
        """The first documented 2xx status (200 if none is documented)."""
        for key in self.responses:
            if key.startswith("2") and key.isdigit():
                return int(key)
        return 200


class Spec:
    """An OpenAPI document loaded for the mock.

    >>> spec = Spec.load(Path("specs/seventime.yaml"))  # doctest: +SKIP
    >>> spec.base_path  # doctest: +SKIP
    '/api/2'
    """

    def __init__(self, document: dict[str, Any], *, name: str, source: str = "<memory>") -> None:
        self.document = document
        self.name = name
        self.source = source
        if not str(document.get("openapi", "")).startswith("3.1"):
            raise SpecError(f"{source}: /openapi must be 3.1.x, got {document.get('openapi')!r}")
        self.operations = tuple(self._operations())

    @classmethod
    def load(cls, path: Path, *, name: str | None = None) -> Spec:
        try:
            document = load_document(path)
        except Exception as exc:  # OSError, a YAML or JSON error, or a non-mapping root
            raise SpecError(f"{path}: cannot be read as a spec: {exc}") from exc
        return cls(document, name=name or path.stem, source=str(path))

    @cached_property
    def base_path(self) -> str:
        """Path part of the first server URL, without a trailing slash (``""`` for the root)."""
        servers = self.document.get("servers") or [{"url": "/"}]
        return urlsplit(str(servers[0].get("url", "/"))).path.rstrip("/")

    @cached_property
    def server_url(self) -> str:
        servers = self.document.get("servers") or [{"url": "/"}]
        return str(servers[0].get("url", "/"))

    @cached_property
    def rate_limit(self) -> RateLimit | None:
        """The documented rate limit (the spec's ``x-rate-limit``), or ``None``."""
        try:
            limit = rate_limit_of(self.document, self.name)
        except ValueError as exc:
            raise SpecError(f"{self.source}: {exc}") from exc
        return RateLimit(limit.requests, limit.per) if limit else None

    @property
    def security_schemes(self) -> Mapping[str, Mapping[str, Any]]:
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        return {name: self.deref(scheme)[1] for name, scheme in schemes.items()}

    def by_id(self, operation_id: str) -> Operation:
        for operation in self.operations:
            if operation.operation_id == operation_id:
                return operation
        raise KeyError(f"{self.source}: no operation with operationId {operation_id!r}")

    def resolve_pointer(self, pointer: str) -> JSON:
        return resolve_pointer(self.document, pointer)

    def deref(self, node: JSON, pointer: str = "") -> tuple[str, JSON]:
        """Follow local ``$ref`` chains; returns the final pointer and node."""
        seen = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            ref = node["$ref"][1:]
            if ref in seen:
                raise SpecError(f"{self.source}: circular $ref at {ref}")
            seen.add(ref)
            try:
                node = self.resolve_pointer(ref)
            except (KeyError, IndexError, ValueError) as exc:
                raise SpecError(f"{self.source}: {pointer or '/'}: unresolvable $ref {ref!r}") from exc
            pointer = ref
        return pointer, node

    def schema_at(self, pointer: str) -> SchemaRef:
        return SchemaRef(pointer, self.resolve_pointer(pointer))

    def _operations(self) -> Iterator[Operation]:
        for path, item in (self.document.get("paths") or {}).items():
            item_pointer = f"/paths/{escape(path)}"
            item_pointer, item = self.deref(item, item_pointer)
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op_pointer = f"{item_pointer}/{method}"
                yield self._operation(path, method, op_pointer, item[method], shared, item_pointer)

    def _operation(
        self, path: str, method: str, pointer: str, raw: dict[str, Any], shared: list[Any], item_pointer: str
    ) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        for base, items in (
            (f"{item_pointer}/parameters", shared),
            (f"{pointer}/parameters", raw.get("parameters", [])),
        ):
            for index, param in enumerate(items):
                parameter = self._parameter(f"{base}/{index}", param)
                params[(parameter.location, parameter.name.lower())] = parameter
        body_required = False
        body_content: dict[str, SchemaRef] = {}
        if "requestBody" in raw:
            body_pointer, body = self.deref(raw["requestBody"], f"{pointer}/requestBody")
            body_required = bool(body.get("required", False))
            for media, media_object in (body.get("content") or {}).items():
                media_pointer = f"{body_pointer}/content/{escape(media)}/schema"
                body_content[media.lower()] = (
                    self._schema(media_pointer, media_object["schema"])
                    if "schema" in media_object
                    else SchemaRef("", {})
                )
        responses: dict[str, Mapping[str, Any]] = {}
        for status, response in (raw.get("responses") or {}).items():
            response_pointer, resolved = self.deref(response, f"{pointer}/responses/{status}")
            responses[str(status).upper()] = {"pointer": response_pointer, **resolved}
        security = raw.get("security", self.document.get("security", []))
        return Operation(
            operation_id=str(raw.get("operationId") or f"{method}_{path}"),
            method=method.upper(),
            path=path,
            pointer=pointer,
            parameters=tuple(params.values()),
            body_required=body_required,
            body_content=body_content,
            responses=responses,
            security=tuple(security),
            raw=raw,
        )

    def _parameter(self, pointer: str, node: JSON) -> Parameter:
        pointer, param = self.deref(node, pointer)
        location = str(param.get("in"))
        style = str(param.get("style", "form" if location in ("query", "cookie") else "simple"))
        schema = self._schema(f"{pointer}/schema", param["schema"]) if "schema" in param else SchemaRef("", {})
        return Parameter(
            name=str(param["name"]),
            location=location,
            required=bool(param.get("required", location == "path")),
            schema=schema,
            style=style,
            explode=bool(param.get("explode", style == "form")),
        )

    def _schema(self, pointer: str, node: JSON) -> SchemaRef:
        # Keep the pointer of the schema as written (a ``$ref`` is resolved by the validator itself).
        return SchemaRef(pointer, node)

    def response_schema(self, operation: Operation, status: int, media: str = "application/json") -> SchemaRef | None:
        """Schema of the documented response body for ``status`` in ``media`` (or the first JSON-ish one)."""
        response = operation.response(status)
        if not response:
            return None
        content = response.get("content") or {}
        chosen = media if media in content else next((m for m in content if "json" in m), None)
        if chosen is None or "schema" not in content[chosen]:
            return None
        return SchemaRef(f"{response['pointer']}/content/{escape(chosen)}/schema", content[chosen]["schema"])
