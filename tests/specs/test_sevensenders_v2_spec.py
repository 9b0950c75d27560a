"""Seven Senders API v2 (API-KEY): the spec keeps the documented facts, the generated client sends and parses them."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from tests.specs._spectools import DOCS, FACTS, Recorder, SpecUnderTest, plain, vendor_text, walk

BASE_URL = "https://api.sevensenders.com/v2"
API = SpecUnderTest("sevensenders_v2")
SPEC = API.spec

OPERATIONS = {
    ("get", "/orders.json"): "list_orders",
    ("post", "/orders.json"): "create_order",
    ("delete", "/orders.json"): "delete_orders",
    ("get", "/orders/{id}.json"): "get_order",
    ("put", "/orders/{id}.json"): "update_order",
    ("delete", "/orders/{id}.json"): "delete_order",
    ("post", "/order-states.json"): "create_order_state",
    ("get", "/shipments.json"): "list_shipments",
    ("post", "/shipments.json"): "create_shipment",
    ("get", "/shipments/{id}.json"): "get_shipment",
    ("put", "/shipments/{id}.json"): "update_shipment",
    ("delete", "/shipments/{id}.json"): "delete_shipment",
}

# --- the spec ---------------------------------------------------------------------------------


def test_operation_count_and_ids() -> None:
    """All 12 operations exist, with the agreed operationIds, and none silently disappears."""
    found = {(method, path): op_id for op_id, (method, path, _op) in API.operations().items()}
    assert found == OPERATIONS
    assert len(found) == 12


def test_openapi_version_server_and_info() -> None:
    """OpenAPI 3.1, a semver version, the single documented production server."""
    assert SPEC["openapi"] == "3.1.0"
    assert re.fullmatch(r"\d+\.\d+\.\d+", SPEC["info"]["version"])  # semver; the build gate owns bumps
    assert [s["url"] for s in SPEC["servers"]] == [BASE_URL]


def test_api_key_header_is_the_only_security() -> None:
    """Every call is authenticated by the `API-KEY` header; no operation opts out."""
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes == {"apiKey": {**schemes["apiKey"], "type": "apiKey", "in": "header", "name": "API-KEY"}}
    assert SPEC["security"] == [{"apiKey": []}]
    assert all("security" not in op for _method, _path, op in API.operations().values())


def test_every_operation_has_provenance_found_in_its_source() -> None:
    """x-doc names the vendor document and a heading that exists there (or a facts-sheet heading and its page)."""
    document_text = vendor_text(DOCS / "sevensenders-v2-orders.txt").splitlines()
    facts_headings = [line.lstrip("#").strip() for line in vendor_text(FACTS).splitlines()]
    facts_text = vendor_text(FACTS)
    for method, path, op in API.operations().values():
        doc = op["x-doc"]
        where = f"{method.upper()} {path}"
        if doc["document"] == "sevensenders-v2-orders.txt":
            assert doc["section"] in document_text, where
        else:
            assert doc["document"] == "vendor-facts.md", where
            assert doc["section"] in facts_headings, where
            assert doc["source"].startswith("https://support.portal.sevensenders.com/"), where
            assert doc["source"].rsplit("/", 1)[1] in facts_text, where
        assert op["summary"] and op["description"], where
        assert len(op["tags"]) == 1 and op["tags"][0] in {t["name"] for t in SPEC["tags"]}, where


def test_every_operation_answers_401_with_a_json_schema() -> None:
    """A missing or wrong key is a documented 401 on every operation, with a JSON error schema."""
    for _method, _path, op in API.operations().values():
        response = API.resolve(op["responses"]["401"])
        assert "schema" in response["content"]["application/json"], op["operationId"]


@pytest.mark.parametrize(
    ("operation_id", "codes"),
    [
        ("list_orders", {"200", "400", "401"}),
        ("create_order", {"201", "400", "401"}),
        ("delete_orders", {"204", "400", "401", "404"}),
        ("get_order", {"200", "400", "401", "404"}),
        ("update_order", {"200", "400", "401", "404"}),
        ("delete_order", {"204", "400", "401", "404"}),
        ("create_order_state", {"201", "400", "401", "404"}),
        ("list_shipments", {"200", "400", "401"}),
        ("create_shipment", {"201", "400", "401"}),
        ("update_shipment", {"200", "400", "401", "404"}),
        ("get_shipment", {"200", "400", "401", "404"}),
        ("delete_shipment", {"204", "400", "401", "404"}),
    ],
)
def test_status_codes(operation_id: str, codes: set[str]) -> None:
    """The documented status codes (204 deletes, 201 creates, 400/401/404 errors) are declared."""
    assert set(API.op(operation_id)["responses"]) == codes


def test_list_orders_parameters_and_limit_default() -> None:
    """GET /orders.json has the six documented filters; `limit` defaults to 20."""
    params = API.parameters("list_orders")
    assert set(params) == {"limit", "offset", "order_by[]", "shop_order_id", "id", "shop_order_date"}
    assert params["limit"]["schema"]["default"] == 20
    assert params["limit"]["schema"]["minimum"] == 1
    assert params["offset"]["schema"]["minimum"] == 0
    assert params["order_by[]"]["schema"]["type"] == "array"
    assert not any(p.get("required") for p in params.values())
    shipments = API.parameters("list_shipments")
    assert set(shipments) == {"limit", "offset", "order_by[]"}
    assert shipments["limit"]["schema"]["default"] == 20


def test_bulk_delete_filters_are_literal_bracketed_query_parameters() -> None:
    """DELETE /orders.json takes the four `filters[...]` names as query parameters; the date range is required."""
    params = API.parameters("delete_orders")
    assert {name: p["in"] for name, p in params.items()} == {
        "filters[shop_order_date_from]": "query",
        "filters[shop_order_date_to]": "query",
        "filters[language]": "query",
        "filters[shop_order_url]": "query",
    }
    assert {name for name, p in params.items() if p.get("required")} == {
        "filters[shop_order_date_from]",
        "filters[shop_order_date_to]",
    }
    assert all("style" not in p for p in params.values())
    assert "x-doc-note" in API.op("delete_orders")


def test_create_order_is_form_encoded_and_answers_201_with_location() -> None:
    """POST /orders.json sends a form body with the two mandatory fields; 201 carries `location`."""
    op = API.op("create_order")
    assert list(op["requestBody"]["content"]) == ["application/x-www-form-urlencoded"]
    form = SPEC["components"]["schemas"]["OrderForm"]
    assert set(form["required"]) == {"shop_order_id", "shop_order_date"}
    assert set(form["properties"]) == {
        "shop_order_id",
        "shop_order_date",
        "shop_order_url",
        "language",
        "promised_delivery_date",
        "boarding_complete",
        "order_tags",
    }
    assert form["properties"]["boarding_complete"]["$ref"] == "#/components/schemas/FormBoolean"
    assert SPEC["components"]["schemas"]["FormBoolean"]["enum"] == [0, 1]
    location = API.resolve(op["responses"]["201"]["headers"]["location"])
    assert re.fullmatch(location["schema"]["pattern"], "/v2/orders/4417096")


def test_every_write_body_is_form_encoded() -> None:
    """All POST/PUT bodies use application/x-www-form-urlencoded, like the document's curl samples."""
    for method, _path, op in API.operations().values():
        if method in {"post", "put"}:
            assert list(op["requestBody"]["content"]) == ["application/x-www-form-urlencoded"], op["operationId"]


