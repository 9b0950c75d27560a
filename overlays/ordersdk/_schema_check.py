"""A response body against its schema: which deviations it has, which are fatal, and the lenient fixes.

The schema of each (operation, documented status) is read from the spec the client ships
(:func:`ordersdk.spec.document`) and compiled once into a ``jsonschema-rs`` validator over the whole
document (OpenAPI 3.1 schemas are JSON Schema 2020-12, so ``#/components/...`` references resolve).
A valid body costs one ``is_valid`` call; only an invalid one is examined error by error and classified
(kinds in ``_deviations.KINDS``). Two validators per schema: with ``format`` checks (strict mode, and a
lenient read the generated parser refused - to name the value it could not parse) and without (the
lenient path of every response: a format the parser reads is not worth its cost there, ~3 us of the
~10 us a 2 KB body's check takes inside a request).

- fatal, there is no obvious reading: ``type`` (also a list for an object), ``missing``, ``null`` where
  a value is required or in an array;
- tolerable, there is one: ``null`` in an optional property (removed, so it reads as absent), ``enum``
  (the generated open enums keep the value), ``extra``, ``format`` (the generated parser decides),
  ``constraint`` (patterns, lengths, ranges, and anything under ``if`` / ``then`` / ``not``);
- ``anyOf`` / ``oneOf``: tolerable when one alternative is (its findings are used), else ``type``.

In strict mode every finding is fatal and nothing is changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from . import spec

__all__ = ["Finding", "Schemas", "check", "pointer_of"]

Path = tuple[str | int, ...]
# Errors under these keywords are conditions and refinements, not the structure the generated models read.
_CONDITIONAL = frozenset({"if", "then", "else", "not", "dependentSchemas", "dependentRequired", "contains"})
_EXTRA = frozenset({"AdditionalProperties", "UnevaluatedProperties", "AdditionalItems", "UnevaluatedItems"})
_UNKNOWN: Any = object()
_JSON_TYPES: Mapping[type, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    list: "array",
    dict: "object",
    type(None): "null",
}


@dataclass(frozen=True)
class Finding:
    """One deviation in one body: where (a path of keys and indices), what kind, what the spec expects."""

    path: Path
    kind: str
    expected: str
    fatal: bool


def pointer_of(path: Path, *, shape: bool = False) -> str:
    """The JSON pointer of ``path``; ``shape``: array indices as ``*`` (one entry for every item)."""
    return "".join("/*" if shape and isinstance(p, int) else "/" + spec.escape_pointer(p) for p in path)


class Schemas:
    """The response schemas of one API's spec, by (operation id, documented status), compiled on first use."""

    def __init__(self, api: str) -> None:
        self.api = api
        self._validators: dict[tuple[str, str, bool], Any] = {}
        self._registry: Any = None
        self._operations: dict[str, tuple[str, str]] | None = None

    def validator(self, operation_id: str, status: str, *, formats: bool = True) -> Any:
        """The validator of that response's JSON schema (``formats``: checking ``format``), or ``None`` without one."""
        key = (operation_id, status, formats)
        validator = self._validators.get(key, _UNKNOWN)
        if validator is _UNKNOWN:
            validator = self._validators[key] = self._compile(operation_id, status, formats)
        return validator

    def _compile(self, operation_id: str, status: str, formats: bool) -> Any:
        try:
            document = spec.document(self.api)
        except spec.SpecNotFoundError:  # no spec ships for this name: nothing to check against
            return None
        if self._operations is None:
            self._operations = _operations(document)
        located = self._operations.get(operation_id)
        pointer = None if located is None else _schema_pointer(document, *located, status)
        if pointer is None:
            return None
        uri = f"urn:ordersdk:{self.api}"
        if self._registry is None:
            self._registry = jsonschema_rs.Registry([(uri, dict(document))])  # read into Rust; never mutated
        reference = {"$ref": f"{uri}#{quote(pointer, safe='/~-._')}"}
        return jsonschema_rs.Draft202012Validator(reference, registry=self._registry, validate_formats=formats)


def _operations(document: Mapping[str, Any]) -> dict[str, tuple[str, str]]:
    """operationId -> (path, method) for every operation of ``document``."""
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in spec.HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping) and operation.get("operationId"):
                found[str(operation["operationId"])] = (str(path), method)
    return found


def _schema_pointer(document: Mapping[str, Any], path: str, method: str, status: str) -> str | None:
    """``/paths/.../responses/<status>/content/<json>/schema`` (following a ``$ref``'d response)."""
    pointer = f"/paths/{spec.escape_pointer(path)}/{method}/responses/{status}"
    try:
        response = spec.resolve_pointer(document, pointer)
        if isinstance(response, Mapping) and isinstance(response.get("$ref"), str):
            pointer = response["$ref"].removeprefix("#")
            response = spec.resolve_pointer(document, pointer)
    except (KeyError, IndexError, TypeError):
        return None
    content = response.get("content") if isinstance(response, Mapping) else None
    for media_type, body in (content or {}).items():
        kind = str(media_type).split(";", 1)[0].strip().lower()
        if (kind == "application/json" or kind.endswith("+json")) and isinstance(body, Mapping) and "schema" in body:
            return f"{pointer}/content/{spec.escape_pointer(media_type)}/schema"
    return None


