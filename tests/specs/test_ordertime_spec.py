"""specs/ordertime.yaml: documented facts hold, and the generated client parses and sends them exactly."""

from __future__ import annotations

import json
import re
from types import ModuleType
from typing import Any

import pytest

from tests.specs._spectools import Recorder, SpecUnderTest, plain

SERVER = "https://services.ordertime.com/api"
API = SpecUnderTest("ordertime", headers={"apiKey": "key", "email": "api@example.com", "DevKey": "dev"})
SPEC = API.spec
LINE_TYPE = "AOLib7.SalesOrderLineItem, AOLib7"

ENTITIES = {
    # path: (operationId stem, id query parameter, tag)
    "/customer": ("customer", "id", "customers"),
    "/partitem": ("part_item", "id", "partItems"),
    "/quote": ("quote", "docNo", "quotes"),
    "/salesorder": ("sales_order", "docNo", "salesOrders"),
    "/salesorderlineitem": ("sales_order_line_item", None, "salesOrderLineItems"),
    "/shipdoc": ("ship_doc", "docNo", "shipDocs"),
}
VERBS = {"get": "get", "post": "create", "put": "update", "delete": "delete"}
EXPECTED_OPERATIONS = {
    "list_records": ("post", "/list"),
    "count_records": ("put", "/list"),
    "list_entity_refs": ("post", "/entityref"),
    **{f"{VERBS[m]}_{stem}": (m, path) for path, (stem, _, _) in ENTITIES.items() for m in VERBS},
}


# --- the operation inventory -------------------------------------------------------------------------


def test_operation_inventory_is_exact() -> None:
    """27 operations: the three list queries plus GET/POST/PUT/DELETE on each of the six entities."""
    assert {op_id: (m, p) for op_id, (m, p, _) in API.operations().items()} == EXPECTED_OPERATIONS
    assert len(API.operations()) == 27


def test_every_operation_is_documented_and_attributed() -> None:
    """One declared tag, summary, description, x-doc provenance with the vendor page it comes from."""
    declared_tags = {tag["name"] for tag in SPEC["tags"]}
    for op_id, (_m, path, op) in API.operations().items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op_id)
        assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags, op_id
        if path in ENTITIES:
            assert op["tags"] == [ENTITIES[path][2]], op_id
        assert op["summary"].strip() and op["description"].strip(), op_id
        doc = op["x-doc"]
        assert doc["document"] in {"ordertime-rest-api.txt", "vendor-facts.md"}, op_id
        assert doc["section"].strip(), op_id
        if doc["document"] == "vendor-facts.md":
            assert doc["source"].startswith("https://help.ordertime.com/help/"), op_id


def test_server_and_the_two_header_credential_sets() -> None:
    """apiKey + email + password, or apiKey + email + DevKey, all as headers."""
    assert [server["url"] for server in SPEC["servers"]] == [SERVER]
    assert re.fullmatch(r"\d+\.\d+\.\d+", SPEC["info"]["version"])  # semver; the build gate owns bumps
    schemes = SPEC["components"]["securitySchemes"]
    assert {name: (s["type"], s["in"], s["name"]) for name, s in schemes.items()} == {
        "ApiKey": ("apiKey", "header", "apiKey"),
        "Email": ("apiKey", "header", "email"),
        "Password": ("apiKey", "header", "password"),
        "DevKey": ("apiKey", "header", "DevKey"),
    }
    assert SPEC["security"] == [
        {"ApiKey": [], "Email": [], "Password": []},
        {"ApiKey": [], "Email": [], "DevKey": []},
    ]
    assert "image" in schemes["DevKey"]["x-doc-note"] or "screenshot" in schemes["DevKey"]["x-doc-note"]


# --- documented facts --------------------------------------------------------------------------------


