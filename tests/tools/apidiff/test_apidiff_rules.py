"""The table of spec edits: each row is classified exactly as expected, and every rule has a row."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from .conftest import base_spec

Spec = dict[str, Any]
Edit = Callable[[Spec], None]

ORDER = ("components", "schemas", "Order")
CREATE = ("components", "schemas", "OrderCreate")
GET_ORDER = ("paths", "/orders/{id}", "get")
LIST = ("paths", "/orders", "get")
CREATE_OP = ("paths", "/orders", "post")


def _at(spec: Spec, keys: tuple[Any, ...]) -> Any:
    for key in keys:
        spec = spec[key]
    return spec


def put(*path: Any) -> Edit:
    """Set the value at ``path[:-1]`` to ``path[-1]``."""
    *keys, value = path
    return lambda s: _at(s, tuple(keys[:-1])).__setitem__(keys[-1], value)


def drop(*keys: Any) -> Edit:
    return lambda s: _at(s, keys[:-1]).__delitem__(keys[-1])


def add(*path: Any) -> Edit:
    """Append ``path[-1]`` to the list at ``path[:-1]``."""
    *keys, value = path
    return lambda s: _at(s, tuple(keys)).append(value)


def remove(*path: Any) -> Edit:
    *keys, value = path
    return lambda s: _at(s, tuple(keys)).remove(value)


def both(*edits: Edit) -> Edit:
    def run(spec: Spec) -> None:
        for edit in edits:
            edit(spec)

    return run


def prop(schema: tuple[str, ...], name: str, *rest: Any) -> tuple[Any, ...]:
    return (*schema, "properties", name, *rest)


BASIC = put("components", "securitySchemes", "basic", {"type": "http", "scheme": "basic"})
BEARER = put("components", "securitySchemes", "bearer", {"type": "http", "scheme": "bearer"})
XML = put(*CREATE_OP, "requestBody", "content", "application/xml", {"schema": {"type": "string"}})
OPTIONAL_BODY = put(*GET_ORDER, "requestBody", {"content": {"application/json": {"schema": {"type": "object"}}}})
NULLABLE_NOTE = put(*prop(CREATE, "note", "type"), ["string", "null"])
B, N = True, False

# (before, after, expected {(kind, breaking)}, expected bump); `before` edits the base first.
ROWS: list[Any] = [
    # operations
    pytest.param(
        None,
        put(
            "paths",
            "/orders/{id}/cancel",
            {
                "post": {
                    "operationId": "cancel_order",
                    "tags": ["orders"],
                    "responses": {"204": {"description": "done"}},
                }
            },
        ),
        {("operation-added", N)},
        "minor",
        id="add-operation",
    ),
    pytest.param(None, drop("paths", "/orders/{id}"), {("operation-removed", B)}, "major", id="remove-operation"),
    pytest.param(
        None, put(*GET_ORDER, "operationId", "fetch_order"), {("operation-renamed", B)}, "major", id="rename-operation"
    ),
    pytest.param(
        None,
        lambda s: s["paths"].__setitem__("/order/{id}", s["paths"].pop("/orders/{id}")),
        {("operation-moved", N)},
        "minor",
        id="move-operation",
    ),
    pytest.param(None, put(*GET_ORDER, "tags", ["admin"]), {("operation-tag-changed", B)}, "major", id="retag"),
    pytest.param(None, put(*GET_ORDER, "deprecated", True), {("operation-deprecated", N)}, "minor", id="deprecate"),
    # parameters
    pytest.param(
        None,
        add(*LIST, "parameters", {"name": "state", "in": "query", "schema": {"type": "string"}}),
        {("parameter-added-optional", N)},
        "minor",
        id="add-optional-parameter",
    ),
    pytest.param(
        None,
        add(*LIST, "parameters", {"name": "store", "in": "query", "required": True, "schema": {"type": "string"}}),
        {("parameter-added-required", B)},
        "major",
        id="add-required-parameter",
    ),
    pytest.param(None, put(*LIST, "parameters", []), {("parameter-removed", B)}, "major", id="remove-parameter"),
    pytest.param(
        None,
        put(*LIST, "parameters", 0, "required", True),
        {("parameter-made-required", B)},
        "major",
        id="parameter-made-required",
    ),
    pytest.param(
        None,
        put(*GET_ORDER, "parameters", 0, "required", False),
        {("parameter-made-optional", N)},
        "minor",
        id="parameter-made-optional",
    ),
    pytest.param(
        None,
        put(*LIST, "parameters", 0, "schema", "type", "string"),
        {("type-changed", B)},
        "major",
        id="parameter-type-changed",
    ),
    # request bodies and media types
    pytest.param(None, OPTIONAL_BODY, {("request-body-added", N)}, "minor", id="add-optional-body"),
    pytest.param(
        None,
        both(OPTIONAL_BODY, put(*GET_ORDER, "requestBody", "required", True)),
        {("request-body-added-required", B)},
        "major",
        id="add-required-body",
    ),
    pytest.param(None, drop(*CREATE_OP, "requestBody"), {("request-body-removed", B)}, "major", id="remove-body"),
    pytest.param(
        put(*CREATE_OP, "requestBody", "required", False),
        put(*CREATE_OP, "requestBody", "required", True),
        {("request-body-made-required", B)},
        "major",
        id="body-made-required",
    ),
    pytest.param(
        None,
        put(*CREATE_OP, "requestBody", "required", False),
        {("request-body-made-optional", N)},
        "minor",
        id="body-made-optional",
    ),
    pytest.param(None, XML, {("media-type-added", N)}, "minor", id="add-media-type"),
    pytest.param(
        XML,
        drop(*CREATE_OP, "requestBody", "content", "application/xml"),
        {("media-type-removed", B)},
        "major",
        id="remove-media-type",
    ),
    # responses
    pytest.param(
        None,
        put(*CREATE_OP, "responses", "409", {"description": "conflict"}),
        {("response-added", N)},
        "minor",
        id="add-response",
    ),
    pytest.param(None, drop(*GET_ORDER, "responses", "404"), {("response-removed", B)}, "major", id="remove-response"),
    # fields: request side (OrderCreate) vs response side (Order)
    pytest.param(
        None,
        put(*prop(ORDER, "tracking"), {"type": "string"}),
        {("property-added-optional", N)},
        "minor",
        id="add-response-field",
    ),
    pytest.param(
        None,
        both(put(*prop(ORDER, "currency"), {"type": "string"}), add(*ORDER, "required", "currency")),
        {("property-added-required", N)},
        "minor",
        id="add-required-response-field",
    ),
    pytest.param(
        None,
        put(*prop(CREATE, "tag"), {"type": "string"}),
        {("property-added-optional", N)},
        "minor",
        id="add-optional-request-field",
    ),
    pytest.param(
        None,
        both(put(*prop(CREATE, "customer"), {"type": "string"}), add(*CREATE, "required", "customer")),
        {("property-added-required", B)},
        "major",
        id="add-required-request-field",
    ),
    pytest.param(None, drop(*prop(ORDER, "total")), {("property-removed", B)}, "major", id="remove-response-field"),
    pytest.param(None, drop(*prop(CREATE, "note")), {("property-removed", B)}, "major", id="remove-request-field"),
    pytest.param(
        None,
        remove(*ORDER, "required", "id"),
        {("property-made-optional", B)},
        "major",
        id="response-field-made-optional",
    ),
    pytest.param(
        None,
        add(*ORDER, "required", "note"),
        {("property-made-required", N)},
        "minor",
        id="response-field-made-required",
    ),
    pytest.param(
        None,
        add(*CREATE, "required", "note"),
        {("property-made-required", B)},
        "major",
        id="request-field-made-required",
    ),
    pytest.param(
        None,
        remove(*CREATE, "required", "state"),
        {("property-made-optional", N)},
        "minor",
        id="request-field-made-optional",
    ),
    # enums: widening breaks only where received, narrowing breaks everywhere (the Enum member disappears)
    pytest.param(
        None, add(*prop(CREATE, "priority", "enum"), "urgent"), {("enum-widened", N)}, "minor", id="widen-request-enum"
    ),
    pytest.param(
        None,
        remove(*prop(CREATE, "priority", "enum"), "high"),
        {("enum-narrowed", B)},
        "major",
        id="narrow-request-enum",
    ),
    pytest.param(
        None, add(*prop(ORDER, "channel", "enum"), "app"), {("enum-widened", B)}, "major", id="widen-response-enum"
    ),
    pytest.param(
        None,
        remove(*prop(ORDER, "channel", "enum"), "shop"),
        {("enum-narrowed", B)},
        "major",
        id="narrow-response-enum",
    ),
    pytest.param(
        None,
        add("components", "schemas", "State", "enum", "void"),
        {("enum-widened", N), ("enum-widened", B)},
        "major",
        id="widen-enum-used-on-both-sides",
    ),
    pytest.param(
        None,
        put("components", "schemas", "State", "x-enum-varnames", ["NEW", "SETTLED"]),
        {("enum-member-renamed", B)},
        "major",
        id="rename-enum-member",
    ),
    pytest.param(
        None, put(*prop(CREATE, "note", "enum"), ["a", "b"]), {("enum-introduced", B)}, "major", id="introduce-enum"
    ),
    pytest.param(None, drop(*prop(CREATE, "priority", "enum")), {("enum-dropped", N)}, "minor", id="drop-request-enum"),
    pytest.param(None, drop(*prop(ORDER, "channel", "enum")), {("enum-dropped", B)}, "major", id="drop-response-enum"),
    # types and formats
    pytest.param(None, put(*prop(ORDER, "total", "type"), "string"), {("type-changed", B)}, "major", id="change-type"),
    pytest.param(
        None,
        put(*prop(ORDER, "total", "type"), ["number", "null"]),
        {("type-widened", B)},
        "major",
        id="response-field-made-nullable",
    ),
    pytest.param(None, NULLABLE_NOTE, {("type-widened", N)}, "minor", id="request-field-made-nullable"),
    pytest.param(
        None,
        put(*prop(ORDER, "note", "type"), "string"),
        {("type-narrowed", N)},
        "minor",
        id="response-field-made-non-nullable",
    ),
    pytest.param(
        NULLABLE_NOTE,
        put(*prop(CREATE, "note", "type"), "string"),
        {("type-narrowed", B)},
        "major",
        id="request-field-made-non-nullable",
    ),
    pytest.param(
        None,
        put(*prop(ORDER, "note"), {"anyOf": [{"type": "string"}, {"type": "null"}]}),
        set(),
        None,
        id="same-nullability-other-spelling",
    ),
    pytest.param(
        None, put(*prop(ORDER, "created", "format"), "date"), {("format-changed", B)}, "major", id="change-typed-format"
    ),
    pytest.param(
        None,
        put(*prop(CREATE, "note", "format"), "email"),
        {("format-hint-changed", N)},
        "minor",
        id="add-untyped-format",
    ),
    pytest.param(
        None, put(*prop(CREATE, "note", "maxLength"), 40), {("constraint-changed", N)}, "minor", id="add-constraint"
    ),
    pytest.param(
        None,
        add(*prop(ORDER, "ref", "oneOf"), {"type": "boolean"}),
        {("variant-added", B)},
        "major",
        id="response-union-gains-variant",
    ),
    pytest.param(
        None,
        remove(*prop(CREATE, "ref", "oneOf"), {"type": "integer"}),
        {("variant-removed", B)},
        "major",
        id="request-union-loses-variant",
    ),
    pytest.param(
        None,
        put(*prop(ORDER, "lines", "items"), {"$ref": "#/components/schemas/Error"}),
        {("schema-ref-changed", B)},
        "major",
        id="replace-referenced-schema",
    ),
    # component models
    pytest.param(
        None, put("components", "schemas", "Extra", {"type": "object"}), {("model-added", N)}, "minor", id="add-model"
    ),
    pytest.param(None, drop("components", "schemas", "Legacy"), {("model-removed", B)}, "major", id="remove-model"),
    pytest.param(
        None,
        drop("components", "schemas", "Legacy", "properties", "a"),
        {("property-removed", B)},
        "major",
        id="unreferenced-model-loses-field",
    ),
    # auth
    pytest.param(None, BASIC, {("security-scheme-added", N)}, "minor", id="add-security-scheme"),
    pytest.param(
        BASIC,
        drop("components", "securitySchemes", "basic"),
        {("security-scheme-removed", B)},
        "major",
        id="remove-security-scheme",
    ),
    pytest.param(
        None,
        put("components", "securitySchemes", "apiKey", "name", "X-API-KEY"),
        {("security-scheme-changed", B)},
        "major",
        id="change-security-scheme",
    ),
    pytest.param(
        BASIC, add("security", {"basic": []}), {("security-requirement-added", N)}, "minor", id="add-auth-alternative"
    ),
    pytest.param(
        BEARER,
        put("security", [{"bearer": []}]),
        {("security-requirement-removed", B), ("security-requirement-added", N)},
        "major",
        id="switch-auth-scheme",
    ),
    pytest.param(
        None, put(*GET_ORDER, "security", []), {("security-requirement-added", N)}, "minor", id="operation-made-public"
    ),
    pytest.param(
        put(*GET_ORDER, "security", []),
        drop(*GET_ORDER, "security"),
        {("security-requirement-removed", B), ("security-requirement-added", N)},
        "major",
        id="operation-now-needs-auth",
    ),
    # documentation, servers and the rest
    pytest.param(
        None, put(*LIST, "description", "Lists every order."), {("docs-changed", N)}, "patch", id="edit-description"
    ),
    pytest.param(None, put(*LIST, "x-doc", "section", "Orders"), {("docs-changed", N)}, "patch", id="edit-provenance"),
    pytest.param(None, put("info", "title", "Shop API"), {("docs-changed", N)}, "patch", id="edit-title"),
    pytest.param(
        None,
        put(*prop(ORDER, "description"), {"type": "string"}),
        {("property-added-optional", N)},
        "minor",
        id="field-named-description-is-not-docs",
    ),
    pytest.param(None, put(*LIST, "x-mock-delay", 3), set(), None, id="mock-only-extension-ignored"),
    pytest.param(None, put("info", "version", "9.9.9"), set(), None, id="version-only"),
    pytest.param(
        None,
        put("servers", [{"url": "https://shop.example.test/v2"}]),
        {("servers-changed", N)},
        "patch",
        id="change-servers",
    ),
    pytest.param(None, add("tags", {"name": "admin"}), {("unclassified", N)}, "minor", id="unclassified-change"),
]


@pytest.mark.parametrize(("before", "after", "expected", "bump"), ROWS)
def test_edit_is_classified(
    apidiff: ModuleType, before: Edit | None, after: Edit, expected: set[tuple[str, bool]], bump: str | None
) -> None:
    """Each row's edit yields exactly the expected (kind, breaking) pairs and bump."""
    old = base_spec()
    if before:
        before(old)
    new = base_spec()
    if before:
        before(new)
    after(new)
    changes = apidiff.diff_specs(old, new)
    assert {(c.kind, c.breaking) for c in changes} == expected, [c.message for c in changes]
    assert apidiff.required_bump(changes) == bump


