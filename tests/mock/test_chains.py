"""A stateful chain per API through the mock: create → get → update → delete (or the vendor's equivalent)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from ordermock._app import MockApp

from tests.mock._mock_helpers import LAGERKOLL_NEW_ORDER, present

Factory = Callable[..., tuple[MockApp, httpx.Client]]


@pytest.mark.parametrize("api", present("seventime"))
def test_seventime_chain(api: str, api_client: Factory) -> None:
    """Create returns `_id`; update and delete address it in the body; afterwards it is gone."""
    _, client = api_client(api, rate_limit=False)
    created = client.post(
        "/purchaseOrders/",
        json={
            "createdByUser": "51714655fbb708f379000003",
            "distributor": "5f6b4b6ef26b5d6f5a687207",
            "purchaseOrderName": "Spring restock",
        },
    ).json()
    po_id = created["_id"]
    assert client.get(f"/purchaseOrders/{po_id}").json()["data"]["purchaseOrderName"] == "Spring restock"
    updated = client.put(
        "/purchaseOrders/", json={"_id": po_id, "modifiedByUser": "51714655fbb708f379000003", "paymentDays": 10}
    )
    assert updated.status_code == 200 and updated.json()["paymentDays"] == 10
    deleted = client.request(
        "DELETE", "/purchaseOrders/", json={"_id": po_id, "deletedByUser": "51714655fbb708f379000003"}
    )
    assert deleted.status_code == 200 and deleted.json()["_id"] == po_id
    assert client.get(f"/purchaseOrders/{po_id}").status_code == 404


@pytest.mark.parametrize("api", present("sevensenders"))
def test_sevensenders_chain(api: str, api_client: Factory) -> None:
    """Order with Location, state change by shop reference, shipment → shipped, boarding complete, delete."""
    _, client = api_client(api)
    response = client.post("/orders", json={"order_id": "shop-1001", "order_date": "2024-05-01T10:00:00+00:00"})
    assert response.status_code == 201
    order = response.json()
    assert response.headers["location"].endswith(f"/orders/{order['id']}")
    assert (
        client.post(
            "/order-states", json={"order_id": "shop-1001", "state": "paid", "datetime": "2024-05-01T11:00:00+00:00"}
        ).status_code
        == 201
    )
    assert client.get(f"/orders/{order['id']}").json()["state"] == "paid"
    assert (
        client.post(
            "/order-states", json={"order_id": "nope", "state": "paid", "datetime": "2024-05-01T11:00:00+00:00"}
        ).status_code
        == 404
    )
    updated = client.put(f"/orders/{order['id']}", json={"boarding_complete": True})
    assert updated.status_code == 200 and updated.json()["boarding_complete"] is True
    assert client.get("/orders", params={"order_id": "shop-1001"}).json()[0]["id"] == order["id"]
    assert client.delete(f"/orders/{order['id']}").status_code == 204
    assert client.get(f"/orders/{order['id']}").status_code == 404


@pytest.mark.parametrize("api", present("sevensenders_v2"))
def test_sevensenders_v2_chain(api: str, api_client: Factory) -> None:
    """Form-encoded create with a location header, read, update, bulk delete by date range."""
    _, client = api_client(api)
    created = client.post(
        "/orders.json", data={"shop_order_id": "legacy-7", "shop_order_date": "2017-08-10T05:45:00+0000"}
    )
    assert created.status_code == 201
    location = created.headers["location"]
    order_id = location.rsplit("/", 1)[1]
    assert client.get(f"/orders/{order_id}.json").json()["shop_order_id"] == "legacy-7"
    # Form flags are sent as 0 / 1 (FormBoolean) and read back as JSON booleans.
    assert client.put(f"/orders/{order_id}.json", data={"boarding_complete": "1"}).json()["boarding_complete"] is True
    assert client.put(f"/orders/{order_id}.json", data={"boarding_complete": "true"}).status_code == 400
    gone = client.delete(
        "/orders.json",
        params={
            "filters[shop_order_date_from]": "2017-08-10T00:00:00+0000",
            "filters[shop_order_date_to]": "2017-08-11T00:00:00+0000",
        },
    )
    assert gone.status_code == 204
    assert client.get(f"/orders/{order_id}.json").status_code == 404


@pytest.mark.parametrize("api", present("lagerkoll"))
def test_lagerkoll_chain(api: str, api_client: Factory) -> None:
    """Create, read by id and by reference, add a row, send, deliver, verify; cancel is refused after that."""
    _, client = api_client(api, seed_data=3)
    ref = client.get("/purchase_orders/po_ref/next_id").json()["poReference"]
    order = client.post("/purchase_orders", json={**LAGERKOLL_NEW_ORDER, "poReference": ref}).json()
    assert order["state"] == 0
    page = client.get(f"/purchase_orders/{order['id']}").json()
    assert page["orders"][0]["poReference"] == ref
    assert client.get(f"/purchase_orders/po_ref/{ref}").json()["orders"][0]["id"] == order["id"]
    with_row = client.post(f"/purchase_orders/{order['id']}/product", json={"articleId": "A-1", "orderedAmount": 4})
    assert with_row.status_code == 200 and with_row.json()["articles"][-1]["articleId"] == "A-1"
    assert client.put(f"/purchase_orders/{order['id']}/send", json={"to": "buyer@example.com"}).json()["state"] == 1
    assert client.put(f"/purchase_orders/{order['id']}/deliver").json()["state"] == 2
    assert client.put(f"/purchase_orders/{order['id']}/verify", json={"verify": True}).json()["state"] == 3
    refused = client.put(f"/purchase_orders/{order['id']}/cancel")
    assert refused.status_code == 400 and refused.json()["errorCode"] == 901103
    missing = client.get("/purchase_orders/987654321")
    assert missing.status_code == 400 and missing.json()["errorCode"] == 901101


@pytest.mark.parametrize("api", present("ordertime"))
def test_ordertime_chain(api: str, api_client: Factory) -> None:
    """Customer create/get/update/delete by `id` query; list and count through ListInfo bodies."""
    _, client = api_client(api, seed_data=4)
    customer = client.post("/customer", json={"Name": "Peter Pan LLC"}).json()
    assert client.get("/customer", params={"id": customer["Id"]}).json()["Name"] == "Peter Pan LLC"
    customer["Name"] = "Peter Pan Inc"
    assert client.put("/customer", json=customer).json()["Name"] == "Peter Pan Inc"
    query = {"Type": 120, "Filters": [{"PropertyName": "Name", "Operator": 12, "FilterValueArray": "Pan"}]}
    assert [c["Id"] for c in client.post("/list", json=query).json()] == [customer["Id"]]
    assert client.put("/list", json={"Type": 120}).json() == 5
    assert client.request("DELETE", "/customer", params={"id": customer["Id"]}).json() is True
    missing = client.get("/customer", params={"id": customer["Id"]})
    assert missing.status_code == 400 and "not found" in missing.json()["Message"]
