"""specs/seventime.yaml: documented facts hold, and the generated client parses and sends them exactly."""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import json
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_FILE = ROOT / "specs" / "seventime.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
GENERATED = ROOT / "generated" / "seventime-client"
PACKAGE = "seventime_client"
SERVER = "https://app.seventime.se/api/2"
METHODS = ("get", "put", "post", "delete", "patch")

PO_ID = "5fca480e571eb873a64b97ec"
USER_ID = "51714655fbb708f379000003"

EXPECTED_OPERATIONS = {
    "list_purchase_orders": ("get", "/purchaseOrders"),
    "get_purchase_order": ("get", "/purchaseOrders/{_id}"),
    "create_purchase_order": ("post", "/purchaseOrders/"),
    "update_purchase_order": ("put", "/purchaseOrders/"),
    "delete_purchase_order": ("delete", "/purchaseOrders/"),
}


# --- helpers -----------------------------------------------------------------------------------------


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object)."""
    found = {}
    for path, item in SPEC["paths"].items():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method, path, item[method])
    return found


def resolve(node: Any) -> Any:
    """Follow local `$ref`s until a concrete object is reached."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


_REGISTRY = Registry().with_resource("urn:seventime", Resource(contents=SPEC, specification=DRAFT202012))


def schema_validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator for one component schema, with the spec's `$ref`s and formats."""
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:seventime#/components/schemas/{name}"},
        registry=_REGISTRY,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def response_examples() -> Iterator[tuple[str, str, str, Any]]:
    """(operationId, status, example name, value) for every JSON response example of the spec."""
    for op_id, (_method, _path, op) in sorted(operations().items()):
        for status, response in op["responses"].items():
            media = resolve(response).get("content", {}).get("application/json", {})
            if "example" in media:
                yield op_id, status, "example", media["example"]
            for name, example in media.get("examples", {}).items():
                yield op_id, status, name, resolve(example)["value"]


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


def plain(parsed: Any) -> Any:
    """A parsed response back to JSON-ready data through the generated models' `to_dict`."""
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [plain(item) for item in parsed]
    return parsed


# --- the operation inventory -------------------------------------------------------------------------


def test_operation_inventory_is_exact() -> None:
    """Five operations, each at its documented method and path (trailing slashes as documented)."""
    assert {op_id: (m, p) for op_id, (m, p, _) in operations().items()} == EXPECTED_OPERATIONS
    assert len(operations()) == 5


def test_every_operation_is_documented_and_attributed() -> None:
    """One declared tag, summary, description and x-doc provenance (a public source for facts-sheet items)."""
    declared_tags = {tag["name"] for tag in SPEC["tags"]}
    for op_id, (_m, _p, op) in operations().items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op_id)
        assert len(op["tags"]) == 1 and op["tags"][0] in declared_tags, op_id
        assert op["summary"].strip() and op["description"].strip(), op_id
        doc = op["x-doc"]
        assert doc["document"] in {"seventime-purchase-orders.md", "vendor-facts.md"}, op_id
        assert doc["section"].strip(), op_id
        if doc["document"] == "vendor-facts.md":
            assert doc["source"].startswith("https://"), op_id
    assert operations()["update_purchase_order"][2]["x-doc"] == {
        "document": "seventime-purchase-orders.md",
        "section": "Update a Purchase Order",
    }


def test_server_and_client_secret_security() -> None:
    """One production server; every request authenticates with the `Client-Secret` header."""
    assert [server["url"] for server in SPEC["servers"]] == [SERVER]
    assert SPEC["info"]["version"].startswith("1.")  # semver; the build gate owns bumps
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
    params = {resolve(p)["name"]: resolve(p) for p in operations()["list_purchase_orders"][2]["parameters"]}
    assert params["limit"]["schema"] == {"type": "integer", "minimum": 1, "maximum": 500, "default": 100}
    assert params["page"]["schema"] == {"type": "integer", "minimum": 1, "default": 1}
    assert set(params) == {
        "limit", "page", "purchaseOrderName", "purchaseOrderInfoName", "purchaseOrderNumber",
        "purchaseOrderStatus", "distributor", "project", "workOrder", "workOrderNumber", "sortBy",
        "sortDirection",
    }  # fmt: skip
    assert all(p["in"] == "query" and not p.get("required") for p in params.values())
    assert resolve(params["sortDirection"]["schema"])["enum"] == ["ascending", "descending"]
    assert resolve(params["purchaseOrderStatus"]["schema"])["enum"] == [1, 2, 3, 4, 10]


