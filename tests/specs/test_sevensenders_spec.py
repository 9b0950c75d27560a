"""Seven Senders Portal API (JWT): the spec keeps the documented facts, the generated client sends and parses them."""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from tests.specs._spectools import DOCS, FACTS, Recorder, SpecUnderTest, plain, vendor_text, walk

BASE_URL = "https://api.sevensenders.com/v2"
# The test client replaces the whole httpx client, so it sends the bearer header itself, as the
# generated client would (the overlay's httpx.Auth does this in production).
API = SpecUnderTest("sevensenders", headers={"Authorization": "Bearer jwt-token"})
SPEC = API.spec

OPERATIONS = {
    ("post", "/token"): "create_token",
    ("post", "/orders"): "create_order",
    ("get", "/orders"): "list_orders",
    ("get", "/orders/{id}"): "get_order",
    ("put", "/orders/{id}"): "update_order",
    ("delete", "/orders/{id}"): "delete_order",
    ("post", "/order-states"): "create_order_state",
    ("post", "/shipments"): "create_shipment",
    ("post", "/labels"): "create_label",
}

# --- the spec ---------------------------------------------------------------------------------


def test_operation_count_and_ids() -> None:
    """All 9 operations exist, with the agreed operationIds, and none silently disappears."""
    found = {(method, path): op_id for op_id, (method, path, _op) in API.operations().items()}
    assert found == OPERATIONS
    assert len(found) == 9


def test_openapi_version_and_servers() -> None:
    """OpenAPI 3.1, a semver version, production and UAT servers."""
    assert SPEC["openapi"] == "3.1.0"
    assert re.fullmatch(r"\d+\.\d+\.\d+", SPEC["info"]["version"])  # semver; the build gate owns bumps
    assert [s["url"] for s in SPEC["servers"]] == [BASE_URL, "https://api-uat.sevensenders.com/v2"]


def test_bearer_jwt_everywhere_except_the_token_call() -> None:
    """POST /token is unauthenticated (`security: []`); every other call inherits the bearer JWT and may answer 401."""
    scheme = SPEC["components"]["securitySchemes"]["bearerAuth"]
    assert (scheme["type"], scheme["scheme"], scheme["bearerFormat"]) == ("http", "bearer", "JWT")
    assert scheme["x-token-lifetime-seconds"] == 60 * 60
    assert SPEC["security"] == [{"bearerAuth": []}]
    for method, path, op in API.operations().values():
        if path == "/token":
            assert op["security"] == []
        else:
            assert "security" not in op, f"{method} {path}"
            unauthorized = API.resolve(op["responses"]["401"])
            assert "expired" in unauthorized["description"]
            assert "schema" in unauthorized["content"]["application/json"]