def test_every_rule_has_a_row(apidiff: ModuleType) -> None:
    """No rule in the table goes untested."""
    covered = {kind for row in ROWS for kind, _ in row.values[2]}
    assert set(apidiff.RULES) - covered == set()


def test_shared_component_is_reported_once_per_side_at_its_pointer(apidiff: ModuleType, spec: Spec) -> None:
    """A field change in a model used by several operations is one change per side, located in components."""
    new = base_spec()
    new["components"]["schemas"]["Line"]["properties"]["qty"]["type"] = "string"
    changes = apidiff.diff_specs(spec, new)
    assert [(c.location, c.message) for c in changes] == [
        (
            "#/components/schemas/Line/properties/qty",
            "schema `Line` (in responses): `qty` type changed (integer → string)",
        ),
        (
            "#/components/schemas/Line/properties/qty",
            "schema `Line` (in requests): `qty` type changed (integer → string)",
        ),
    ]


def test_messages_name_operation_and_field(apidiff: ModuleType, spec: Spec) -> None:
    """Messages say where (operation or schema and side) and what (the field or parameter)."""
    new = base_spec()
    del new["components"]["schemas"]["Order"]["properties"]["total"]
    new["paths"]["/orders"]["get"]["parameters"] = []
    messages = {c.message for c in apidiff.diff_specs(spec, new)}
    assert messages == {
        "GET /orders: parameter `page` removed (query)",
        "schema `Order` (in responses): field `total` removed",
    }