def test_envelopes_of_list_get_and_bare_objects_of_writes() -> None:
    """List `{meta, data[]}`, get `{data}`, create/update the bare PurchaseOrder, delete a summary."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["PurchaseOrderList"]["required"] == ["meta", "data"]
    assert schemas["ListMeta"]["required"] == ["totalResources", "totalPages", "currentPage"]
    assert schemas["PurchaseOrderEnvelope"]["required"] == ["data"]

    def ok_schema(op_id: str) -> Any:
        return operations()[op_id][2]["responses"]["200"]["content"]["application/json"]["schema"]

    assert ok_schema("list_purchase_orders") == {"$ref": "#/components/schemas/PurchaseOrderList"}
    assert ok_schema("get_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrderEnvelope"}
    assert ok_schema("create_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrder"}
    assert ok_schema("update_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrder"}
    assert ok_schema("delete_purchase_order") == {"$ref": "#/components/schemas/PurchaseOrderDeleted"}


def test_error_statuses_and_body() -> None:
    """400/401/403/429/500/503 everywhere, 404 where one purchase order is addressed; body `{errorMessage}`."""
    for op_id, (_m, _p, op) in operations().items():
        statuses = {s for s in op["responses"] if s != "200"}
        expected = {"400", "401", "403", "429", "500", "503"}
        if op_id in {"get_purchase_order", "update_purchase_order", "delete_purchase_order"}:
            expected.add("404")
        assert statuses == expected, op_id
        for status in statuses:
            media = resolve(op["responses"][status])["content"]["application/json"]
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
        body = operations()[op_id][2]["requestBody"]
        assert body["required"] is True
        assert list(body["content"]) == ["application/json"], "JSON only (the form-encoded curl is reconciled)"


def test_purchase_order_schema_covers_the_document_sample() -> None:
    """Every property of the document's sample response is declared, with status and item-type enums."""
    schemas = SPEC["components"]["schemas"]
    sample = resolve(
        operations()["update_purchase_order"][2]["responses"]["200"]["content"]["application/json"]["examples"][
            "documentSample"
        ]
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
    links = operations()["create_purchase_order"][2]["responses"]["200"]["links"]
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
    errors = list(schema_validator("PurchaseOrderCreate").iter_errors(body))
    assert (not errors) is valid, [e.message for e in errors]


def test_update_and_delete_bodies_need_the_id() -> None:
    """An update without `modifiedByUser` and a delete without `_id` are invalid."""
    assert schema_validator("PurchaseOrderUpdate").is_valid({"_id": PO_ID, "modifiedByUser": USER_ID})
    assert not schema_validator("PurchaseOrderUpdate").is_valid({"_id": PO_ID, "paymentDays": 10})
    assert not schema_validator("PurchaseOrderDelete").is_valid({"deletedByUser": USER_ID})


# --- the generated client ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client_pkg() -> ModuleType:
    """The generated package: from the environment, else from generated/ (skipped until it is built)."""
    if not (GENERATED / PACKAGE / "__init__.py").is_file():
        pytest.skip("generated/seventime-client does not exist yet: run `uv run scripts/build.py --only seventime`")
    try:
        return importlib.import_module(PACKAGE)
    except ModuleNotFoundError as exc:
        if exc.name != PACKAGE:
            raise
        sys.path.insert(0, str(GENERATED))
        return importlib.import_module(PACKAGE)


def endpoint(pkg: ModuleType, operation_id: str) -> ModuleType:
    """The generated module of one operation (modules are named after operationIds)."""
    api = importlib.import_module(f"{pkg.__name__}.api")
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}."):
        if info.name.rsplit(".", 1)[-1] == operation_id:
            return importlib.import_module(info.name)
    raise LookupError(f"{pkg.__name__} has no module for operation {operation_id!r}")


