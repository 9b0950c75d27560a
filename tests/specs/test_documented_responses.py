"""What the documents say a server sends loads through the generated clients; what clients send stays strict.

One test per reading of a document that an earlier spec version got wrong (issue 15, "Spec fixes"): each
fails against that version, e.g. a unit without `convert` raised KeyError, a draft's null `sentDate` raised
TypeError, the form flag `false` went out as text a PHP backend may read as true.
"""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.specs._spectools import Recorder, SpecUnderTest, plain

LAGERKOLL = SpecUnderTest("lagerkoll", headers={"store": "1234", "api_key": "secret-key"})
SEVENTIME = SpecUnderTest("seventime", headers={"Client-Secret": "k"})
SEVENSENDERS = SpecUnderTest("sevensenders", headers={"Authorization": "Bearer jwt-token"})
SEVENSENDERS_V2 = SpecUnderTest("sevensenders_v2", headers={"API-KEY": "k"})
ORDERTIME = SpecUnderTest("ordertime", headers={"apiKey": "key", "email": "api@example.com", "DevKey": "dev"})


def _example(api: SpecUnderTest, operation_id: str, status: str = "200") -> Any:
    """A deep copy of the first example of an operation's response."""
    found = [e.value for e in api.response_examples() if (e.operation_id, e.status) == (operation_id, status)]
    return copy.deepcopy(found[0])


# --- Lagerkoll ------------------------------------------------------------------------------------------

FREE_TEXT_ROW = {
    "id": 7,
    "articleName": "Freight, flat rate",
    "articleId": None,
    "supplierArticleId": None,
    "description": None,
    "orderedAmount": 0,
    "deliveredAmount": 0,
    "availableAmount": 0,
    "stockWarning": 0,
    "purchasePrice": 0,
    "purchasePriceMisc": 0,
    "purchasePriceShipment": 0,
    "rate": None,
    "unit": None,
    "type": None,
    "stock": None,
    "batches": None,
    "units": None,
    "orderedAmountWithUnits": None,
}


def test_lagerkoll_unit_without_convert_loads() -> None:
    """A row's unit lacking `convert` (mandatory only when a unit is written) no longer fails the order."""
    body = _example(LAGERKOLL, "get_purchase_order")
    del body["orders"][0]["articles"][0]["units"][0]["convert"]
    assert LAGERKOLL.validator("PurchaseOrdersResponse").is_valid(body)
    page = LAGERKOLL.parse("get_purchase_order", 200, body)
    unit = page.orders[0].articles[0].units[0]
    assert unit.unit.name == "name" and "convert" not in unit.to_dict()


def test_lagerkoll_free_text_row_with_nulls_loads() -> None:
    """A free-text row reads back with null for every field describing an article; it loads and round-trips."""
    body = _example(LAGERKOLL, "get_purchase_order")
    body["orders"][0]["articles"].append(FREE_TEXT_ROW)
    assert LAGERKOLL.validator("PurchaseOrdersResponse").is_valid(body)
    row = LAGERKOLL.parse("get_purchase_order", 200, body).orders[0].articles[1]
    assert (row.article_name, row.article_id, row.type_, row.unit, row.stock, row.units) == (
        "Freight, flat rate", None, None, None, None, None,
    )  # fmt: skip
    assert row.to_dict() == FREE_TEXT_ROW
    # Amounts with a documented default stay numbers: a null there is still a deviation.
    assert not LAGERKOLL.validator("PurchaseOrderArticle").is_valid({**FREE_TEXT_ROW, "orderedAmount": None})


def test_lagerkoll_row_removal_names_the_row_by_id() -> None:
    """Removal requires the row `id` (free-text rows have no articleId), and the client sends just that."""
    from lagerkoll_client.api.purchase_orders import remove_purchase_order_product
    from lagerkoll_client.models import PurchaseOrderArticleRemoval

    removal = LAGERKOLL.validator("PurchaseOrderArticleRemoval")
    assert removal.is_valid({"id": 7}) and not removal.is_valid({"articleId": "A-1"})
    recorder = Recorder(_example(LAGERKOLL, "remove_purchase_order_product"))
    client = LAGERKOLL.client(recorder)
    remove_purchase_order_product.sync(42, client=client, body=PurchaseOrderArticleRemoval(id=7))
    assert recorder.only.read() == b'{"id":7}'


