"""Turning a raw HTTP request into validated, typed inputs for one operation.

Parameters arrive as strings; they are coerced by their schema's type (``"12"`` → ``12`` for an
integer) before validation, following OpenAPI serialisation styles (``form``/``simple`` arrays,
``deepObject`` for ``filters[language]``-style names). Bodies are parsed by media type with size and
nesting limits (:mod:`ordermock._json`), read as sent (no ``Content-Encoding``: no vendor documents
compressed requests), and all request text must be UTF-8 that decodes to Unicode, with no byte
order mark (:mod:`ordermock._text`), so bad input ends in a documented 4xx rather than a crash or a
stored value no response can carry.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from ._json import parse_json
from ._schemas import Schemas
from ._spec import Operation, Parameter, SchemaRef
from ._text import TextError, decode_utf8, header_text, integer, number, query_pairs

__all__ = ["HttpError", "MockRequest", "ParsedRequest", "parse_request"]

MAX_BODY_BYTES = 1_048_576

#: Charsets a text body may declare: UTF-8, and ASCII (a subset of it).
_UTF8_CHARSETS = frozenset({"utf-8", "utf8", "us-ascii", "ascii"})

_INT = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
_DEEP = re.compile(r"^([^\[\]]+)\[([^\[\]]*)\]$")


class HttpError(Exception):
    """A request the mock refuses; rendered in the vendor's error shape by the app.

    ``statuses`` lists acceptable codes in order of preference; the first one the operation
    documents is used (so the reply stays within the contract).
    """

    def __init__(
        self,
        statuses: tuple[int, ...],
        message: str,
        *,
        kind: str = "validation",
        field: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.statuses = statuses
        self.message = message
        self.kind = kind
        self.field = field
        self.headers = dict(headers or {})


def bad_request(message: str, field: str | None = None) -> HttpError:
    return HttpError((400, 422), message, field=field)


@dataclass
class MockRequest:
    """The HTTP request as received (path relative to the API base path, header names lower-case)."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes = b""
    #: Why the path or query string could not be read as UTF-8 (the request is refused with a 400
    #: once it has been routed and authenticated; path and query then hold a lenient reading).
    malformed: str | None = None

    @property
    def media_type(self) -> str | None:
        value = self.headers.get("content-type")
        if not value:
            return None
        return value.split(";", 1)[0].strip().lower() or None

    @property
    def charset(self) -> str | None:
        """The ``charset`` parameter of ``Content-Type``, lower-case and unquoted, if any."""
        for param in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset":
                return value.strip().strip('"').lower() or None
        return None

    @property
    def content_codings(self) -> list[str]:
        """The codings ``Content-Encoding`` names (lower-case), ``identity`` left out: the body as is."""
        codings = (part.strip().lower() for part in self.headers.get("content-encoding", "").split(","))
        return [coding for coding in codings if coding and coding != "identity"]


@dataclass
class ParsedRequest:
    """Validated inputs of one operation."""

    operation: Operation
    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    media_type: str | None = None
    raw: MockRequest | None = None


def parse_request(schemas: Schemas, operation: Operation, request: MockRequest, path: dict[str, str]) -> ParsedRequest:
    """Validate ``request`` against ``operation``; raises :class:`HttpError` on the first problem."""
    parsed = ParsedRequest(operation=operation, raw=request)
    query: dict[str, list[str]] = {}
    for name, value in request.query:
        query.setdefault(name, []).append(value)
    for param in operation.parameters:
        raw_values = _raw_values(param, path, query, request.headers)
        if raw_values is None:
            if param.required:
                raise bad_request(f"missing required {param.location} parameter {param.name!r}", param.name)
            continue
        try:
            value = _coerce(schemas, param, raw_values)
        except TextError as exc:
            raise bad_request(f"{param.location} parameter {param.name!r}: {exc.message}", param.name) from exc
        problems = schemas.errors(param.schema, value, prefix=f"{param.location} parameter {param.name!r}")
        if problems:
            raise bad_request(str(problems[0]), param.name)
        target = {"path": parsed.path, "query": parsed.query, "header": parsed.headers}.get(param.location)
        if target is not None:
            target[param.name] = value
    if operation.body_content:
        parsed.body, parsed.media_type = _body(schemas, operation, request)
    return parsed


def _raw_values(
    param: Parameter, path: dict[str, str], query: dict[str, list[str]], headers: dict[str, str]
) -> list[str] | dict[str, list[str]] | None:
    if param.location == "path":
        return [path[param.name]] if param.name in path else None
    if param.location == "header":
        value = headers.get(param.name.lower())
        if value is None:
            return None
        try:
            return [header_text(value, param.name)]
        except TextError as exc:
            raise bad_request(exc.message, param.name) from exc
    if param.location == "query":
        if param.style == "deepObject":
            found: dict[str, list[str]] = {}
            for key, values in query.items():
                match = _DEEP.match(key)
                if match and match.group(1) == param.name:
                    found[match.group(2)] = values
            return found or None
        return query.get(param.name)
    return None