def test_generated_client_has_a_module_per_operation(client_pkg: ModuleType) -> None:
    """No operation was dropped by the generator."""
    for op_id in EXPECTED_OPERATIONS:
        assert callable(endpoint(client_pkg, op_id).sync_detailed)


@pytest.mark.parametrize(
    ("op_id", "status", "name", "value"),
    list(response_examples()),
    ids=[f"{op}-{status}-{name}" for op, status, name, _ in response_examples()],
)
def test_response_examples_round_trip(client_pkg: ModuleType, op_id: str, status: str, name: str, value: Any) -> None:
    """Each response example parses into the generated model and `to_dict()` gives the example back."""
    method, path, _ = operations()[op_id]
    module = endpoint(client_pkg, op_id)
    client = client_pkg.Client(base_url=SERVER, raise_on_unexpected_status=True)
    response = httpx.Response(int(status), json=value, request=httpx.Request(method.upper(), SERVER + path))
    parsed = module._build_response(client=client, response=response).parsed
    assert parsed is not None
    assert normalise(plain(parsed)) == normalise(value)


class Recorder:
    """A MockTransport handler that records requests and answers with a canned JSON body."""

    def __init__(self, body: Any, status: int = 200) -> None:
        self.body, self.status = body, status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)

    @property
    def only(self) -> httpx.Request:
        assert len(self.requests) == 1
        return self.requests[0]


def make_client(pkg: ModuleType, recorder: Recorder) -> Any:
    client = pkg.Client(base_url=SERVER, raise_on_unexpected_status=True)
    return client.set_httpx_client(
        httpx.Client(base_url=SERVER, headers={"Client-Secret": "k"}, transport=httpx.MockTransport(recorder))
    )


def test_delete_sends_the_id_in_a_json_body(client_pkg: ModuleType) -> None:
    """DELETE /purchaseOrders/ carries `{"_id", "deletedByUser"}` as JSON and parses the summary."""
    from seventime_client.models import PurchaseOrderDelete

    recorder = Recorder({"_id": PO_ID, "purchaseOrderName": "purchase Order 123", "purchaseOrderNumber": "1051"})
    result = endpoint(client_pkg, "delete_purchase_order").sync(
        client=make_client(client_pkg, recorder), body=PurchaseOrderDelete(field_id=PO_ID, deleted_by_user=USER_ID)
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
    result = endpoint(client_pkg, "update_purchase_order").sync(client=make_client(client_pkg, recorder), body=body)
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
    list_op = endpoint(client_pkg, "list_purchase_orders")
    page = list_op.sync(
        client=make_client(client_pkg, recorder),
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
        resolve(
            operations()["get_purchase_order"][2]["responses"]["200"]["content"]["application/json"]["examples"][
                "documentSample"
            ]
        )["value"]
    )
    recorder = Recorder(sample)
    envelope = endpoint(client_pkg, "get_purchase_order").sync(PO_ID, client=make_client(client_pkg, recorder))
    assert str(recorder.only.url) == f"{SERVER}/purchaseOrders/{PO_ID}"
    assert envelope.data.field_id == PO_ID
    assert envelope.data.create_date == dt.datetime(2020, 12, 4, 14, 30, 38, 164000, tzinfo=dt.UTC)
    assert envelope.data.field_v == 0


def test_error_status_parses_into_the_error_model(client_pkg: ModuleType) -> None:
    """A 429 answer parses into `Error` with its `errorMessage`."""
    from seventime_client.models import Error

    recorder = Recorder({"errorMessage": "Too many requests"}, status=429)
    result = endpoint(client_pkg, "get_purchase_order").sync(PO_ID, client=make_client(client_pkg, recorder))
    assert isinstance(result, Error) and result.error_message == "Too many requests"


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
    endpoint(client_pkg, "list_purchase_orders").sync(client=client)
    assert recorder.only.headers["Client-Secret"] == "thisismysecretkey"
    assert "Authorization" not in recorder.only.headers