def test_status_codes() -> None:
    """200 plus 400/403 everywhere and 409 on every write and list query; no undocumented status."""
    for op_id, (method, _p, op) in API.operations().items():
        expected = {"200", "400", "403"} | ({"409"} if method != "get" else set())
        assert set(op["responses"]) == expected, op_id
        for status in expected - {"200"}:
            assert "schema" in API.resolve(op["responses"][status])["content"]["application/json"], (op_id, status)
    conflict = SPEC["components"]["responses"]["ValidationFailed"]["content"]["application/json"]["schema"]
    assert conflict == {"type": "array", "items": {"$ref": "#/components/schemas/ValidationResult"}}
    assert "not found" in SPEC["components"]["schemas"]["ValidationResult"]["x-doc-note"]


def test_delete_answers_true() -> None:
    """Every DELETE's success body is the JSON literal `true`."""
    for op_id, (method, _p, op) in API.operations().items():
        if method == "delete":
            media = API.resolve(op["responses"]["200"])["content"]["application/json"]
            assert media["schema"] == {"type": "boolean", "const": True}, op_id


def test_records_are_addressed_by_query_parameter() -> None:
    """`id` for customers/items/line-item deletes, `docNo` for documents; line-item GET takes three."""
    for path, (stem, id_param, _tag) in ENTITIES.items():
        for verb in ("get", "delete"):
            params = API.parameters(f"{verb}_{stem}")
            if id_param:
                assert list(params) == [id_param], (verb, path)
        for verb in ("create", "update"):
            assert not API.parameters(f"{verb}_{stem}"), f"{verb}_{stem} takes only a body"
    line_get = API.parameters("get_sales_order_line_item")
    assert list(line_get) == ["recordType", "docNo", "lineId"]
    assert all(p["in"] == "query" and p["required"] for p in line_get.values())
    assert API.resolve(line_get["recordType"]["schema"])["enum"] == [7, 13]
    assert list(API.parameters("delete_sales_order_line_item")) == ["id"]
    for parameter in SPEC["components"]["parameters"].values():
        assert parameter["in"] == "query" and parameter["required"] is True
        assert parameter["schema"] == {"type": "integer", "format": "int32"}


def test_list_queries() -> None:
    """POST /list -> records, PUT /list -> a count, POST /entityref -> EntityRefs, all from a ListInfo body."""
    for op_id in ("list_records", "count_records", "list_entity_refs"):
        assert API.op(op_id)["requestBody"] == {"$ref": "#/components/requestBodies/ListInfo"}
        assert API.op(op_id)["x-read-only"] is True, "POST/PUT that change nothing are marked as such"
    assert sorted(op_id for op_id, (_m, _p, op) in API.operations().items() if op.get("x-read-only")) == [
        "count_records", "list_entity_refs", "list_records"
    ]  # fmt: skip

    def ok(op_id: str) -> Any:
        return API.op(op_id)["responses"]["200"]["content"]["application/json"]["schema"]

    assert ok("list_records") == {"type": "array", "items": {"$ref": "#/components/schemas/ListRecord"}}
    assert ok("count_records") == {"type": "integer", "minimum": 0}
    assert ok("list_entity_refs") == {"type": "array", "items": {"$ref": "#/components/schemas/EntityRef"}}
    assert SPEC["components"]["schemas"]["ListRecord"]["additionalProperties"] is True


def test_list_info_shape_and_page_size_cap() -> None:
    """`Type` required; `NumberOfRecords` 1-1000; `FilterValueArray` is one comma-delimited string."""
    schemas = SPEC["components"]["schemas"]
    info = schemas["ListInfo"]
    assert info["required"] == ["Type"]
    assert set(info["properties"]) == {"Type", "Filters", "Sortation", "PageNumber", "NumberOfRecords"}
    # Open: the named record types, or any other number (most names are known only from third-party code).
    assert info["properties"]["Type"]["anyOf"] == [{"$ref": "#/components/schemas/RecordType"}, {"type": "integer"}]
    assert (info["properties"]["NumberOfRecords"]["minimum"], info["properties"]["NumberOfRecords"]["maximum"]) == (
        1,
        1000,
    )
    assert info["properties"]["PageNumber"]["minimum"] == 1
    assert set(schemas["ListFilter"]["properties"]) == {
        "PropertyName", "Operator", "FilterValueArray", "FieldType", "DateMacro"
    }  # fmt: skip
    assert schemas["ListFilter"]["properties"]["FilterValueArray"]["type"] == "string"
    assert set(schemas["ListSortation"]["properties"]) == {"PropertyName", "Direction"}
    assert "page size" in info["x-doc-note"]


