"""specs/seventime.yaml: documented facts hold, and the generated client parses and sends them exactly."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.specs._spectools import Recorder, SpecUnderTest, plain

SERVER = "https://app.seventime.se/api/2"
API = SpecUnderTest("seventime", headers={"Client-Secret": "k"})
SPEC = API.spec

PO_ID = "5fca480e571eb873a64b97ec"
USER_ID = "51714655fbb708f379000003"

EXPECTED_OPERATIONS = {
    "list_purchase_orders": ("get", "/purchaseOrders"),
    "get_purchase_order": ("get", "/purchaseOrders/{_id}"),
    "create_purchase_order": ("post", "/purchaseOrders/"),
    "update_purchase_order": ("put", "/purchaseOrders/"),
    "delete_purchase_order": ("delete", "/purchaseOrders/"),
}


_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def normalise(value: Any) -> Any:
    """Compare timestamps as instants: the client re-serialises `…164Z` as `…164000+00:00`."""
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return dt.datetime.fromisoformat(value)
    return value


# --- the operation inventory -------------------------------------------------------------------------


def test_operation_inventory_is_exact() -> None:
    """Five operations, each at its documented method and path (trailing slashes as documented)."""
    assert {op_id: (m, p) for op_id, (m, p, _) in API.operations().items()} == EXPECTED_OPERATIONS
    assert len(API.operations()) == 5


def test_every_operation_is_documented_and_attributed() -> None:
    """One declared tag, summary, description and x-doc provenance (a public source for facts-sheet items)."""
    declared_tags = {tag["name"] for tag in SPEC["tags"]}
    for op_id, (_m, _p, op) in API.operations().items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op_id)
        assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags, op_id
        assert op["summary"].strip() and op["description"].strip(), op_id
        doc = op["x-doc"]
        assert doc["document"] in {"seventime-purchase-orders.md", "vendor-facts.md"}, op_id
        assert doc["section"].strip(), op_id
        if doc["document"] == "vendor-facts.md":
            assert doc["source"].startswith("https://"), op_id
    assert API.op("update_purchase_order")["x-doc"] == {
        "document": "seventime-purchase-orders.md",
        "section": "Update a Purchase Order",
    }


def test_server_and_client_secret_security() -> None:
    """One production server; every request authenticates with the `Client-Secret` header."""
    assert [server["url"] for server in SPEC["servers"]] == [SERVER]
    assert re.fullmatch(r"\d+\.\d+\.\d+", SPEC["info"]["version"])  # semver; the build gate owns bumps
    schemes = SPEC["components"]["securitySchemes"]
    assert list(schemes) == ["ClientSecret"]
    assert (schemes["ClientSecret"]["type"], schemes["ClientSecret"]["in"], schemes["ClientSecret"]["name"]) == (
        "apiKey",
        "header",
        "Client-Secret",
    )
    assert schemes["ClientSecret"]["x-doc"]["section"] == "Authentication"
    assert SPEC["security"] == [{"ClientSecret": []}]


# --- documented facts --------------------------------------------------------------------------------


def test_list_paging_filters_and_sorting() -> None:
    """`limit` 1-500 (default 100), 1-based `page` (default 1), the documented filters, sort enum."""
    params = API.parameters("list_purchase_orders")
    assert params["limit"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}
    assert params["page"]["schema"] == {"type": "integer", "minimum": 1, "default": 1}
    assert set(params) == {
        "limit", "page", "purchaseOrderName", "purchaseOrderInfoName", "purchaseOrderNumber",
        "purchaseOrderStatus", "distributor", "project", "workOrder", "workOrderNumber", "sortBy",
        "sortDirection",
    }  # fmt: skip
    assert all(p["in"] == "query" and not p.get("required") for p in params.values())
    assert API.resolve(params["sortDirection"]["schema"])["enum"] == ["ascending", "descending"]
    assert API.resolve(params["purchaseOrderStatus"]["schema"])["enum"] == [1, 2, 3, 4, 10]


def test_envelopes_of_list_get_and_bare_objects_of_writes() -> None:
    """List `{meta, data[]}`, get `{data}`, create/update the bare PurchaseOrder, delete a summary."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["PurchaseOrderList"]["required"] == ["meta", "data"]
    assert schemas["ListMeta"]["required"] == ["totalResources", "totalPages", "currentPage"]
    assert schemas["PurchaseOrderEnvelope"]["required"] == ["data"]

    def ok_schema(op_id: str) -> Any:
        return API.op(op_id)["responses"]["200"]["content"]["application/json"]["schema"]

    assert ok_schema("list_purchase_orders") == {"$ref": "#/components/schemas/PurchaseOrderList"}
    assert ok_schema("get_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrderEnvelope"}
    assert ok_schema("create_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrder"}
    assert ok_schema("update_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrder"}
    assert ok_schema("delete_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrderDeleted"}