def test_inline_schema_changes_are_located_in_the_operation(apidiff: ModuleType, spec: Spec) -> None:
    """Changes inside inline schemas point into the operation, with the nested field path."""
    spec["paths"]["/orders"]["get"]["responses"]["200"] = {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "items": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"sku": {"type": "string"}}},
                        }
                    },
                }
            }
        },
    }
    new = base_spec()
    new["paths"]["/orders"]["get"]["responses"]["200"] = {
        "description": "ok",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"items": {"type": "array", "items": {"type": "object", "properties": {}}}},
                }
            }
        },
    }
    [change] = apidiff.diff_specs(spec, new)
    assert change.message == "GET /orders response 200: field `items[].sku` removed"
    assert change.location == (
        "#/paths/~1orders/get/responses/200/content/application~1json/schema/properties/items/items/properties/sku"
    )


def test_all_of_properties_are_merged(apidiff: ModuleType, spec: Spec) -> None:
    """Fields inherited through allOf are compared like own fields."""
    spec["components"]["schemas"]["Order"] = {"allOf": [{"$ref": "#/components/schemas/Error"}, {"type": "object"}]}
    new = base_spec()
    new["components"]["schemas"]["Order"] = {"allOf": [{"$ref": "#/components/schemas/Error"}, {"type": "object"}]}
    del new["components"]["schemas"]["Error"]["properties"]["message"]
    kinds = {(c.kind, c.location) for c in apidiff.diff_specs(spec, new)}
    assert ("property-removed", "#/components/schemas/Order/properties/message") in kinds


