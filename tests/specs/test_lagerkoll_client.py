"""Lagerkoll purchase orders: the generated client sends the documented requests and parses every documented answer
(the spec's own facts are in test_lagerkoll_spec.py)."""

from __future__ import annotations

import importlib
import json
import re
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.specs._spectools import Recorder, SpecUnderTest, plain

API = SpecUnderTest("lagerkoll", headers={"store": "1234", "api_key": "secret-key"})
NO_ORDERS = {"ordersCount": 0, "pages": 0, "pageSize": 50, "page": 0, "orders": []}


@pytest.fixture(scope="module")
def lk() -> ModuleType:
    """The generated package (skipped until it is built)."""
    return API.package()


def _call_arguments(operation_id: str) -> dict[str, Any]:
    """Path parameters and (typed) body for calling an operation; the values do not matter to the mock transport."""
    models = importlib.import_module("lagerkoll_client.models")
    values = {"order_id": 42, "article_id": "ACME/1", "state": models.PurchaseOrderState.SENT, "po_ref": "PO-1",
              "customer_order_id": 7, "supplier_id": 3}  # fmt: skip
    _, path, op = API.operations()[operation_id]
    kwargs = {name: values[name] for name in re.findall(r"\{(\w+)\}", path)}
    if "requestBody" in op:
        media = op["requestBody"]["content"]["application/json"]
        model = getattr(models, media["schema"]["$ref"].rsplit("/", 1)[1])
        kwargs["body"] = model.from_dict(media["example"])
    return kwargs


def test_every_operation_has_a_generated_module(lk: ModuleType) -> None:
    """No operation was dropped: each one is a module under lagerkoll_client/api/<tag>/."""
    for _method, _path, op in API.operations().values():
        tag = {"print": "print_"}.get(op["tags"][0], op["tags"][0])
        module = importlib.import_module(f"lagerkoll_client.api.{tag}.{op['operationId']}")
        assert callable(module.sync_detailed)


def test_every_response_example_round_trips_through_the_generated_models(lk: ModuleType) -> None:
    """Each example response, served over HTTP, parses into the generated model and `to_dict()`s back unchanged."""
    checked = 0
    for operation_id, status, _name, _schema, example in API.response_examples():
        client = API.client(Recorder(example, int(status)))
        parsed = API.endpoint(operation_id).sync_detailed(client=client, **_call_arguments(operation_id)).parsed
        assert plain(parsed) == example, f"{operation_id} {status}"
        checked += 1
    assert checked == 30 + 3 * 37


def test_request_models_round_trip_their_examples(lk: ModuleType) -> None:
    """Each example request body builds its generated model and serialises back to the same JSON."""
    models = importlib.import_module("lagerkoll_client.models")
    for operation_id, status, _name, schema, example in API.examples():
        if status == "request":
            model = getattr(models, schema["$ref"].rsplit("/", 1)[1])
            assert model.from_dict(example).to_dict() == example, operation_id


def test_article_id_with_slash_is_percent_encoded_and_defaults_are_sent(lk: ModuleType) -> None:
    """list_purchase_orders_with_article sends the id as one encoded segment, the filter and every default."""
    from lagerkoll_client.api.purchase_orders import list_purchase_orders_with_article

    recorder = Recorder(NO_ORDERS)
    result = list_purchase_orders_with_article.sync(client=API.client(recorder), article_id="ACME/100 x", batch="B-7")
    assert result is not None and result.orders == []
    request = recorder.only
    assert request.method == "GET"
    assert (
        request.url.raw_path
        == b"/v1/purchase_orders/article/ACME%2F100%20x?batch=B-7&order=asc&sort_column=id&page=0&limit=50"
    )
    assert request.headers["store"] == "1234" and request.headers["api_key"] == "secret-key"


def test_list_purchase_orders_sends_documented_defaults_and_enum_values(lk: ModuleType) -> None:
    """Without arguments the documented defaults go on the wire; enum members are sent as their values."""
    from lagerkoll_client.api.purchase_orders import list_purchase_orders, list_purchase_orders_by_state
    from lagerkoll_client.models import PurchaseOrderSortColumn, PurchaseOrderState

    recorder = Recorder(NO_ORDERS)
    sent = recorder.requests
    list_purchase_orders.sync(client=API.client(recorder))
    list_purchase_orders_by_state.sync(
        PurchaseOrderState.RECEIVED, client=API.client(recorder), supplier_id=9,
        sort_column=PurchaseOrderSortColumn.DELIVERED_DATE,
    )  # fmt: skip
    assert sent[0].url.raw_path == b"/v1/purchase_orders?state=-1&order=asc&sort_column=po_ref&page=0&limit=50"
    assert sent[1].url.raw_path == (
        b"/v1/purchase_orders/state/2?supplier_id=9&order=asc&sort_column=delivered_date&page=0&limit=50"
    )


