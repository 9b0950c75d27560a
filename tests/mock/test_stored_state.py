"""Creates store what was posted (plus the server's own fields), and every later read returns exactly that."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from ordermock._app import MockApp

from tests.mock._mock_helpers import LAGERKOLL_NEW_ORDER, present

Factory = Callable[..., tuple[MockApp, httpx.Client]]

LAGERKOLL_ORDER = {
    **LAGERKOLL_NEW_ORDER,
    "comment": "hello",
    "articles": [{"articleId": "A-1", "orderedAmount": 3}, {"articleName": "Free text row"}],
}
#: PurchaseOrder fields a client may send that LAGERKOLL_ORDER leaves out (no documented default).
LAGERKOLL_UNSENT = (
    "confirmedDeliveryDate",
    "paymentTerms",
    "deliveryTerms",
    "deliveryContact",
    "deliveryCompany",
    "deliveryPhone",
    "deliveryAddress2",
    "supplierOrderId",
    "customerOrderId",
    "productionOrderId",
    "message",
    "externalInvoiceReference",
    "goodsMarking",
)


def _lagerkoll_orders(client: httpx.Client, path: str = "/purchase_orders", **params: Any) -> list[dict[str, Any]]:
    response = client.get(path, params={"limit": 1000, **params})
    assert response.status_code == 200
    orders: list[dict[str, Any]] = response.json()["orders"]
    return orders


@pytest.mark.parametrize("api", present("lagerkoll"))
def test_lagerkoll_add_purchase_order_stores_what_was_posted(api: str, api_client: Factory) -> None:
    """Posted fields as sent, nothing invented for unsent ones, state NEW, x-server-defaults, row ids; reads agree."""
    _, client = api_client(api, seed_data=3)
    response = client.post("/purchase_orders", json=LAGERKOLL_ORDER)
    assert response.status_code == 200
    order = response.json()
    assert "orders" not in order  # the spec's answer is the bare PurchaseOrder, not the list envelope
    for name, value in LAGERKOLL_ORDER.items():
        if name != "articles":
            assert order[name] == value, name
    assert not set(LAGERKOLL_UNSENT) & set(order), "fields nobody sent"
    assert order["state"] == 0 and order["isPickNPack"] is False and order["productCount"] == 2
    assert isinstance(order["id"], int) and isinstance(order["storeId"], int)  # server-assigned / readOnly
    assert "orderSentDate" not in order and "deliveredDate" not in order
    first, second = order["articles"]
    assert first["articleId"] == "A-1" and first["orderedAmount"] == 3
    assert second["articleName"] == "Free text row" and second["orderedAmount"] == 0  # x-server-default
    for row in (first, second):
        assert isinstance(row["id"], int)
        assert row["deliveredAmount"] == 0 and row["purchasePrice"] == 0 and row["availableAmount"] == 0
    assert first["id"] != second["id"]
    assert client.get(f"/purchase_orders/{order['id']}").json()["orders"] == [order]
    assert client.get(f"/purchase_orders/po_ref/{order['poReference']}").json()["orders"] == [order]
    assert [o for o in _lagerkoll_orders(client) if o["id"] == order["id"]] == [order]


@pytest.mark.parametrize("api", present("lagerkoll"))
def test_lagerkoll_every_listed_order_has_its_unique_stable_id(api: str, api_client: Factory) -> None:
    """Every list variant carries `id` on every order; ids are unique and the same on every read."""
    _, client = api_client(api, seed_data=4)
    created = [
        client.post("/purchase_orders", json={**LAGERKOLL_ORDER, "poReference": f"R-{n}"}).json() for n in (1, 2)
    ]
    listed = _lagerkoll_orders(client)
    ids = [o["id"] for o in listed]
    assert len(ids) == 6 and len(set(ids)) == 6 and all(isinstance(i, int) for i in ids)
    assert {o["id"] for o in created} <= set(ids)
    assert [o["id"] for o in _lagerkoll_orders(client)] == ids
    for path in ("/purchase_orders/state/0", "/purchase_orders/article/A-1"):
        assert {o["id"] for o in created} <= {o["id"] for o in _lagerkoll_orders(client, path)}, path
    for order in created:  # rows too: each has an id that later reads repeat
        rows = client.get(f"/purchase_orders/{order['id']}").json()["orders"][0]["articles"]
        assert [r["id"] for r in rows] == [r["id"] for r in order["articles"]]
        assert all(isinstance(r["id"], int) for r in rows)


@pytest.mark.parametrize("api", present("lagerkoll"))
def test_lagerkoll_update_ignores_read_only_fields_and_deliveries_add_up(api: str, api_client: Factory) -> None:
    """A PUT keeps the server's readOnly values; delivering a row twice adds both quantities."""
    _, client = api_client(api)
    order = client.post("/purchase_orders", json=LAGERKOLL_ORDER).json()
    body = {**order, "comment": "changed", "storeId": 1, "supplierName": "Someone else", "orderValue": 0.5}
    updated = client.put(f"/purchase_orders/{order['id']}", json=body).json()
    assert updated["comment"] == "changed"
    assert (updated["storeId"], updated["supplierName"]) == (order["storeId"], order["supplierName"])
    row = order["articles"][0]["id"]
    client.put(f"/purchase_orders/{order['id']}/send", json={"to": "buyer@example.com"})
    for amount in (1, 2):
        delivered = client.post(f"/purchase_orders/{order['id']}/deliver", json={"id": row, "deliveredAmount": amount})
        assert delivered.status_code == 200 and delivered.json() == {"id": row, "deliveredAmount": amount}
    rows = client.get(f"/purchase_orders/{order['id']}").json()["orders"][0]["articles"]
    assert next(r for r in rows if r["id"] == row)["deliveredAmount"] == 3