def test_order_state_enum() -> None:
    """The settable order states are the five of the order-states page, lowercase."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["SettableOrderState"]["enum"] == ["new", "paid", "in_production", "in_preparation", "refunded"]
    assert set(schemas["OrderStateForm"]["required"]) == {"shop_order_id", "state", "datetime"}


def test_schemas_cover_the_document_tables() -> None:
    """Order, Shipment, State, Status, Tag, Carrier, Country and Warehouse carry every documented field."""
    schemas = SPEC["components"]["schemas"]
    expected = {
        "Order": {
            "id", "shop_order_id", "shop_order_url", "shop_order_date", "minimum_numbers_of_shipments",
            "boarding_complete", "shipments", "states_history", "state", "language", "order_tags",
            "promised_delivery_date", "tracking_page_url", "daysFromStatusChanged",
        },
        "Shipment": {
            "id", "shop_order_id", "carrier_service", "warehouse_address", "tracking_code", "customer_first_name",
            "customer_last_name", "customer_name", "customer_email", "customer_address", "customer_address_zip_code",
            "customer_address_city", "customer_phone", "customer_company", "customer_address_country",
            "return_parcel", "pickup_point_selected", "weight", "planned_pickup_datetime", "comment", "carrier",
            "warehouse", "reference_number", "shipment_tag", "shipment_status_history", "trackable",
        },
        "State": {"id", "order", "name", "datetime", "location"},
        "Status": {"date_time", "name", "location"},
        "Tag": {"name", "content"},
        "Carrier": {"name", "country"},
        "Country": {"name", "iso2"},
        "Warehouse": {"name", "country"},
    }  # fmt: skip
    for name, fields in expected.items():
        assert set(schemas[name]["properties"]) == fields, name
    assert schemas["Order"]["properties"]["tracking_page_url"]["deprecated"] is True


def test_nullable_where_the_sample_shows_null_in_3_1_style() -> None:
    """Fields null in the document's sample accept null via type arrays / anyOf, never `nullable:`."""
    schemas = SPEC["components"]["schemas"]
    for schema, field in [
        ("Shipment", "customer_address_city"),
        ("Shipment", "reference_number"),
        ("Shipment", "customer_company"),
        ("Warehouse", "country"),
        ("State", "order"),
        ("State", "location"),
    ]:
        validator = API.validator({"$ref": f"#/components/schemas/{schema}/properties/{field}"})
        assert validator.is_valid(None), f"{schema}.{field}"
    assert not API.validator({"$ref": "#/components/schemas/Shipment/properties/shop_order_id"}).is_valid(None)
    assert not any("nullable" in node for node in walk(schemas))