def test_add_purchase_order_posts_the_json_body_and_requires_post_fields(lk: ModuleType) -> None:
    """add_purchase_order POSTs exactly the given fields as JSON; the POST-mandatory fields are constructor-required."""
    from lagerkoll_client.api.purchase_orders import add_purchase_order
    from lagerkoll_client.models import PurchaseOrder, PurchaseOrderArticle, PurchaseOrderCreate, PurchaseOrderState

    recorder = Recorder(
        answer=lambda request: httpx.Response(200, json={**json.loads(request.content), "id": 501, "state": 0})
    )
    body = PurchaseOrderCreate(
        po_reference="PO-2024-17", supplier_id=12, delivery_date=1714058507378, delivery_address="Storgatan 1",
        delivery_city="Umeå", delivery_zip="90326", delivery_country="SE", contact_person="Anna",
        contact_email="anna@example.com", state=PurchaseOrderState.NEW,
        articles=[PurchaseOrderArticle(article_id="ACME/1", ordered_amount=5.0)],
    )  # fmt: skip
    created = add_purchase_order.sync(client=API.client(recorder), body=body)
    request = recorder.only
    assert (request.method, request.url.raw_path) == ("POST", b"/v1/purchase_orders")
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "poReference": "PO-2024-17", "supplierId": 12, "deliveryDate": 1714058507378,
        "deliveryAddress": "Storgatan 1", "deliveryCity": "Umeå", "deliveryZip": "90326", "deliveryCountry": "SE",
        "contactPerson": "Anna", "contactEmail": "anna@example.com", "state": 0,
        "articles": [{"articleId": "ACME/1", "orderedAmount": 5.0}],
    }  # fmt: skip
    assert isinstance(created, PurchaseOrder) and created.id == 501 and created.state is PurchaseOrderState.NEW
    with pytest.raises(TypeError):
        PurchaseOrderCreate(po_reference="PO-1")  # type: ignore[call-arg]


def test_send_purchase_order_puts_receivers_and_the_email_flag(lk: ModuleType) -> None:
    """send_purchase_order PUTs the receivers as JSON with sendemail=true in the query."""
    from lagerkoll_client.api.purchase_orders import send_purchase_order
    from lagerkoll_client.models import Receivers

    recorder = Recorder({"id": 42, "state": 1})
    receivers = Receivers(to="orders@supplier.example", cc_list=["boss@example.com"])
    send_purchase_order.sync(42, client=API.client(recorder), sendemail=True, body=receivers)
    request = recorder.only
    assert (request.method, request.url.raw_path) == ("PUT", b"/v1/purchase_orders/42/send?sendemail=true")
    assert json.loads(request.content) == {"to": "orders@supplier.example", "ccList": ["boss@example.com"]}


def test_print_labels_returns_the_pdf_as_a_file(lk: ModuleType) -> None:
    """print_labels sends ordered=false by default and hands back the PDF bytes as a File."""
    from lagerkoll_client.api.print_ import print_labels
    from lagerkoll_client.types import File

    pdf = b"%PDF-1.4\n%minimal\n"
    recorder = Recorder(
        answer=lambda request: httpx.Response(200, content=pdf, headers={"Content-Type": "application/pdf"})
    )
    result = print_labels.sync(42, client=API.client(recorder))
    assert isinstance(result, File) and result.payload.read() == pdf
    assert recorder.only.url.raw_path == b"/v1/purchase_orders/42/print_labels?ordered=false"


def test_rate_limited_response_parses_as_error(lk: ModuleType) -> None:
    """A 429 answer parses into the Error model; its Retry-After header stays available on the response."""
    from lagerkoll_client.api.purchase_orders import remove_article_from_open_order
    from lagerkoll_client.models import Error

    body = {"errorCode": 900429, "errorMessage": "Too many requests", "errorField": None, "errorData": None}
    recorder = Recorder(body, 429, headers={"Retry-After": "12"})
    response = remove_article_from_open_order.sync_detailed("A/B", client=API.client(recorder))
    request = recorder.only
    assert request.method == "DELETE" and request.url.raw_path == b"/v1/purchase_orders/open/products/A%2FB"
    assert isinstance(response.parsed, Error) and response.parsed.error_code == 900429
    assert response.headers["Retry-After"] == "12"