def test_record_type_enum_marks_third_party_values() -> None:
    """Vendor-documented 7/13/100/250 plus the code-only numbers, each described with its provenance."""
    record_type = SPEC["components"]["schemas"]["RecordType"]
    values = record_type["enum"]
    assert {7, 13, 100, 250} <= set(values)
    assert {4, 101, 107, 115, 120, 121, 150, 160, 162, 180, 190, 280, 282, 300, 370, 660, 1112} <= set(values)
    assert len(record_type["x-enum-varnames"]) == len(values) == len(record_type["x-enum-descriptions"])
    described = dict(zip(values, record_type["x-enum-descriptions"], strict=True))
    for value in (7, 13, 100, 250):
        assert "[vendor" in described[value], value
    for value in set(values) - {7, 13, 100, 250}:
        assert "[third-party code only]" in described[value], value
    named = dict(zip(values, record_type["x-enum-varnames"], strict=True))
    assert (named[7], named[13], named[120], named[250]) == ("SALES_ORDER", "QUOTE", "CUSTOMER", "SHIP_METHOD")


def test_entity_required_properties() -> None:
    """The facts sheet's required properties, and the identifier each PUT body must carry."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["Customer"]["required"] == ["Name"]
    assert schemas["Customer"]["properties"]["Name"]["maxLength"] == 50
    assert schemas["PartItem"]["required"] == ["Name", "IsActive", "ItemGroupRef"]
    assert schemas["SalesOrder"]["allOf"][1]["required"] == [
        "CustomerRef", "ShipToRef", "Date", "PromiseDate", "AllowShipPartial"
    ]  # fmt: skip
    assert schemas["Quote"]["allOf"][1]["required"] == ["CustomerRef", "Date", "PromiseDate", "AllowShipPartial"]
    assert schemas["ShipDoc"]["required"] == ["CustomerRef", "Date"]
    assert schemas["SalesOrderLineItem"]["required"] == ["$type", "ItemRef", "Price", "Quantity"]
    updates = {"CustomerUpdate": "Id", "PartItemUpdate": "Id", "SalesOrderLineItemUpdate": "Id",
               "SalesOrderUpdate": "DocNo", "QuoteUpdate": "DocNo", "ShipDocUpdate": "DocNo"}  # fmt: skip
    for name, key in updates.items():
        assert schemas[name]["allOf"][1]["required"] == [key], name
    assert schemas["EntityRef"]["properties"] == {
        "Id": {"type": "integer", "format": "int32"},
        "Name": {"type": "string"},
    }


def test_line_item_type_discriminators() -> None:
    """`$type` is a required constant on sales-order and ship-document lines."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["SalesOrderLineItem"]["properties"]["$type"]["const"] == LINE_TYPE
    assert schemas["ShipDocLineItem"]["properties"]["$type"]["const"] == "AOLib7.ShipDocLineItem, AOLib7"
    assert "$type" in schemas["ShipDocLineItem"]["required"]