@pytest.mark.parametrize("api", present("lagerkoll"))
def test_lagerkoll_open_order_keeps_the_posted_amounts(api: str, api_client: Factory) -> None:
    """Adding an article to the open order twice lists it once with the summed quantity."""
    _, client = api_client(api)
    for amount in (2, 5):
        assert (
            client.post("/purchase_orders/open/products", json={"articleId": "ART-9", "amount": amount}).status_code
            == 200
        )
    articles = client.get("/purchase_orders/open/products", params={"limit": 100}).json()["articles"]
    assert [a["orderedAmount"] for a in articles if a["articleId"] == "ART-9"] == [7]


@pytest.mark.parametrize("api", present("sevensenders"))
def test_sevensenders_order_is_stored_as_posted(api: str, api_client: Factory) -> None:
    """Only the sent fields, the new `id` and state `new`; get and list return the same object."""
    _, client = api_client(api)
    sent = {"order_id": "shop-1", "order_date": "2024-05-01T10:00:00+00:00", "language": "de"}
    created = client.post("/orders", json=sent).json()
    assert created == {"id": created["id"], **sent, "state": "new"}
    assert client.get(f"/orders/{created['id']}").json() == created
    assert client.get("/orders", params={"order_id": "shop-1"}).json() == [created]
    updated = client.put(f"/orders/{created['id']}", json={"boarding_complete": False}).json()
    assert updated == {**created, "boarding_complete": False}
    assert client.get(f"/orders/{created['id']}").json() == updated


@pytest.mark.parametrize("api", present("sevensenders"))
def test_sevensenders_list_returns_every_matching_order(api: str, api_client: Factory) -> None:
    """No paging is documented, so all 57 orders come back at once; the order_date bounds select (inclusive)."""
    _, client = api_client(api, seed_data=57)
    orders = client.get("/orders").json()
    assert len(orders) == 57 == len({o["id"] for o in orders})
    for day in ("2024-05-01", "2024-05-02", "2024-05-03"):
        client.post("/orders", json={"order_id": f"day-{day}", "order_date": f"{day}T12:00:00+00:00"})
    window = {"order_date[after]": "2024-05-02T12:00:00+00:00", "order_date[before]": "2024-05-03T12:00:00Z"}
    picked = [o["order_id"] for o in client.get("/orders", params=window).json()]
    seeded_in_window = [
        o["order_id"] for o in orders if "2024-05-02T12:00:00" <= o["order_date"][:19] <= "2024-05-03T12:00:00"
    ]
    assert sorted(picked) == sorted(["day-2024-05-02", "day-2024-05-03", *seeded_in_window])
    assert len(client.get("/orders", params={"state": "new"}).json()) >= 3