def test_token_exchange_shapes() -> None:
    """The token call takes `{"access_key"}` and returns `{"token"}`, both required and non-empty."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["TokenRequest"]["required"] == ["access_key"]
    assert schemas["Token"]["required"] == ["token"]
    request = API.validator("TokenRequest")
    assert request.is_valid({"access_key": "k"})
    assert not request.is_valid({"access_key": ""})
    assert not request.is_valid({})
    assert "60 minutes" in API.op("create_token")["description"]


def test_every_operation_has_provenance_found_in_its_source() -> None:
    """x-doc names the vendor document and a heading that exists there (or a facts-sheet heading and its page)."""
    document_lines = vendor_text(DOCS / "sevensenders-portal-orders.txt").splitlines()
    facts_text = vendor_text(FACTS)
    facts_headings = [line.lstrip("#").strip() for line in facts_text.splitlines()]
    for method, path, op in API.operations().values():
        doc = op["x-doc"]
        where = f"{method.upper()} {path}"
        if doc["document"] == "sevensenders-portal-orders.txt":
            assert doc["section"] in document_lines, where
        else:
            assert doc["document"] == "vendor-facts.md", where
            assert doc["section"] in facts_headings, where
            assert doc["source"].startswith("https://"), where
            assert doc["source"].rsplit("/", 1)[1] in facts_text, where
        assert op["summary"] and op["description"], where
        assert len(op["tags"]) == 1 and op["tags"][0] in {t["name"] for t in SPEC["tags"]}, where


@pytest.mark.parametrize(
    ("operation_id", "codes"),
    [
        ("create_token", {"200", "400", "401"}),
        ("create_order", {"201", "400", "401"}),
        ("list_orders", {"200", "400", "401"}),
        ("get_order", {"200", "400", "401", "404"}),
        ("update_order", {"200", "400", "401", "404"}),
        ("delete_order", {"204", "400", "401", "404"}),
        ("create_order_state", {"201", "400", "401", "404"}),
        ("create_shipment", {"201", "400", "401"}),
        ("create_label", {"201", "400", "401"}),
    ],
)
def test_status_codes(operation_id: str, codes: set[str]) -> None:
    """Each operation declares its success code and its error codes."""
    assert set(API.op(operation_id)["responses"]) == codes


def test_create_order_fields_and_the_25_languages() -> None:
    """Create takes the seven documented fields (order_id and order_date mandatory); language is one of 25 codes."""
    schemas = SPEC["components"]["schemas"]
    create = schemas["OrderCreate"]
    assert set(create["properties"]) == {
        "order_id",
        "order_url",
        "order_date",
        "boarding_complete",
        "language",
        "order_tags",
        "promised_delivery_date",
    }
    assert set(create["required"]) == {"order_id", "order_date"}
    # The document's line: "Available language | bg; cs; ... sv & uk (Note: ...)".
    [line] = [
        line
        for line in vendor_text(DOCS / "sevensenders-portal-orders.txt").splitlines()
        if line.startswith("Available language")
    ]
    documented = re.findall(r"\b[a-z]{2}\b", line.split("|")[1].split("(")[0])
    assert len(documented) == 25
    assert schemas["LanguageCode"]["enum"] == documented
    body = API.validator("OrderCreate")
    minimal = {"order_id": "order123456", "order_date": "2017-08-15T16:53:07+01:00"}
    assert body.is_valid(minimal)
    assert not body.is_valid({**minimal, "language": "EN"})
    assert not body.is_valid({**minimal, "language": ["en"]})
    assert not body.is_valid({**minimal, "boarding_complete": "False"})
    assert not body.is_valid({**minimal, "order_date": "15.08.2017 16:53:07"})
    assert not body.is_valid({"order_id": "order123456"})


def test_update_is_partial_and_documents_the_completion_rule() -> None:
    """PUT /orders/{id} takes the create fields with none required; its description states when an order completes."""
    schemas = SPEC["components"]["schemas"]
    assert "required" not in schemas["OrderUpdate"]
    assert schemas["OrderUpdate"]["properties"] == schemas["OrderCreate"]["properties"]
    assert API.validator("OrderUpdate").is_valid({"boarding_complete": True})
    description = API.op("update_order")["description"]
    for words in ("boarding_complete", "true (or null)", "delivered"):
        assert words in description


def test_order_states() -> None:
    """Order-state changes need order_id, state and datetime; the state is one of the eight documented lowercase states."""
    schemas = SPEC["components"]["schemas"]
    assert schemas["OrderState"]["enum"] == [
        "new",
        "paid",
        "in_production",
        "warehouse_handover",
        "in_preparation",
        "returned",
        "refunded",
        "cancelled",
    ]
    assert set(schemas["OrderStateCreate"]["required"]) == {"order_id", "state", "datetime"}
    body = API.validator("OrderStateCreate")
    assert not body.is_valid({"order_id": "o", "state": "In_preparation", "datetime": "2017-08-15T16:53:07+01:00"})


def test_reconciliations_are_recorded() -> None:
    """Each documented inconsistency carries an x-doc-note where it applies."""
    schemas = SPEC["components"]["schemas"]
    notes = {
        "date format": SPEC["info"]["x-doc-note"],
        "/order vs /orders": API.op("create_order")["x-doc-note"],
        "order-states vs order_states": API.op("create_order_state")["x-doc-note"],
        "language array vs string": schemas["LanguageCode"]["x-doc-note"],
        "order_tags array vs object": schemas["OrderTags"]["x-doc-note"],
        "boarding_complete False/0": schemas["OrderCreate"]["properties"]["boarding_complete"]["x-doc-note"],
        "state lists": schemas["OrderState"]["x-doc-note"],
        "token lifetime": API.op("create_token")["x-doc-note"],
    }
    assert "+0000" in notes["date format"] and "dd.mm.yyyy" in notes["date format"]
    assert "/order" in notes["/order vs /orders"]
    assert "order_states" in notes["order-states vs order_states"]
    assert "Array" in notes["language array vs string"]
    assert "object" in notes["order_tags array vs object"]
    assert "False" in notes["boarding_complete False/0"]
    assert "In_preparation" in notes["state lists"]
    assert "60 minutes" in notes["token lifetime"]
    assert not any("nullable" in node for node in walk(schemas))


def test_shipments_need_a_tracking_code_or_a_reference_number() -> None:
    """A shipment without both tracking_code and reference_number is rejected; either one suffices."""
    body = API.validator("ShipmentCreate")
    base = {
        "order_id": "order123456",
        "carrier": {"name": "dhl", "country": "DE"},
        "recipient_first_name": "David",
        "recipient_last_name": "Hasselhoff",
        "recipient_email": "david.hasselhoff@sevensenders.com",
        "recipient_address": "Schwedter Str. 36 A",
    }
    assert not body.is_valid(base)
    assert body.is_valid({**base, "tracking_code": "t1"})
    assert body.is_valid({**base, "reference_number": "r1"})
    assert not body.is_valid({**base, "tracking_code": "t1", "recipient_address": "line 1\nline 2"})
    assert not body.is_valid({**base, "tracking_code": "t1", "carrier_service": "overnight"})
    assert SPEC["components"]["schemas"]["CarrierService"]["enum"] == ["standard", "express", "other"]


def test_labels_name_an_order_and_a_format() -> None:
    """A label request needs order_id or an embedded order; the format is pdf, zpl or zpl300; the answer is JSON."""
    body = API.validator("LabelCreate")
    base = {
        "carrier": {"name": "dhl", "country": "DE"},
        "recipient_first_name": "David",
        "recipient_last_name": "Hasselhoff",
        "recipient_email": "david.hasselhoff@sevensenders.com",
        "recipient_street": "Schwedter Str.",
        "recipient_zip": "10435",
        "recipient_city": "Berlin",
        "recipient_country": "DE",
    }
    assert not body.is_valid(base)
    assert body.is_valid({**base, "order_id": "order123456"})
    assert body.is_valid({**base, "order": {"order_id": "o1", "order_date": "2022-07-14T08:36:53.353Z"}})
    assert not body.is_valid({**base, "order_id": "order123456", "format": "png"})
    assert SPEC["components"]["schemas"]["LabelFormat"]["enum"] == ["pdf", "zpl", "zpl300"]
    assert list(API.op("create_label")["responses"]["201"]["content"]) == ["application/json"]


def test_create_order_links_to_get_update_delete() -> None:
    """The create response links to get/update/delete by the returned id (Schemathesis stateful runs)."""
    links = API.op("create_order")["responses"]["201"]["links"]
    by_operation = {link["operationId"]: link["parameters"] for link in links.values()}
    assert by_operation["get_order"] == {"id": "$response.body#/id"}
    assert by_operation["update_order"] == {"id": "$response.body#/id"}
    assert by_operation["delete_order"] == {"id": "$response.body#/id"}
    assert "id" in SPEC["components"]["schemas"]["Order"]["required"]


# --- the generated client ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client_package() -> ModuleType:
    """The generated package (skipped until it is built)."""
    return API.package()


def _client(handler: Recorder) -> Any:
    return API.client(handler, token="jwt-token")


def _example_calls(client_package: ModuleType) -> dict[str, dict[str, Any]]:
    """How to call each operation whose responses carry examples (the mock transport answers with the example)."""
    models = importlib.import_module(f"{client_package.__name__}.models")
    return {
        "create_token": {"body": models.TokenRequest(access_key="k")},
        "create_order": {
            "body": models.OrderCreate(order_id="order123456", order_date=dt.datetime(2017, 8, 15, tzinfo=dt.UTC))
        },
        "create_shipment": {
            "body": models.ShipmentCreate(
                order_id="order123456",
                carrier=models.CarrierRef(name="dhl", country="DE"),
                recipient_first_name="David",
                recipient_last_name="Hasselhoff",
                recipient_email="david.hasselhoff@sevensenders.com",
                recipient_address="Schwedter Str. 36 A",
                tracking_code="trackingNumber123",
            )
        },
    }


def test_every_response_example_round_trips_through_the_generated_client(client_package: ModuleType) -> None:
    """Each example response, served over HTTP, parses into the generated models and `to_dict()`s back unchanged."""
    calls = _example_calls(client_package)
    examples = API.response_examples()
    assert {example.operation_id for example in examples} == set(calls)
    for operation_id, code, _name, _schema, example in examples:
        module = API.endpoint(operation_id)
        parsed = module.sync_detailed(client=_client(Recorder(example, int(code))), **calls[operation_id]).parsed
        assert plain(parsed) == example, f"{operation_id} {code}"


def test_token_request_is_unauthenticated_json(client_package: ModuleType) -> None:
    """create_token posts `{"access_key": ...}` as JSON to /v2/token and returns the token."""
    from sevensenders_client.api.authentication import create_token
    from sevensenders_client.models import TokenRequest

    recorder = Recorder({"token": "abc.def.ghi"})
    client = API.client(recorder, headers={})
    token = create_token.sync(client=client, body=TokenRequest(access_key="secret-key"))
    assert token is not None and token.token == "abc.def.ghi"
    request = recorder.only
    assert (request.method, request.url.path) == ("POST", "/v2/token")
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"access_key": "secret-key"}
    assert "authorization" not in request.headers


def test_create_order_sends_json_with_iso_dates(client_package: ModuleType) -> None:
    """create_order posts JSON: dates as ISO 8601 with the offset colon, language as one code, tags as an object."""
    from sevensenders_client.api.orders import create_order
    from sevensenders_client.models import LanguageCode, Order, OrderCreate, OrderTags

    recorder = Recorder(
        answer=lambda request: httpx.Response(201, json={**json.loads(request.content), "id": "4417096"})
    )
    tags = OrderTags()
    tags["SKU"] = "1234"
    body = OrderCreate(
        order_id="order123456",
        order_date=dt.datetime(2017, 8, 15, 16, 53, 7, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        boarding_complete=False,
        language=LanguageCode.EN,
        order_tags=tags,
    )
    created = create_order.sync(client=_client(recorder), body=body)
    assert isinstance(created, Order) and created.id == "4417096"
    request = recorder.only
    assert (request.method, request.url.path) == ("POST", "/v2/orders")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == "Bearer jwt-token"
    assert json.loads(request.content) == {
        "order_id": "order123456",
        "order_date": "2017-08-15T16:53:07+01:00",
        "boarding_complete": False,
        "language": "en",
        "order_tags": {"SKU": "1234"},
    }


def test_order_reads_parse_dates_with_or_without_the_offset_colon(client_package: ModuleType) -> None:
    """A response date written "+0000" (as in the older samples) parses to the same instant as "+00:00"."""
    from sevensenders_client.models import Order

    with_colon = Order.from_dict({"id": "1", "order_id": "o", "order_date": "2017-08-10T05:45:00+00:00"})
    without = Order.from_dict({"id": "1", "order_id": "o", "order_date": "2017-08-10T05:45:00+0000"})
    assert with_colon.order_date == without.order_date == dt.datetime(2017, 8, 10, 5, 45, tzinfo=dt.UTC)


def test_list_orders_sends_bracketed_date_filters_and_id_in_path(client_package: ModuleType) -> None:
    """list_orders sends `order_date[after]=...` literally (percent-encoded); get/delete put the id in the path."""
    from sevensenders_client.api.orders import delete_order, get_order, list_orders

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(204)
        if request.url.path == "/v2/orders":
            return httpx.Response(200, json=[])
        return httpx.Response(404, json={"message": "not found"})

    recorder = Recorder(answer=answer)
    sent = recorder.requests
    client = _client(recorder)
    after = dt.datetime(2017, 8, 10, 5, 45, tzinfo=dt.UTC)
    assert list_orders.sync(client=client, order_id="order123456", order_dateafter=after) == []
    assert parse_qs(sent[0].url.query.decode(), strict_parsing=True) == {
        "order_id": ["order123456"],
        "order_date[after]": ["2017-08-10T05:45:00+00:00"],
    }
    assert b"order_date%5Bafter%5D=" in sent[0].url.query
    missing = get_order.sync_detailed(client=client, id="4417096")
    assert missing.status_code == 404 and missing.parsed is not None
    assert missing.parsed.to_dict() == {"message": "not found"}
    assert delete_order.sync_detailed(client=client, id="4417096").status_code == 204
    assert [r.url.path for r in sent[1:]] == ["/v2/orders/4417096", "/v2/orders/4417096"]


def test_label_response_is_one_label_or_a_list(client_package: ModuleType) -> None:
    """create_label parses a single label object, or a list of them (outbound plus return)."""
    from sevensenders_client.api.labels import create_label
    from sevensenders_client.models import CarrierRef, Label, LabelCreate, LabelFormat

    answers = [
        {"tracking_code": "t1", "label_url": "https://x/l1.pdf"},
        [{"tracking_code": "t1"}, {"tracking_code": "t2"}],
    ]

    client = _client(Recorder(answer=lambda request: httpx.Response(201, json=answers.pop(0))))
    body = LabelCreate(
        order_id="order123456",
        format_=LabelFormat.PDF,
        carrier=CarrierRef(name="dhl", country="DE"),
        recipient_first_name="David",
        recipient_last_name="Hasselhoff",
        recipient_email="david.hasselhoff@sevensenders.com",
        recipient_street="Schwedter Str.",
        recipient_zip="10435",
        recipient_city="Berlin",
        recipient_country="DE",
    )
    one = create_label.sync(client=client, body=body)
    assert isinstance(one, Label) and one["label_url"] == "https://x/l1.pdf"
    several = create_label.sync(client=client, body=body)
    assert isinstance(several, list) and [label["tracking_code"] for label in several] == ["t1", "t2"]
