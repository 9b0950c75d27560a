"""JSON Schema 2020-12 validation over a whole OpenAPI 3.1 document.

Why ``jsonschema-rs`` (rather than ``jsonschema`` + ``referencing`` or openapi-core): it is the
validator Schemathesis itself uses for its checks, so the mock and the contract suite agree on
every keyword *and format* (``uri``, ``email``, ``date-time`` ...) -- a value the mock accepts is
one Schemathesis considers valid, and vice versa. It is also fast enough to validate every request
and response while fuzzing. OpenAPI 3.1 schemas *are* JSON Schema 2020-12: the whole document is
registered once, and each schema is validated through ``{"$ref": "<doc>#<pointer>"}`` so every
``#/components/...`` reference inside it resolves against the document.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, TypeVar
from urllib.parse import quote

import jsonschema_rs

from ._spec import SchemaRef, Spec, escape

__all__ = ["Schemas", "ValidationProblem"]

_T = TypeVar("_T")


class ValidationProblem:
    """One validation error, located for people: where in the data and what is wrong."""

    def __init__(self, error: Any, prefix: str) -> None:
        path = "".join(f"[{part!r}]" if isinstance(part, int) else f".{part}" for part in error.instance_path)
        self.where = f"{prefix}{path}"
        message = str(error.message)
        self.message = message if len(message) < 300 else message[:297] + "..."
        self.schema_path = "/".join(str(part) for part in error.schema_path)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class Schemas:
    """Cached validators and small schema helpers for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.uri = f"urn:ordermock:{spec.name}"
        self.registry = jsonschema_rs.Registry([(self.uri, _with_integer_bounds(copy.deepcopy(spec.document)))])
        self._validators: dict[str, Any] = {}
        self._resolved: dict[str, tuple[Any, SchemaRef]] = {}
        self._branches: dict[str, tuple[Any, tuple[SchemaRef, ...]]] = {}
        self._types: dict[str, tuple[Any, frozenset[str]]] = {}
        self._properties: dict[str, tuple[Any, Mapping[str, SchemaRef]]] = {}
        self._items: dict[str, tuple[Any, SchemaRef | None]] = {}

    def validator(self, ref: SchemaRef) -> Any:
        key = ref.pointer
        if key not in self._validators:
            fragment = quote(ref.pointer, safe="/~-._")  # braces etc. must be %-encoded in a URI
            schema: Any = {"$ref": f"{self.uri}#{fragment}"} if ref.pointer else ref.schema
            self._validators[key] = jsonschema_rs.Draft202012Validator(
                schema, registry=self.registry, validate_formats=True
            )
        return self._validators[key]

    def errors(self, ref: SchemaRef, value: Any, prefix: str = "") -> list[ValidationProblem]:
        if not ref.pointer and not ref.schema:
            return []
        problems = []
        for error in self.validator(ref).iter_errors(value):
            problems.append(ValidationProblem(error, prefix))
            if len(problems) == 5:
                break
        return problems

    def is_valid(self, ref: SchemaRef, value: Any) -> bool:
        if not ref.pointer and not ref.schema:
            return True
        try:
            return bool(self.validator(ref).is_valid(value))
        except (ValueError, OverflowError):  # e.g. integers beyond 64 bits
            return False

    # -- navigating schemas -------------------------------------------------------------------------
    #
    # Seeding calls these for every field of every generated item, so each answer is computed once
    # per schema: the spec does not change after loading. Answers are keyed by pointer and kept only
    # while the pointer still names the same schema object (``SchemaRef("", part)`` and the pointers
    # derived from it are not unique), so a cached answer is always the one a fresh walk would give.

    def _cached(self, table: dict[str, tuple[Any, _T]], ref: SchemaRef, compute: Callable[[SchemaRef], _T]) -> _T:
        entry = table.get(ref.pointer)
        if entry is not None and entry[0] is ref.schema:
            return entry[1]
        value = compute(ref)
        if ref.pointer:
            table[ref.pointer] = (ref.schema, value)
        return value

    def resolve(self, ref: SchemaRef) -> SchemaRef:
        """Follow ``$ref`` at the top of a schema (only local refs exist in our specs)."""
        return self._cached(self._resolved, ref, self._resolve)

    def _resolve(self, ref: SchemaRef) -> SchemaRef:
        pointer, node = self.spec.deref(ref.schema, ref.pointer)
        return SchemaRef(pointer, node)

    def branches(self, ref: SchemaRef) -> tuple[SchemaRef, ...]:
        """The schema itself and, recursively, its ``allOf`` / ``anyOf`` / ``oneOf`` parts."""
        return self._cached(self._branches, ref, self._branches_of)

    def _branches_of(self, ref: SchemaRef) -> tuple[SchemaRef, ...]:
        ref = self.resolve(ref)
        if not isinstance(ref.schema, dict):
            return (ref,)
        found = [ref]
        for keyword in ("allOf", "anyOf", "oneOf"):
            for index, part in enumerate(ref.schema.get(keyword, [])):
                found.extend(self.branches(SchemaRef(f"{ref.pointer}/{keyword}/{index}", part)))
        return tuple(found)

    def types(self, ref: SchemaRef) -> frozenset[str]:
        """JSON types a schema may take (empty = unconstrained)."""
        return self._cached(self._types, ref, self._types_of)

    def _types_of(self, ref: SchemaRef) -> frozenset[str]:
        found: set[str] = set()
        for branch in self.branches(ref):
            schema = branch.schema
            if not isinstance(schema, dict):
                continue
            declared = schema.get("type")
            if isinstance(declared, str):
                found.add(declared)
            elif isinstance(declared, list):
                found.update(str(t) for t in declared)
            elif "properties" in schema:
                found.add("object")
            elif "items" in schema:
                found.add("array")
            if "const" in schema or "enum" in schema:
                for value in schema.get("enum", [schema.get("const")]):
                    found.add(_json_type(value))
        return frozenset(found)

    def property(self, ref: SchemaRef, name: str) -> SchemaRef | None:
        """Schema of property ``name`` of an object schema (searching composed parts)."""
        return self.properties(ref).get(name)

    def properties(self, ref: SchemaRef) -> Mapping[str, SchemaRef]:
        """Every property of an object schema and its composed parts (the first declaration wins)."""
        return self._cached(self._properties, ref, self._properties_of)

    def _properties_of(self, ref: SchemaRef) -> Mapping[str, SchemaRef]:
        found: dict[str, SchemaRef] = {}
        for branch in self.branches(ref):
            props = branch.schema.get("properties", {}) if isinstance(branch.schema, dict) else {}
            for name, sub in props.items():
                found.setdefault(name, SchemaRef(f"{branch.pointer}/properties/{escape(name)}", sub))
        return MappingProxyType(found)

    def items(self, ref: SchemaRef) -> SchemaRef | None:
        """Schema of the elements of an array schema (searching composed parts)."""
        return self._cached(self._items, ref, self._items_of)

    def _items_of(self, ref: SchemaRef) -> SchemaRef | None:
        for branch in self.branches(ref):
            if isinstance(branch.schema, dict) and isinstance(branch.schema.get("items"), dict):
                return SchemaRef(f"{branch.pointer}/items", branch.schema["items"])
        return None


_INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _with_integer_bounds(node: Any) -> Any:
    """OpenAPI's ``int32``/``int64`` formats as ``minimum``/``maximum`` (JSON Schema ignores them).

    Schemathesis reads these formats the same way, so a 2**40 ``int32`` is invalid for both.
    """
    if isinstance(node, dict):
        fmt = node.get("format")
        bounds = _INTEGER_FORMATS.get(fmt) if isinstance(fmt, str) else None
        declared = node.get("type")
        if bounds and (declared == "integer" or (isinstance(declared, list) and "integer" in declared)):
            low, high = bounds
            node["minimum"] = max(node["minimum"], low) if isinstance(node.get("minimum"), int | float) else low
            node["maximum"] = min(node["maximum"], high) if isinstance(node.get("maximum"), int | float) else high
        for value in node.values():
            _with_integer_bounds(value)
    elif isinstance(node, list):
        for value in node:
            _with_integer_bounds(value)
    return node


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