def test_yaml_dates_compare_equal_to_their_json_form(apidiff: ModuleType, spec: Spec) -> None:
    """A spec loaded from YAML (dates as objects) equals its recorded JSON baseline (dates as strings)."""
    import datetime

    spec["components"]["schemas"]["Order"]["properties"]["created"]["example"] = datetime.date(2024, 1, 2)
    as_json = base_spec()
    as_json["components"]["schemas"]["Order"]["properties"]["created"]["example"] = "2024-01-02"
    assert apidiff.diff_specs(spec, as_json) == []


def test_messages_for_a_whole_schema_or_parameter_read_without_a_field(apidiff: ModuleType, spec: Spec) -> None:
    """A change to a component's own enum, or to a parameter's type, needs no field name."""
    new = base_spec()
    new["components"]["schemas"]["State"]["enum"] = ["new"]
    new["components"]["schemas"]["State"]["x-enum-varnames"] = ["NEW"]
    new["paths"]["/orders"]["get"]["parameters"][0]["schema"]["type"] = "string"
    assert [c.message for c in apidiff.diff_specs(spec, new)] == [
        "GET /orders parameter `page`: type changed (integer → string)",
        "schema `State` (in responses): enum lost values ('paid')",
        "schema `State` (in requests): enum lost values ('paid')",
    ]