def test_lagerkoll_batches_answer_is_one_object_or_a_list() -> None:
    """The batches of a row load as the document's sample (one object) and as the prose's list."""
    batch = {"deliveredAmount": 1, "serialNr": "S-1", "bestBefore": 4935, "batchId": "B-1", "orderedAmount": 1}
    single = LAGERKOLL.parse("list_purchase_order_batch_products", 200, batch)
    assert plain(single) == batch and single.batch_id == "B-1"
    listed = LAGERKOLL.parse("list_purchase_order_batch_products", 200, [batch, batch])
    assert plain(listed) == [batch, batch]


def test_lagerkoll_open_order_sort_column_is_the_servers_default() -> None:
    """The documented default `art` (outside the allowed list) is not sent; a chosen column is."""
    from lagerkoll_client.api.purchase_orders import list_open_purchase_order_articles
    from lagerkoll_client.models import OpenPurchaseOrderSortColumn

    empty = {"pages": 0, "pageSize": 20, "page": 0, "articlesCount": 0, "articles": []}
    recorder = Recorder(empty)
    client = LAGERKOLL.client(recorder)
    list_open_purchase_order_articles.sync(client=client)
    list_open_purchase_order_articles.sync(client=client, sort_column=OpenPurchaseOrderSortColumn.ID)
    default, chosen = (parse_qs(r.url.query.decode()) for r in recorder.requests)
    assert "sort_column" not in default and chosen["sort_column"] == ["id"]
    sort_column = LAGERKOLL.parameters("list_open_purchase_order_articles")["sort_column"]["schema"]
    assert sort_column["x-server-default"] == "art" and "default" not in sort_column


def test_lagerkoll_ordered_article_state_is_any_integer() -> None:
    """OrderedArticle.state is undocumented: a value outside 0-4 loads as the integer it is."""
    body = _example(LAGERKOLL, "list_ordered_articles")
    body["articles"][0]["state"] = 2116  # as in the document's sample
    assert LAGERKOLL.validator("OrderedArticlesResponse").is_valid(body)
    assert LAGERKOLL.parse("list_ordered_articles", 200, body).articles[0].state == 2116


# --- Seven Time -----------------------------------------------------------------------------------------


def test_seventime_draft_without_dates_loads() -> None:
    """A draft was never sent and may have no order or delivery date: nulls load as None."""
    body = _example(SEVENTIME, "get_purchase_order")
    body["data"].update(purchaseOrderStatus=1, sentDate=None, purchaseOrderDate=None, desiredDeliveryDate=None)
    assert SEVENTIME.validator("PurchaseOrderEnvelope").is_valid(body)
    order = SEVENTIME.parse("get_purchase_order", 200, body).data
    assert (order.sent_date, order.purchase_order_date, order.desired_delivery_date) == (None, None, None)


@pytest.mark.parametrize(
    ("sent", "kind", "unknown"),
    [(10, "PurchaseOrderStatus", False), (7, "PurchaseOrderStatus", True), ("2", "str", None)],
)
def test_seventime_status_is_open_in_responses(sent: Any, kind: str, unknown: bool | None) -> None:
    """A documented code reads as PurchaseOrderStatus; an unknown code as an unknown PurchaseOrderStatus
    member holding it (the generated enums are open); a code as text (the documented type is String) as it came."""
    body = _example(SEVENTIME, "get_purchase_order")
    body["data"]["purchaseOrderStatus"] = sent
    assert SEVENTIME.validator("PurchaseOrderEnvelope").is_valid(body)
    status = SEVENTIME.parse("get_purchase_order", 200, body).data.purchase_order_status
    assert type(status).__name__ == kind and status == sent
    assert getattr(status, "is_unknown", None) is unknown


def test_seventime_status_stays_strict_in_requests() -> None:
    """A create or update still sends only one of the documented integer codes."""
    create = {"createdByUser": "51714655fbb708f379000003", "distributor": "5f6b4b6ef26b5d6f5a687207"}
    validator = SEVENTIME.validator("PurchaseOrderCreate")
    assert validator.is_valid({**create, "purchaseOrderStatus": 10})
    assert not validator.is_valid({**create, "purchaseOrderStatus": 7})
    assert not validator.is_valid({**create, "purchaseOrderStatus": "2"})