@pytest.mark.parametrize(
    ("where", "needle"),
    [
        (("info",), "only Code 400"),
        (("info",), "1000 records per query"),
        (("components", "schemas", "ListFilter", "properties", "FilterValueArray"), "comma-delimited"),
        (("components", "schemas", "ListInfo"), "comma before"),
        (("paths", "/list", "put"), "count"),
        (("paths", "/list", "post"), "ListRecord"),
        (("components", "parameters", "Id"), "docNo"),
        (("components", "securitySchemes", "DevKey"), "DevKey"),
        (("components", "schemas", "ValidationResult"), "assume"),
        (("components", "schemas", "RecordType"), "not reachable"),
        (("components", "schemas", "PartItem"), "UomSetRef"),
        (("components", "schemas", "CustomFieldData", "properties", "Value"), "numbers"),
        (("components", "schemas", "DateTime"), "zone"),
        (("paths", "/shipdoc"), "/lead"),
        (("paths", "/salesorderlineitem"), "lineId"),
    ],
    ids=lambda value: "/".join(value) if isinstance(value, tuple) else value,
)
def test_documentation_inconsistencies_are_recorded(where: tuple[str, ...], needle: str) -> None:
    """Each reconciled inconsistency or assumption carries an `x-doc-note` where it applies."""
    node: Any = SPEC
    for token in where:
        node = node[token]
    assert needle.lower() in node["x-doc-note"].lower()


def test_create_links_feed_the_new_identifier_onwards() -> None:
    """Stateful runs: each create's `Id` / `DocNo` drives get and delete; its body drives the holistic PUT."""
    for path, (stem, id_param, _tag) in ENTITIES.items():
        links = API.op(f"create_{stem}")["responses"]["200"]["links"]
        by_target = {link["operationId"]: link for link in links.values()}
        assert by_target[f"update_{stem}"]["requestBody"] == "$response.body", path
        if id_param:
            pointer = "$response.body#/Id" if id_param == "id" else "$response.body#/DocNo"
            assert by_target[f"get_{stem}"]["parameters"] == {id_param: pointer}, path
            assert by_target[f"delete_{stem}"]["parameters"] == {id_param: pointer}, path
    line_links = API.op("create_sales_order_line_item")["responses"]["200"]["links"]
    assert {link["operationId"]: link.get("parameters") for link in line_links.values()}[
        "delete_sales_order_line_item"
    ] == {"id": "$response.body#/Id"}


# --- the constraints are real ------------------------------------------------------------------------

LINE = {"$type": LINE_TYPE, "ItemRef": {"Id": 37}, "Price": 42, "Quantity": 12}
ORDER = {
    "CustomerRef": {"Id": 1947},
    "ShipToRef": {"Id": 2210},
    "Date": "2026-10-03T00:00:00",
    "PromiseDate": "2026-10-10T00:00:00",
    "AllowShipPartial": True,
}
ITEM = {"Name": "TSS - Grey - SN", "IsActive": True, "ItemGroupRef": {"Id": 2}}


