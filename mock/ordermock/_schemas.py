"""JSON Schema 2020-12 validation over a whole OpenAPI 3.1 document.

Why jsonschema + referencing rather than openapi-core: the mock needs the validators themselves
(to check, coerce, shape and generate data field by field), not a request/response framework, and
OpenAPI 3.1 schemas *are* JSON Schema 2020-12. The whole document is registered once as a
resource, and each schema is validated through ``{"$ref": "<doc>#<pointer>"}`` so every
``#/components/...`` reference inside it resolves against the document.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import referencing
from jsonschema.protocols import Validator
from referencing.jsonschema import DRAFT202012

from ._spec import SchemaRef, Spec

__all__ = ["Schemas", "ValidationProblem"]

_FORMATS = jsonschema.FormatChecker(["date", "date-time", "email", "uuid", "time"])


class ValidationProblem:
    """One validation error, located for people: where in the data and where in the schema."""

    def __init__(self, error: jsonschema.ValidationError, prefix: str) -> None:
        path = "".join(f"[{part!r}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
        self.where = f"{prefix}{path}"
        self.message = error.message if len(error.message) < 300 else error.message[:297] + "..."
        self.schema_path = "/".join(str(part) for part in error.absolute_schema_path)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class Schemas:
    """Cached validators and small schema helpers for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.uri = f"urn:ordermock:{spec.name}"
        resource = referencing.Resource.from_contents(spec.document, default_specification=DRAFT202012)
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(self.uri, resource)
        self._validators: dict[str, Validator] = {}

    def validator(self, ref: SchemaRef) -> Validator:
        key = ref.pointer
        if key not in self._validators:
            schema: Any = {"$ref": f"{self.uri}#{ref.pointer}"} if ref.pointer else ref.schema
            self._validators[key] = jsonschema.Draft202012Validator(
                schema, registry=self.registry, format_checker=_FORMATS
            )
        return self._validators[key]

    def errors(self, ref: SchemaRef, value: Any, prefix: str = "") -> list[ValidationProblem]:
        if not ref.pointer and not ref.schema:
            return []
        found = sorted(self.validator(ref).iter_errors(value), key=lambda e: list(e.absolute_path))
        return [ValidationProblem(error, prefix) for error in found[:5]]

    def is_valid(self, ref: SchemaRef, value: Any) -> bool:
        if not ref.pointer and not ref.schema:
            return True
        return bool(self.validator(ref).is_valid(value))

    # -- navigating schemas -------------------------------------------------------------------------

    def resolve(self, ref: SchemaRef) -> SchemaRef:
        """Follow ``$ref`` at the top of a schema (only local refs exist in our specs)."""
        pointer, node = self.spec.deref(ref.schema, ref.pointer)
        return SchemaRef(pointer, node)

    def branches(self, ref: SchemaRef) -> Iterator[SchemaRef]:
        """The schema itself and, recursively, its ``allOf`` / ``anyOf`` / ``oneOf`` parts."""
        ref = self.resolve(ref)
        yield ref
        if not isinstance(ref.schema, dict):
            return
        for keyword in ("allOf", "anyOf", "oneOf"):
            for index, part in enumerate(ref.schema.get(keyword, [])):
                yield from self.branches(SchemaRef(f"{ref.pointer}/{keyword}/{index}", part))

    def types(self, ref: SchemaRef) -> set[str]:
        """JSON types a schema may take (empty = unconstrained)."""
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
        return found

    def property(self, ref: SchemaRef, name: str) -> SchemaRef | None:
        """Schema of property ``name`` of an object schema (searching composed parts)."""
        for branch in self.branches(ref):
            props = branch.schema.get("properties", {}) if isinstance(branch.schema, dict) else {}
            if name in props:
                return SchemaRef(f"{branch.pointer}/properties/{_escape(name)}", props[name])
        return None

    def properties(self, ref: SchemaRef) -> dict[str, SchemaRef]:
        found: dict[str, SchemaRef] = {}
        for branch in self.branches(ref):
            props = branch.schema.get("properties", {}) if isinstance(branch.schema, dict) else {}
            for name, sub in props.items():
                found.setdefault(name, SchemaRef(f"{branch.pointer}/properties/{_escape(name)}", sub))
        return found

    def items(self, ref: SchemaRef) -> SchemaRef | None:
        for branch in self.branches(ref):
            if isinstance(branch.schema, dict) and isinstance(branch.schema.get("items"), dict):
                return SchemaRef(f"{branch.pointer}/items", branch.schema["items"])
        return None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


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