def test_error_statuses_and_body() -> None:
    """400/401/403/429/500/503 everywhere, 404 where one purchase order is addressed; body `{errorMessage}`."""
    for op_id, (_m, _p, op) in API.operations().items():
        statuses = {s for s in op["responses"] if s != "200"}
        expected = {"400", "401", "403", "429", "500", "503"}
        if op_id in {"get_purchase_order", "update_purchase_order", "delete_purchase_order"}:
            expected.add("404")
        assert statuses == expected, op_id
        for status in statuses:
            media = API.resolve(op["responses"][status])["content"]["application/json"]
            assert media["schema"] == {"$ref": "#/components/schemas/Error"}, (op_id, status)
    assert SPEC["components"]["schemas"]["Error"]["properties"] == {
        "errorMessage": {"type": "string", "description": "Human-readable explanation of the failure."}
    }


def test_rate_limit_is_four_per_second() -> None:
    """4 requests/second, answered with 429, stated in the description and as `x-rate-limit`."""
    assert SPEC["x-rate-limit"]["limit"] == 4 and SPEC["x-rate-limit"]["period"] == "second"
    assert SPEC["x-rate-limit"]["status"] == 429
    assert "4 requests per second" in SPEC["info"]["description"]
    assert "4 requests per second" in SPEC["components"]["responses"]["TooManyRequests"]["description"]


def test_request_bodies_and_their_required_fields() -> None:
    """Create needs createdByUser + distributor; update _id + modifiedByUser; delete _id (deletedByUser optional)."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["PurchaseOrderCreate"]["allOf"][1]["required"] == ["createdByUser", "distributor"]
    assert schemas["PurchaseOrderUpdate"]["allOf"][1]["required"] == ["_id", "modifiedByUser"]
    assert schemas["PurchaseOrderDelete"]["required"] == ["_id"]
    assert "deletedByUser" in schemas["PurchaseOrderDelete"]["properties"]
    for op_id in ("create_purchase_order", "update_purchase_order", "delete_purchase_order"):
        body = API.op(op_id)["requestBody"]
        assert body["required"] is True
        assert list(body["content"]) == ["application/json"], "JSON only (the form-encoded curl is reconciled)"


def test_purchase_order_schema_covers_the_document_sample() -> None:
    """Every property of the document's sample response is declared, with status and item-type enums."""
    schemas = SPEC["components"]["schemas"]
    sample = API.resolve(
        API.op("update_purchase_order")["responses"]["200"]["content"]["application/json"]["examples"]["documentSample"]
    )["value"]
    assert set(sample) <= set(schemas["PurchaseOrder"]["properties"])
    assert set(sample["deliveryAddress"]) <= set(schemas["DeliveryAddress"]["properties"])
    assert set(sample["invoiceAddress"]) <= set(schemas["InvoiceAddress"]["properties"])
    assert set(sample["purchaseOrderLogEntries"][0]) <= set(schemas["PurchaseOrderLogEntry"]["properties"])
    assert schemas["PurchaseOrderStatus"]["enum"] == [1, 2, 3, 4, 10]
    assert schemas["PurchaseOrderStatus"]["x-enum-varnames"] == [
        "DRAFT", "SENT", "OBLITERATED", "CONFIRMED", "DELIVERED"
    ]  # fmt: skip
    assert schemas["ItemType"]["enum"] == ["expense", "timeLog", "general", "blank", "text", "onlyamount"]
    assert schemas["InvoiceItem"]["required"] == ["itemType"]


@pytest.mark.parametrize(
    ("where", "needle"),
    [
        (("paths", "/purchaseOrders/", "put"), "form-encoded"),
        (("paths", "/purchaseOrders/", "put"), "request.post"),
        (("paths", "/purchaseOrders/", "put"), "23 hex digits"),
        (("paths", "/purchaseOrders/", "delete"), "deletedByUser"),
        (("paths", "/purchaseOrders"), "trailing slash"),
        (("components", "schemas", "PurchaseOrderStatus"), "String"),
        (("components", "schemas", "PurchaseOrderFields", "properties", "paymentDays"), '"10"'),
        (("components", "schemas", "PurchaseOrderFields", "properties", "deliveryAttention"), "Id of the delivery"),
        (("info",), "currently limited to customers"),
    ],
    ids=lambda value: "/".join(value) if isinstance(value, tuple) else value,
)
def test_documentation_inconsistencies_are_recorded(where: tuple[str, ...], needle: str) -> None:
    """Each reconciled inconsistency carries an `x-doc-note` where it applies."""
    node: Any = SPEC
    for token in where:
        node = node[token]
    assert needle.lower() in node["x-doc-note"].lower()