def test_timestamp_accepts_both_offset_forms_of_the_samples() -> None:
    """Dates follow the ISO 8601 samples, with or without the offset colon, not the "dd.mm.yyyy" label."""
    validator = API.validator("Timestamp")
    assert validator.is_valid("2017-08-10T05:45:00+0000")
    assert validator.is_valid("2017-08-15T16:53:07+01:00")
    assert not validator.is_valid("10.08.2017 05:45:00")
    assert not validator.is_valid("2017-08-15T16:53:07 01:00")  # an unencoded "+" read back from a form
    assert "x-doc-note" in SPEC["components"]["schemas"]["Timestamp"]


def test_the_document_sample_is_the_list_example_and_validates() -> None:
    """The GET /orders.json response sample (three orders) is the example and matches the schema."""
    media = API.op("list_orders")["responses"]["200"]["content"]["application/json"]
    sample = media["examples"]["documented"]["value"]
    assert [order["id"] for order in sample] == [4262108, 4262110, 4318018]
    assert sample[0]["shipments"][0]["customer_address_city"] is None
    validator = API.validator({"$ref": "#/paths/~1orders.json/get/responses/200/content/application~1json/schema"})
    assert list(validator.iter_errors(sample)) == []
    broken = [{**sample[0], "id": "not a number"}]
    assert not validator.is_valid(broken)


def test_links_lead_from_create_to_get_update_delete() -> None:
    """create_order links to the list by shop reference; the list links to get/update/delete by id."""
    create = API.op("create_order")["responses"]["201"]["links"]
    assert create["FindCreatedOrder"] == {
        **create["FindCreatedOrder"],
        "operationId": "list_orders",
        "parameters": {"shop_order_id": "$request.body#/shop_order_id"},
    }
    listed = API.op("list_orders")["responses"]["200"]["links"]
    assert {link["operationId"] for link in listed.values()} == {"get_order", "update_order", "delete_order"}
    assert all(link["parameters"] == {"id": "$response.body#/0/id"} for link in listed.values())
    assert "location" in API.op("create_order")["x-doc-note"]


# --- the generated client ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client_package() -> ModuleType:
    """The generated package (skipped until it is built)."""
    return API.package()


# How to call each operation whose responses carry examples (the call's arguments do not matter:
# the mock transport answers with the example).
EXAMPLE_CALLS: dict[str, dict[str, Any]] = {
    "list_orders": {},
}


def test_every_response_example_round_trips_through_the_generated_client(client_package: ModuleType) -> None:
    """Each example response, served over HTTP, parses into the generated models and `to_dict()`s back unchanged."""
    examples = API.response_examples()
    assert examples, "the spec has response examples"
    for operation_id, code, _name, _schema, example in examples:
        assert operation_id in EXAMPLE_CALLS, f"add a call for {operation_id} to EXAMPLE_CALLS"
        module = API.endpoint(operation_id)
        parsed = module.sync_detailed(client=API.client(Recorder(example, int(code))), **EXAMPLE_CALLS[operation_id])
        assert plain(parsed.parsed) == example, f"{operation_id} {code}"