def test_seventime_work_order_number_as_a_number_loads() -> None:
    """workOrderNumber copies the work order's number, which the vendor also shows as a JSON number."""
    body = _example(SEVENTIME, "get_purchase_order")
    body["data"]["workOrderNumber"] = 4922
    assert SEVENTIME.validator("PurchaseOrderEnvelope").is_valid(body)
    assert SEVENTIME.parse("get_purchase_order", 200, body).data.work_order_number == 4922


def test_seventime_accept_header_is_recorded_for_every_request() -> None:
    """`Accept: application/json` (documented, but not expressible as an OpenAPI parameter) is recorded as
    x-default-headers (its `headers` map), with provenance."""
    declared = SEVENTIME.spec["x-default-headers"]
    assert declared["headers"] == {"Accept": "application/json"}
    assert declared["x-doc"]["document"] == "seventime-purchase-orders.md" and declared["x-doc-note"]


# --- Seven Senders Portal -------------------------------------------------------------------------------


def test_sevensenders_order_with_numeric_id_and_tag_pairs_loads() -> None:
    """Orders on this host have numeric ids, and tags come back as name/content pairs; the id goes back in the
    path unchanged."""
    from sevensenders_client.api.orders import get_order

    body = {
        "id": 4417096,
        "order_id": "order123456",
        "order_date": "2017-08-15T16:53:07+01:00",
        "order_tags": [{"name": "tag1", "content": "Baywatch"}],
    }
    assert SEVENSENDERS.validator("Order").is_valid(body)
    recorder = Recorder(body)
    order = get_order.sync(client=SEVENSENDERS.client(recorder), id=4417096)
    assert order is not None and order.id == 4417096
    assert [(tag.name, tag.content) for tag in order.order_tags] == [("tag1", "Baywatch")]
    assert recorder.only.url.path == "/v2/orders/4417096"


# --- Seven Senders v2 -----------------------------------------------------------------------------------


def test_sevensenders_v2_form_flags_are_sent_as_0_and_1() -> None:
    """Yes/no form fields go out as 1 / 0, the document's form, never as the text true / false."""
    from sevensenders_v2_client.api.shipments import update_shipment
    from sevensenders_v2_client.models import FormBoolean, ShipmentUpdateForm

    recorder = Recorder({"id": 987654321, "shop_order_id": "order123456"})
    body = ShipmentUpdateForm(return_parcel=FormBoolean.TRUE, pickup_point_selected=FormBoolean.FALSE)
    update_shipment.sync(987654321, client=SEVENSENDERS_V2.client(recorder), body=body)
    assert parse_qs(recorder.only.content.decode()) == {"return_parcel": ["1"], "pickup_point_selected": ["0"]}
    assert not SEVENSENDERS_V2.validator("ShipmentUpdateForm").is_valid({"return_parcel": False})


def test_sevensenders_v2_create_answers_with_a_json_order() -> None:
    """The 201 of create is documented as application/json: its body (the stored order) is parsed."""
    created = {"id": 4417096, "shop_order_id": "order123456", "shop_order_date": "2017-08-15T16:53:07+01:00"}
    order = SEVENSENDERS_V2.parse("create_order", 201, created)
    assert order is not None and order.id == 4417096
    assert list(SEVENSENDERS_V2.op("create_order")["responses"]["201"]["content"]) == ["application/json"]


# --- Order Time -----------------------------------------------------------------------------------------


def test_ordertime_part_item_with_one_unit_reference_loads() -> None:
    """A part item has UomRef or UomSetRef; the other comes back null, which loads as None."""
    body = _example(ORDERTIME, "get_part_item") | {"UomRef": {"Id": 1, "Name": "Each"}, "UomSetRef": None}
    assert ORDERTIME.validator("PartItem").is_valid(body)
    item = ORDERTIME.parse("get_part_item", 200, body)
    assert item.uom_set_ref is None and item.uom_ref.name == "Each"
    # Still at least one of the two, and it must be set.
    assert not ORDERTIME.validator("PartItem").is_valid(body | {"UomRef": None})


def test_ordertime_unlisted_record_type_can_be_requested() -> None:
    """RecordType names the known numbers; a list query takes any other number as well."""
    from ordertime_client.api.lists import list_records
    from ordertime_client.models import ListInfo

    recorder = Recorder([])
    assert list_records.sync(client=ORDERTIME.client(recorder), body=ListInfo(type_=9999)) == []
    assert recorder.only.read() == b'{"Type":9999}'