def test_create_links_feed_the_new_id_to_get_update_and_delete() -> None:
    """Stateful runs: create's `_id` becomes get's path parameter and update/delete's body `_id`."""
    links = API.op("create_purchase_order")["responses"]["200"]["links"]
    by_target = {link["operationId"]: link for link in links.values()}
    assert by_target["get_purchase_order"]["parameters"] == {"_id": "$response.body#/_id"}
    assert by_target["update_purchase_order"]["requestBody"]["_id"] == "$response.body#/_id"
    assert by_target["update_purchase_order"]["requestBody"]["modifiedByUser"].startswith("$response.body#/")
    assert by_target["delete_purchase_order"]["requestBody"]["_id"] == "$response.body#/_id"


# --- the constraints are real ------------------------------------------------------------------------


def _sample_create() -> dict[str, Any]:
    return {"createdByUser": USER_ID, "distributor": "5f6b4b6ef26b5d6f5a687207"}


CREATE_CASES: dict[str, tuple[Callable[[dict[str, Any]], Any], bool]] = {
    "minimal": (lambda body: None, True),
    "no-distributor": (lambda body: body.pop("distributor"), False),
    "status-code": (lambda body: body.update(purchaseOrderStatus=10), True),
    "status-as-string": (lambda body: body.update(purchaseOrderStatus="10"), False),
    "status-unknown": (lambda body: body.update(purchaseOrderStatus=5), False),
    "payment-days-as-string": (lambda body: body.update(paymentDays="10"), False),
    "objectid-23-digits": (lambda body: body.update(distributor="51718241fdb708f37959127"), False),
    "order-date": (lambda body: body.update(purchaseOrderDate="2020-12-05"), True),
    "order-date-swedish-style": (lambda body: body.update(purchaseOrderDate="05.12.2020"), False),
    "country-not-iso2": (lambda body: body.update(deliveryAddress={"country": "Sweden"}), False),
    "general-row": (lambda body: body.update(invoiceItems=[{"itemType": "general", "numberOfItems": 2}]), True),
    "expense-row-without-item": (lambda body: body.update(invoiceItems=[{"itemType": "expense"}]), False),
    "expense-row": (lambda body: body.update(invoiceItems=[{"itemType": "expense", "expenseItem": PO_ID}]), True),
    "timelog-row-without-category": (lambda body: body.update(invoiceItems=[{"itemType": "timeLog"}]), False),
    "timelog-row": (lambda body: body.update(invoiceItems=[{"itemType": "timeLog", "timeCategory": PO_ID}]), True),
    "unknown-row-type": (lambda body: body.update(invoiceItems=[{"itemType": "discount"}]), False),
}


@pytest.mark.parametrize(("mutate", "valid"), list(CREATE_CASES.values()), ids=list(CREATE_CASES))
def test_create_body_constraints(mutate: Callable[[dict[str, Any]], Any], valid: bool) -> None:
    """Required fields, enums, ObjectId pattern, date format and the conditional invoice-row fields bite."""
    body = _sample_create()
    mutate(body)
    errors = list(API.validator("PurchaseOrderCreate").iter_errors(body))
    assert (not errors) is valid, [e.message for e in errors]


def test_update_and_delete_bodies_need_the_id() -> None:
    """An update without `modifiedByUser` and a delete without `_id` are invalid."""
    assert API.validator("PurchaseOrderUpdate").is_valid({"_id": PO_ID, "modifiedByUser": USER_ID})
    assert not API.validator("PurchaseOrderUpdate").is_valid({"_id": PO_ID, "paymentDays": 10})
    assert not API.validator("PurchaseOrderDelete").is_valid({"deletedByUser": USER_ID})


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
    """Each response example parses into the generated model and `to_dict()` gives the example back."""
    parsed = API.parse(op_id, status, value)
    assert parsed is not None
    assert normalise(plain(parsed)) == normalise(value)


def test_delete_sends_the_id_in_a_json_body(client_pkg: ModuleType) -> None:
    """DELETE /purchaseOrders/ carries `{"_id", "deletedByUser"}` as JSON and parses the summary."""
    from seventime_client.models import PurchaseOrderDelete

    recorder = Recorder({"_id": PO_ID, "purchaseOrderName": "purchase Order 123", "purchaseOrderNumber": "1051"})
    result = API.endpoint("delete_purchase_order").sync(
        client=API.client(recorder), body=PurchaseOrderDelete(field_id=PO_ID, deleted_by_user=USER_ID)
    )
    request = recorder.only
    assert (request.method, str(request.url)) == ("DELETE", f"{SERVER}/purchaseOrders/")
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Client-Secret"] == "k"
    assert json.loads(request.content) == {"_id": PO_ID, "deletedByUser": USER_ID}
    assert result.field_id == PO_ID and result.purchase_order_number == "1051"