@pytest.mark.parametrize("api", present("sevensenders_v2"))
def test_sevensenders_v2_new_order_has_no_invented_shipments_or_state(api: str, api_client: Factory) -> None:
    """A new order is `new` with empty shipments and history; form tags become name/content pairs."""
    _, client = api_client(api)
    created = client.post(
        "/orders.json",
        data={"shop_order_id": "legacy-8", "shop_order_date": "2017-08-10T05:45:00+0000", "order_tags": '{"vip": 1}'},
    )
    order_id = created.headers["location"].rsplit("/", 1)[1]
    order = client.get(f"/orders/{order_id}.json").json()
    assert (order["state"], order["shipments"], order["states_history"]) == ("new", [], [])
    assert order["order_tags"] == [{"name": "vip", "content": "1"}]
    assert "boarding_complete" not in order and "shop_order_url" not in order
    assert client.get("/orders.json", params={"shop_order_id": "legacy-8"}).json() == [order]


@pytest.mark.parametrize("api", present("seventime"))
def test_seventime_create_keeps_posted_values(api: str, api_client: Factory) -> None:
    """A posted date is stored as that day (as a date-time), unsent writable fields stay absent; reads agree."""
    _, client = api_client(api, rate_limit=False)
    sent = {
        "createdByUser": "51714655fbb708f379000003",
        "distributor": "5f6b4b6ef26b5d6f5a687207",
        "purchaseOrderDate": "2024-05-01",
        "paymentDays": 30,
    }
    created = client.post("/purchaseOrders/", json=sent).json()
    assert created["purchaseOrderDate"] == "2024-05-01T00:00:00.000Z"
    assert created["paymentDays"] == 30 and created["distributor"] == sent["distributor"]
    assert not {"purchaseOrderName", "purchaseOrderStatus", "deliveryAddress", "invoiceItems"} & set(created)
    assert client.get(f"/purchaseOrders/{created['_id']}").json()["data"] == created
    listed = client.get("/purchaseOrders", params={"distributor": sent["distributor"]}).json()["data"]
    assert listed == [created]


@pytest.mark.parametrize("api", present("ordertime"))
def test_ordertime_create_stores_only_what_was_sent(api: str, api_client: Factory) -> None:
    """A customer created with a name is that name and a new Id; get and the list query return it unchanged."""
    _, client = api_client(api, seed_data=2)
    created = client.post("/customer", json={"Name": "Peter Pan LLC", "IsActive": True}).json()
    assert created == {"Id": created["Id"], "Name": "Peter Pan LLC", "IsActive": True}
    assert client.get("/customer", params={"id": created["Id"]}).json() == created
    query = {"Type": 120, "Filters": [{"PropertyName": "Id", "FilterValueArray": str(created["Id"])}]}
    assert client.post("/list", json=query).json() == [created]


@pytest.mark.parametrize("api", present("ordertime"))
def test_ordertime_document_lines_are_numbered_and_readable(api: str, api_client: Factory) -> None:
    """Lines of a new sales order get `Id` and `LineNo`; the line-item read finds them in their document."""
    app, client = api_client(api)
    body = app.spec.resolve_pointer("/components/examples/SalesOrderNew/value")
    order = client.post("/salesorder", json=body).json()
    (line,) = order["LineItems"]
    assert line["LineNo"] == 1 and isinstance(line["Id"], int)
    assert {k: line[k] for k in ("ItemRef", "Price", "Quantity")} == {
        k: body["LineItems"][0][k] for k in ("ItemRef", "Price", "Quantity")
    }
    read = client.get("/salesorderlineitem", params={"recordType": 7, "docNo": order["DocNo"], "lineId": line["Id"]})
    assert read.status_code == 200 and read.json() == line
    assert client.get("/salesorder", params={"docNo": order["DocNo"]}).json() == order