def check(validator: Any, data: Any, *, strict: bool) -> list[Finding]:
    """Every deviation of ``data``; lenient mode removes nulls from optional properties (in place) first.

    Returns ``[]`` for a valid body. A null removed from a property the schema requires comes back as
    a fatal ``null``; one from an optional property as a tolerated ``null``.
    """
    try:
        if validator.is_valid(data):
            return []
        found = _findings(validator, data)
    except (ValueError, OverflowError):  # a value the validator cannot represent (an integer beyond 64 bits)
        return [Finding((), "constraint", "values the validator can represent", strict)]
    if strict:
        return [replace(f, fatal=True) for f in found]
    nulls = [f for f in found if f.kind == "null" and f.path and isinstance(f.path[-1], str) and not f.fatal]
    if not nulls:
        return found
    for finding in nulls:
        parent = _node(data, finding.path[:-1])
        if isinstance(parent, dict):
            parent.pop(finding.path[-1], None)
    removed = {f.path: f for f in nulls}
    again = _findings(validator, data)
    required = {f.path for f in again if f.kind == "missing" and f.path in removed}
    rest = [f for f in again if f.path not in required]
    return (
        [replace(removed[p], fatal=True) for p in sorted(required, key=str)]
        + [f for f in nulls if f.path not in required]
        + rest
    )


def _node(data: Any, path: Path) -> Any:
    for part in path:
        data = data[part]
    return data


def _findings(validator: Any, data: Any) -> list[Finding]:
    return [finding for error in validator.iter_errors(data) for finding in _classify(error)]


def _json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), "value")


def _classify(error: Any) -> list[Finding]:
    kind = type(error.kind).__name__
    path: Path = tuple(error.instance_path)
    instance = error.instance
    if _CONDITIONAL.intersection(error.schema_path):
        return [Finding(path, "constraint", f"the condition at {error.schema_path[-1]}", False)]
    if kind == "Required":
        name = str(error.kind.property)
        return [Finding((*path, name), "missing", f"required property `{name}`", True)]
    if kind == "Type":
        types = "/".join(sorted(str(t) for t in error.kind.types))
        if instance is None:
            return [Finding(path, "null", types, not (path and isinstance(path[-1], str)))]
        return [Finding(path, "type", types, True)]
    if kind in ("Enum", "Constant"):
        options = list(error.kind.options) if kind == "Enum" else [error.kind.expected_value]
        shown = ", ".join(str(o) for o in options[:8]) + (", ..." if len(options) > 8 else "")
        same_type = _json_type(instance) in {_json_type(o) for o in options} or (
            isinstance(instance, int) and any(isinstance(o, float) for o in options)
        )
        if instance is None:
            return [Finding(path, "null", f"one of {shown}", not (path and isinstance(path[-1], str)))]
        return [Finding(path, "enum" if same_type else "type", f"one of {shown}", not same_type)]
    if kind in ("AnyOf", "OneOfNotValid"):
        return _alternatives(path, instance, error.kind.context)
    if kind in _EXTRA:
        unexpected = [str(u) for u in getattr(error.kind, "unexpected", None) or []]
        if unexpected and isinstance(instance, dict):
            return [Finding((*path, name), "extra", "no such property", False) for name in unexpected]
        return [Finding(path, "extra", "nothing more", False)]
    if kind == "Format":
        return [Finding(path, "format", f"format {error.kind.format}", False)]
    return [Finding(path, "constraint", str(error.schema_path[-1]) if error.schema_path else kind, False)]


def _alternatives(path: Path, instance: Any, branches: Any) -> list[Finding]:
    """An ``anyOf`` / ``oneOf`` no alternative matches.

    Tolerable if one alternative is (fewest findings win). Otherwise, when an alternative matched at this
    level and failed deeper inside (an object of the right schema with a bad field), its findings - they
    name the field; else a ``type`` finding here, listing what the alternatives expect.
    """
    tolerable: list[list[Finding]] = []
    inside: list[list[Finding]] = []
    wanted: list[str] = []
    for branch in branches:
        found = [finding for error in branch for finding in _classify(error)]
        if not any(f.fatal for f in found):
            tolerable.append(found)
        elif all(len(f.path) > len(path) for f in found if f.fatal):
            inside.append(found)
        wanted.extend(f.expected for f in found if f.fatal and f.path == path)
    if tolerable or inside:
        return min(tolerable or inside, key=len)
    expected = " or ".join(dict.fromkeys(wanted)) or "one of the alternatives"
    if instance is None:
        return [Finding(path, "null", expected, not (path and isinstance(path[-1], str)))]
    return [Finding(path, "type", expected, True)]