def test_update_sends_numbers_not_strings(client_pkg: ModuleType) -> None:
    """PUT /purchaseOrders/ sends `_id`, `modifiedByUser`, integer `paymentDays` and status code."""
    from seventime_client.models import PurchaseOrder, PurchaseOrderStatus, PurchaseOrderUpdate

    recorder = Recorder({"_id": PO_ID, "createdByUser": USER_ID, "distributor": USER_ID, "purchaseOrderStatus": 4})
    body = PurchaseOrderUpdate(
        field_id=PO_ID, modified_by_user=USER_ID, payment_days=10, purchase_order_status=PurchaseOrderStatus.CONFIRMED
    )
    result = API.endpoint("update_purchase_order").sync(client=API.client(recorder), body=body)
    request = recorder.only
    assert (request.method, str(request.url)) == ("PUT", f"{SERVER}/purchaseOrders/")
    assert json.loads(request.content) == {
        "_id": PO_ID,
        "modifiedByUser": USER_ID,
        "paymentDays": 10,
        "purchaseOrderStatus": 4,
    }
    assert isinstance(result, PurchaseOrder) and result.purchase_order_status is PurchaseOrderStatus.CONFIRMED


def test_list_sends_paging_filters_and_sorting_as_query(client_pkg: ModuleType) -> None:
    """GET /purchaseOrders (no slash) sends limit/page defaults, enum codes and sort names as the query."""
    from seventime_client.models import PurchaseOrderStatus, SortDirection

    recorder = Recorder({"meta": {"totalResources": 0, "totalPages": 0, "currentPage": 2}, "data": []})
    list_op = API.endpoint("list_purchase_orders")
    page = list_op.sync(
        client=API.client(recorder),
        page=2,
        purchase_order_status=PurchaseOrderStatus.DELIVERED,
        sort_by="createDate",
        sort_direction=SortDirection.DESCENDING,
    )
    request = recorder.only
    assert (request.method, request.url.path) == ("GET", "/api/2/purchaseOrders")
    assert list(request.url.params.multi_items()) == [
        ("limit", "100"),
        ("page", "2"),
        ("purchaseOrderStatus", "10"),
        ("sortBy", "createDate"),
        ("sortDirection", "descending"),
    ]
    assert page.meta.current_page == 2 and page.data == []


def test_get_puts_the_id_in_the_path_and_unwraps_nothing(client_pkg: ModuleType) -> None:
    """GET /purchaseOrders/{_id} returns the `{data}` envelope model with typed timestamps."""
    sample = copy.deepcopy(
        API.resolve(
            API.op("get_purchase_order")["responses"]["200"]["content"]["application/json"]["examples"][
                "documentSample"
            ]
        )["value"]
    )
    recorder = Recorder(sample)
    envelope = API.endpoint("get_purchase_order").sync(PO_ID, client=API.client(recorder))
    assert str(recorder.only.url) == f"{SERVER}/purchaseOrders/{PO_ID}"
    assert envelope.data.field_id == PO_ID
    assert envelope.data.create_date == dt.datetime(2020, 12, 4, 14, 30, 38, 164000, tzinfo=dt.UTC)
    assert envelope.data.field_v == 0


def test_error_status_parses_into_the_error_model(client_pkg: ModuleType) -> None:
    """A 429 answer parses into `Error` with its `errorMessage` (``sync_detailed``; ``sync`` raises)."""
    from seventime_client.errors import UnexpectedStatus
    from seventime_client.models import Error

    recorder = Recorder({"errorMessage": "Too many requests"}, status=429)
    result = API.endpoint("get_purchase_order").sync_detailed(PO_ID, client=API.client(recorder)).parsed
    assert isinstance(result, Error) and result.error_message == "Too many requests"
    with pytest.raises(UnexpectedStatus) as raised:
        API.endpoint("get_purchase_order").sync(PO_ID, client=API.client(recorder))
    assert raised.value.status_code == 429


def test_authenticated_client_can_send_client_secret(client_pkg: ModuleType) -> None:
    """The generated AuthenticatedClient sends the key as `Client-Secret` when configured without a prefix."""
    recorder = Recorder({"meta": {"totalResources": 0, "totalPages": 0, "currentPage": 1}, "data": []})
    client = client_pkg.AuthenticatedClient(
        base_url=SERVER,
        token="thisismysecretkey",
        auth_header_name="Client-Secret",
        prefix="",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    API.endpoint("list_purchase_orders").sync(client=client)
    assert recorder.only.headers["Client-Secret"] == "thisismysecretkey"
    assert "Authorization" not in recorder.only.headers