def _coerce(schemas: Schemas, param: Parameter, raw: list[str] | dict[str, list[str]]) -> Any:
    if isinstance(raw, dict):
        return {key: coerce_value(schemas, schemas.property(param.schema, key), values) for key, values in raw.items()}
    if "array" in schemas.types(param.schema) and ((len(raw) == 1 and not param.explode) or param.style == "simple"):
        raw = raw[0].split(",") if raw[0] != "" else []
    return coerce_value(schemas, param.schema, raw)


def coerce_value(schemas: Schemas, ref: SchemaRef | None, raw: list[str]) -> Any:
    """Strings from a URL, header or form field, typed by ``ref``."""
    types = schemas.types(ref) if ref is not None else frozenset()
    if "array" in types and ref is not None:
        items = schemas.items(ref)
        item_types = schemas.types(items) if items is not None else set()
        return [_scalar(value, item_types) for value in raw]
    if len(raw) != 1:
        return list(raw)
    return _scalar(raw[0], types)


def _scalar(text: str, types: AbstractSet[str]) -> Any:
    if "integer" in types and _INT.match(text):
        return integer(text)
    if "number" in types and _NUMBER.match(text):
        value = number(text)
        return int(value) if value.is_integer() and "integer" in types else value
    if "boolean" in types and text in ("true", "false"):
        return text == "true"
    if "null" in types and text in ("", "null") and "string" not in types:
        return None
    return text


def _body(schemas: Schemas, operation: Operation, request: MockRequest) -> tuple[Any, str | None]:
    content = operation.body_content
    media = request.media_type
    if not request.body:
        if operation.body_required:
            raise bad_request("a request body is required")
        return None, media
    if len(request.body) > MAX_BODY_BYTES:
        raise HttpError((413, 400), f"request body larger than {MAX_BODY_BYTES} bytes")
    if request.content_codings:
        # No vendor documents compressed requests, so none are read (nor a decompression bomb):
        # RFC 9110 §15.5.16 answers an unsupported content coding 415, naming the accepted ones.
        raise HttpError(
            (415, 400),
            f"request bodies are read as sent: Content-Encoding {', '.join(request.content_codings)} is not supported",
            headers={"Accept-Encoding": "identity"},
        )
    if media is None and any("json" in m for m in content):
        media = next(m for m in content if "json" in m)
    declared = _declared_media(content, media)
    if declared is None:
        raise HttpError(
            (415, 400), f"unsupported content type {media or '(none)'}; expected one of {', '.join(content)}"
        )
    textual = "json" in declared or declared == "application/x-www-form-urlencoded" or declared.startswith("text/")
    if textual and request.charset is not None and request.charset not in _UTF8_CHARSETS:
        raise HttpError((415, 400), f"unsupported charset {request.charset}; request text must be UTF-8")
    if textual and request.body.startswith(codecs.BOM_UTF8):
        raise bad_request(
            "request body starts with a byte order mark (U+FEFF); request text is sent without one (RFC 8259 §8.1)"
        )
    try:
        if "json" in declared:
            value = parse_json(request.body)
        elif declared == "application/x-www-form-urlencoded":
            value = _form(schemas, content[declared], request.body)
        elif declared.startswith("text/"):
            value = decode_utf8(request.body)
        else:
            value = request.body
    except TextError as exc:
        raise bad_request(exc.message, exc.field) from exc
    if not isinstance(value, bytes):
        problems = schemas.errors(content[declared], value, prefix="body")
        if problems:
            raise bad_request(str(problems[0]), problems[0].where.removeprefix("body.") or None)
    return value, declared


def _declared_media(content: Mapping[str, SchemaRef], media: str | None) -> str | None:
    if media is None:
        return None
    if media in content:
        return media
    for declared in content:
        if (declared.endswith("/*") and media.startswith(declared[:-1])) or declared == "*/*":
            return declared
    return None


def _form(schemas: Schemas, ref: SchemaRef, body: bytes) -> dict[str, Any]:
    pairs = query_pairs(body, "request body")
    grouped: dict[str, list[str]] = {}
    nested: dict[str, dict[str, list[str]]] = {}
    for key, value in pairs:
        match = _DEEP.match(key)
        if match and match.group(2):
            nested.setdefault(match.group(1), {}).setdefault(match.group(2), []).append(value)
        else:
            grouped.setdefault(key.removesuffix("[]"), []).append(value)
    result: dict[str, Any] = {}
    try:
        for key, values in grouped.items():
            result[key] = coerce_value(schemas, schemas.property(ref, key), values)
        for key, fields in nested.items():
            sub = schemas.property(ref, key)
            result[key] = {
                name: coerce_value(schemas, schemas.property(sub, name) if sub else None, values)
                for name, values in fields.items()
            }
    except TextError as exc:
        raise TextError(f"form field {key!r}: {exc.message}", key) from exc
    return result