def test_bulk_delete_sends_the_bracketed_filter_names(client_package: ModuleType) -> None:
    """delete_orders puts `filters[...]` in the query string (percent-encoded), which decodes to the bracketed names."""
    from sevensenders_v2_client.api.orders import delete_orders

    recorder = Recorder(status=204)
    response = delete_orders.sync_detailed(
        client=API.client(recorder),
        filtersshop_order_date_from="2017-08-10T05:45:00+0000",
        filtersshop_order_date_to="2017-09-10T05:45:00+0000",
        filterslanguage="en",
    )
    assert response.status_code == 204
    request = recorder.only
    assert request.method == "DELETE"
    assert request.url.path == "/v2/orders.json"
    raw_query = request.url.query.decode()
    assert "filters%5Bshop_order_date_from%5D=2017-08-10T05%3A45%3A00%2B0000" in raw_query
    assert "filters%5Bshop_order_date_to%5D=2017-09-10T05%3A45%3A00%2B0000" in raw_query
    assert parse_qs(raw_query, strict_parsing=True) == {
        "filters[shop_order_date_from]": ["2017-08-10T05:45:00+0000"],
        "filters[shop_order_date_to]": ["2017-09-10T05:45:00+0000"],
        "filters[language]": ["en"],
    }
    assert request.content == b""


def test_create_order_sends_a_form_body(client_package: ModuleType) -> None:
    """create_order posts application/x-www-form-urlencoded, with "+" in dates percent-encoded and flags as 0/1."""
    from sevensenders_v2_client.api.orders import create_order
    from sevensenders_v2_client.models import FormBoolean, OrderForm

    created = {"id": 4417096, "shop_order_id": "123456789", "shop_order_date": "2017-08-15T16:53:07+01:00"}
    recorder = Recorder(created, status=201, headers={"location": "/v2/orders/4417096"})

    body = OrderForm(
        shop_order_id="123456789",
        shop_order_date="2017-08-15T16:53:07+01:00",
        order_tags='{"product": "nikeAir", "price": 100}',
        boarding_complete=FormBoolean.FALSE,
        language="en",
    )
    response = create_order.sync_detailed(client=API.client(recorder), body=body)
    assert response.status_code == 201
    assert response.headers["location"] == "/v2/orders/4417096"
    request = recorder.only
    assert (request.method, request.url.path) == ("POST", "/v2/orders.json")
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert b"shop_order_date=2017-08-15T16%3A53%3A07%2B01%3A00" in request.content
    assert parse_qs(request.content.decode(), strict_parsing=True) == {
        "shop_order_id": ["123456789"],
        "shop_order_date": ["2017-08-15T16:53:07+01:00"],
        "order_tags": ['{"product": "nikeAir", "price": 100}'],
        "boarding_complete": ["0"],
        "language": ["en"],
    }


def test_list_orders_sends_paging_and_repeated_order_by(client_package: ModuleType) -> None:
    """list_orders sends `limit`, `offset` and one `order_by[]` pair per field (PHP keeps every one of them);
    get_order puts the id before `.json`."""
    from sevensenders_v2_client.api.orders import get_order, list_orders

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/orders.json"):
            return httpx.Response(200, json=[])
        return httpx.Response(
            200, json={"id": 4262108, "shop_order_id": "1", "shop_order_date": "2017-08-10T05:45:00+0000"}
        )

    recorder = Recorder(answer=answer)
    sent = recorder.requests
    client = API.client(recorder)
    assert list_orders.sync(client=client, limit=20, offset=40, order_by=["shop_order_date", "id"]) == []
    order = get_order.sync(client=client, id=4262108)
    assert order is not None and order.shop_order_date == "2017-08-10T05:45:00+0000"
    assert parse_qs(sent[0].url.query.decode()) == {
        "limit": ["20"],
        "offset": ["40"],
        "order_by[]": ["shop_order_date", "id"],
    }
    assert b"order_by%5B%5D=shop_order_date&order_by%5B%5D=id" in sent[0].url.query
    assert sent[1].url.path == "/v2/orders/4262108.json"