def changed(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """A copy of `base` with `changes` applied; a change to `...` (Ellipsis) removes the key."""
    return {key: value for key, value in {**base, **changes}.items() if value is not ...}


CASES: dict[str, tuple[str, dict[str, Any], bool]] = {
    "line-minimal": ("SalesOrderLineItem", LINE, True),
    "line-without-type": ("SalesOrderLineItem", changed(LINE, {"$type": ...}), False),
    "line-ship-doc-type": ("SalesOrderLineItem", changed(LINE, {"$type": "AOLib7.ShipDocLineItem, AOLib7"}), False),
    "line-without-price": ("SalesOrderLineItem", changed(LINE, {"Price": ...}), False),
    "line-ref-by-name": ("SalesOrderLineItem", changed(LINE, {"ItemRef": {"Name": "TSS - Grey - SN"}}), True),
    "line-empty-ref": ("SalesOrderLineItem", changed(LINE, {"ItemRef": {}}), False),
    "line-null-tax-code": ("SalesOrderLineItem", changed(LINE, {"SalesTaxCodeRef": None}), True),
    "line-update-without-id": ("SalesOrderLineItemUpdate", LINE, False),
    "line-update": ("SalesOrderLineItemUpdate", changed(LINE, {"Id": 5021}), True),
    "list-info-minimal": ("ListInfo", {"Type": 120}, True),
    "list-info-without-type": ("ListInfo", {"PageNumber": 1}, False),
    "list-info-unlisted-type": ("ListInfo", {"Type": 99999}, True),
    "list-info-type-as-text": ("ListInfo", {"Type": "120"}, False),
    "list-info-page-of-1000": ("ListInfo", {"Type": 120, "NumberOfRecords": 1000}, True),
    "list-info-page-of-1001": ("ListInfo", {"Type": 120, "NumberOfRecords": 1001}, False),
    "list-info-page-0": ("ListInfo", {"Type": 120, "PageNumber": 0}, False),
    "list-info-filter-values-as-array": (
        "ListInfo",
        {"Type": 120, "Filters": [{"PropertyName": "Id", "FilterValueArray": ["1", "2"]}]},
        False,
    ),
    "part-item-without-uom": ("PartItem", ITEM, False),
    "part-item-with-uom-set": ("PartItem", changed(ITEM, {"UomSetRef": {"Id": 4}}), True),
    "part-item-inactive-missing": ("PartItem", changed(ITEM, {"IsActive": ..., "UomRef": {"Id": 1}}), False),
    "customer-name-of-51": ("Customer", {"Name": "x" * 51}, False),
    "sales-order-zone-less-dates": ("SalesOrder", ORDER, True),
    "sales-order-without-ship-to": ("SalesOrder", changed(ORDER, {"ShipToRef": ...}), False),
    "quote-without-ship-to": ("Quote", changed(ORDER, {"ShipToRef": ...}), True),
    "sales-order-us-date": ("SalesOrder", changed(ORDER, {"Date": "10/03/2026"}), False),
    "sales-order-update-without-doc-no": ("SalesOrderUpdate", ORDER, False),
    "sales-order-update": ("SalesOrderUpdate", changed(ORDER, {"DocNo": 1001}), True),
}


@pytest.mark.parametrize(("schema", "body", "valid"), list(CASES.values()), ids=list(CASES))
def test_schema_constraints(schema: str, body: dict[str, Any], valid: bool) -> None:
    """Required properties, `$type` constants, the page-size cap, enums and date shapes bite."""
    errors = list(API.validator(schema).iter_errors(body))
    assert (not errors) is valid, [e.message for e in errors]


# --- the generated client ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client_pkg() -> ModuleType:
    """The generated package (skipped until it is built)."""
    return API.package()


def test_generated_client_has_a_module_per_operation(client_pkg: ModuleType) -> None:
    """No operation was dropped by the generator."""
    for op_id in EXPECTED_OPERATIONS:
        assert callable(API.endpoint(op_id).sync_detailed)


@pytest.mark.parametrize(("op_id", "status", "name", "value"), API.response_example_params())
def test_response_examples_round_trip(client_pkg: ModuleType, op_id: str, status: str, name: str, value: Any) -> None:
    """Each response example parses into the generated model and `to_dict()` gives exactly the example back."""
    parsed = API.parse(op_id, status, value)
    assert parsed is not None
    assert plain(parsed) == value


def test_line_item_create_sends_the_type_discriminator(client_pkg: ModuleType) -> None:
    """POST /salesorderlineitem sends `$type` without the caller naming it, and parses it back."""
    from ordertime_client.models import EntityRef, SalesOrderLineItem

    stored = {**LINE, "Id": 5021, "LineNo": 1}
    recorder = Recorder(stored)
    line = SalesOrderLineItem(item_ref=EntityRef(id=37), price=42, quantity=12)
    result = API.endpoint("create_sales_order_line_item").sync(client=API.client(recorder), body=line)
    request = recorder.only
    assert (request.method, str(request.url)) == ("POST", f"{SERVER}/salesorderlineitem")
    assert request.headers["Content-Type"] == "application/json"
    assert (request.headers["apiKey"], request.headers["email"], request.headers["DevKey"]) == (
        "key",
        "api@example.com",
        "dev",
    )
    assert json.loads(request.content) == {"$type": LINE_TYPE, "ItemRef": {"Id": 37}, "Price": 42, "Quantity": 12}
    assert isinstance(result, SalesOrderLineItem)
    assert (result.type_, result.id, result.line_no) == (LINE_TYPE, 5021, 1)


def test_line_item_get_sends_three_query_parameters(client_pkg: ModuleType) -> None:
    """GET /salesorderlineitem?recordType=7&docNo=…&lineId=… in that order, no body."""
    from ordertime_client.models import SalesDocRecordType

    recorder = Recorder({**LINE, "Id": 5021})
    API.endpoint("get_sales_order_line_item").sync(
        client=API.client(recorder), record_type=SalesDocRecordType.SALES_ORDER, doc_no=1001, line_id=5021
    )
    request = recorder.only
    assert request.method == "GET" and request.url.path == "/api/salesorderlineitem"
    assert list(request.url.params.multi_items()) == [("recordType", "7"), ("docNo", "1001"), ("lineId", "5021")]
    assert request.content == b""


def test_list_query_body_and_untyped_records(client_pkg: ModuleType) -> None:
    """POST /list sends the ListInfo as JSON; each record keeps its type-specific properties."""
    from ordertime_client.models import ListFilter, ListInfo, ListRecord, ListSortation, RecordType

    recorder = Recorder([{"Id": 15, "Name": "UPS Ground", "IsActive": True}])
    query = ListInfo(
        type_=RecordType.SHIP_METHOD,
        filters=[ListFilter(property_name="Name", operator=12, filter_value_array="UPS")],
        sortation=ListSortation(property_name="Id", direction=2),
        page_number=1,
        number_of_records=20,
    )
    records = API.endpoint("list_records").sync(client=API.client(recorder), body=query)
    request = recorder.only
    assert (request.method, str(request.url)) == ("POST", f"{SERVER}/list")
    assert json.loads(request.content) == {
        "Type": 250,
        "Filters": [{"PropertyName": "Name", "Operator": 12, "FilterValueArray": "UPS"}],
        "Sortation": {"PropertyName": "Id", "Direction": 2},
        "PageNumber": 1,
        "NumberOfRecords": 20,
    }
    assert isinstance(records, list) and isinstance(records[0], ListRecord)
    assert (records[0].id, records[0].name, records[0]["IsActive"]) == (15, "UPS Ground", True)


def test_count_and_delete_return_plain_values(client_pkg: ModuleType) -> None:
    """PUT /list parses to an int; DELETE /customer?id=… parses to True."""
    from ordertime_client.models import ListInfo, RecordType

    counter = Recorder(2)
    count = API.endpoint("count_records").sync(client=API.client(counter), body=ListInfo(type_=RecordType.CUSTOMER))
    assert counter.only.method == "PUT" and json.loads(counter.only.content) == {"Type": 120}
    assert count == 2

    deleter = Recorder(True)
    deleted = API.endpoint("delete_customer").sync(client=API.client(deleter), id=1947)
    assert (deleter.only.method, str(deleter.only.url)) == ("DELETE", f"{SERVER}/customer?id=1947")
    assert deleted is True


def test_validation_failure_parses_into_validation_results(client_pkg: ModuleType) -> None:
    """A 409 answer parses into a list of ValidationResult models (``sync_detailed``; ``sync`` raises)."""
    from ordertime_client.models import Customer, ValidationResult

    recorder = Recorder([{"ErrorMessage": "Name is required.", "MemberNames": ["Name"]}], status=409)
    endpoint = API.endpoint("create_customer")
    result = endpoint.sync_detailed(client=API.client(recorder), body=Customer(name="Peter Pan LLC")).parsed
    assert json.loads(recorder.only.content) == {"Name": "Peter Pan LLC"}
    assert isinstance(result, list) and isinstance(result[0], ValidationResult)
    assert (result[0].error_message, result[0].member_names) == ("Name is required.", ["Name"])
