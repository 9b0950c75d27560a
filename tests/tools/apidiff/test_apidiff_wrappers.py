"""readOnly / writeOnly fields are judged only where they travel; a `$ref` wrapped in a one-element `allOf`
(to give it a description) is the same schema to the generated client."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from .conftest import base_spec

Spec = dict[str, Any]
STATE = {"$ref": "#/components/schemas/State"}


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _changes(apidiff: ModuleType, new: Spec) -> list[Any]:
    return list(apidiff.diff_specs(base_spec(), new))


def test_required_read_only_field_is_a_response_addition_only(apidiff: ModuleType) -> None:
    """A server-assigned field (readOnly, required) on a schema used both ways is never 'added to requests'."""
    new = base_spec()
    line = _schemas(new)["Line"]
    line["properties"]["id"] = {"type": "string", "readOnly": True}
    line["required"] = ["id"]
    changes = _changes(apidiff, new)
    assert [c.message for c in changes if "in requests" in c.message] == []
    added = [c for c in changes if c.kind == "property-added-required"]
    assert added and all("in responses" in c.message and not c.breaking for c in added)
    assert apidiff.required_bump(changes) == "minor"


def test_read_only_field_removed_is_judged_on_the_response_side(apidiff: ModuleType) -> None:
    """Removing a readOnly field still breaks where it is received, and says nothing about requests."""
    old, new = base_spec(), base_spec()
    _schemas(old)["Line"]["properties"]["id"] = {"type": "string", "readOnly": True}
    changes = apidiff.diff_specs(old, new)
    assert [c.message for c in changes if "in requests" in c.message] == []
    assert any(c.kind == "property-removed" and c.breaking and "in responses" in c.message for c in changes)


def test_write_only_field_is_a_request_addition_only(apidiff: ModuleType) -> None:
    """The mirror image: a writeOnly field (a password) is never 'added to responses'."""
    new = base_spec()
    _schemas(new)["Line"]["properties"]["secret"] = {"type": "string", "writeOnly": True}
    changes = _changes(apidiff, new)
    assert [c.message for c in changes if "in responses" in c.message] == []
    assert any(c.kind == "property-added-optional" and "in requests" in c.message for c in changes)


def test_field_made_read_only_is_still_reported_on_the_request_side(apidiff: ModuleType) -> None:
    """A field that *becomes* readOnly changes what may be sent: that stays visible."""
    new = base_spec()
    _schemas(new)["Line"]["properties"]["qty"]["readOnly"] = True
    changes = _changes(apidiff, new)
    assert any(c.kind == "constraint-changed" and "in requests" in c.message for c in changes)


def test_ref_wrapped_in_one_element_all_of_is_documentation_only(apidiff: ModuleType) -> None:
    """`{allOf: [$ref], description}` is how 3.0-era specs describe a reference: a patch, not a replaced schema."""
    new = base_spec()
    for name in ("Order", "OrderCreate"):
        _schemas(new)[name]["properties"]["state"] = {"allOf": [STATE], "description": "Where the order is."}
    changes = _changes(apidiff, new)
    assert {c.kind for c in changes} == {"docs-changed"}, [c.message for c in changes]
    assert apidiff.required_bump(changes) == "patch"


def test_unwrapping_and_nullable_wrapping_are_judged_on_the_referenced_schema(apidiff: ModuleType) -> None:
    """Unwrapping is documentation too; a nullable wrapper is a widening, not a replaced schema."""
    old = base_spec()
    _schemas(old)["Order"]["properties"]["state"] = {"allOf": [STATE], "description": "Where the order is."}
    assert {c.kind for c in apidiff.diff_specs(old, base_spec())} == {"docs-changed"}
    new = base_spec()
    _schemas(new)["Order"]["properties"]["state"] = {"anyOf": [{"allOf": [STATE]}, {"type": "null"}]}
    kinds = {(c.kind, c.breaking) for c in apidiff.diff_specs(base_spec(), new)}
    assert kinds == {("type-widened", True)}


def test_wrapping_another_schema_or_two_schemas_is_still_a_replacement(apidiff: ModuleType) -> None:
    """Only the same single reference is transparent: another target, or a real composition, is not."""
    new = base_spec()
    _schemas(new)["Order"]["properties"]["state"] = {"allOf": [{"$ref": "#/components/schemas/Error"}]}
    assert any(c.kind == "schema-ref-changed" and c.breaking for c in _changes(apidiff, new))
    new = base_spec()
    _schemas(new)["Order"]["properties"]["state"] = {"allOf": [STATE, {"description": "x"}]}
    assert any(c.breaking for c in _changes(apidiff, new))
