"""Seeding from generated models and plain dicts, checked against the spec; the store's state as a snapshot."""

from __future__ import annotations

import datetime as dt

import ordermock
import pytest
from lagerkoll_client.api.purchase_orders import get_purchase_order_by_po_ref
from lagerkoll_client.models import PurchaseOrderCreate, PurchaseOrderState
from ordermock import SeedError
from ordermock._json import MAX_DEPTH
from ordersdk import paginate
from sevensenders_client.api.orders import list_orders
from sevensenders_client.models import OrderCreate
from seventime_client.api.purchase_orders import list_purchase_orders

from tests.mock._mock_helpers import LAGERKOLL_NEW_ORDER

WHEN = dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC)


def test_generated_models_go_into_their_collection_and_are_served() -> None:
    """A model of the create body (PurchaseOrderCreate) seeds purchase orders; the client reads them back,
    with the fields given (read-only ones too) and the rest generated."""
    order = PurchaseOrderCreate.from_dict({**LAGERKOLL_NEW_ORDER, "poReference": "PO-SEED-1"})
    order.state = PurchaseOrderState.SENT
    with ordermock.start("lagerkoll", validate_responses=True) as mock:
        [stored] = mock.seed(order)
        assert stored["poReference"] == "PO-SEED-1" and stored["state"] == 1 and isinstance(stored["id"], int)
        assert stored["supplierName"]  # generated
        found = get_purchase_order_by_po_ref.sync("PO-SEED-1", client=mock.client())
        assert found is not None and found.orders[0].id == stored["id"]  # type: ignore[union-attr]


def test_plain_dicts_and_models_mixed_with_a_resource() -> None:
    """Dicts in the API's JSON names and models together; `resource` with or without the slash."""
    with ordermock.start("sevensenders") as mock:
        stored = mock.seed(
            [OrderCreate(order_id="A-1", order_date=WHEN), {"order_id": "A-2", "order_date": "2024-05-02T00:00:00Z"}],
            resource="orders",
        )
        assert [order["order_id"] for order in stored] == ["A-1", "A-2"]
        listed = list_orders.sync(client=mock.client()) or []
        assert sorted(order.order_id for order in listed) == ["A-1", "A-2"]  # type: ignore[union-attr]


def test_a_dict_needs_a_resource_unless_the_api_has_one_collection() -> None:
    """Seven Time has one collection; for Seven Senders a dict must say where it goes."""
    with ordermock.start("seventime") as mock:
        mock.seed({"purchaseOrderNumber": "4711"})
        assert len(list(paginate(list_purchase_orders, client=mock.client()))) == 1
    with (
        ordermock.start("sevensenders") as mock,
        pytest.raises(SeedError, match="resource= one of /orders, /shipments"),
    ):
        mock.seed({"order_id": "A-1"})


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (
            {"order_id": "A-1", "order_date": "yesterday"},
            r"/orders\[1\]\.order_date: .*date-time.* \(schema #/components/schemas/\w+/properties/order_date\)",
        ),
        ({"order_id": "A-1", "language": "xx"}, r"/orders\[1\]\.language: \"xx\" is not valid"),
        (
            {"order_id": "A-1", "orderid": "A-1"},
            r"/orders\[1\]\.orderid: not a field of /orders \(schema #/components/schemas/Order",
        ),
        ({"id": {"n": 7}}, r"/orders\[1\]\.id: .*not of types"),
    ],
)
def test_bad_seed_data_names_the_item_field_and_schema(item: dict[str, object], message: str) -> None:
    """A SeedError says which item, which field and which schema (JSON pointer) -- and nothing is stored."""
    with ordermock.start("sevensenders", seed_data=2) as mock:
        before = mock.state["orders"]
        with pytest.raises(SeedError, match=message):
            mock.seed({"order_id": "OK-1"}, item, resource="orders")
        assert mock.state["orders"] == before


def _nested_list(levels: int) -> list[object]:
    outer: list[object] = []
    inner = outer
    for _ in range(levels - 1):
        inner.append([])
        inner = inner[0]  # type: ignore[assignment]
    return outer


def _cycle() -> list[object]:
    loop: list[object] = []
    loop.append(loop)
    return loop


@pytest.mark.parametrize("value", [_nested_list(5000), _cycle()], ids=["5000-levels", "a-cycle"])
def test_seed_data_nested_deeper_than_request_json_is_refused(value: object) -> None:
    """The request limit (MAX_DEPTH levels) holds for seeds: a SeedError naming it, not a RecursionError."""
    with ordermock.start("sevensenders", seed_data=2) as mock:
        before = mock.state["orders"]
        with pytest.raises(SeedError, match=rf"/orders\[0\]: nests deeper than {MAX_DEPTH} levels"):
            mock.seed({"order_id": "A-1", "order_tags": {"deep": value}}, resource="orders")
        assert mock.state["orders"] == before


def test_ids_and_unique_fields_given_must_be_free() -> None:
    """A given id is kept; a taken id or unique value (in the store or earlier in the seed) is refused."""
    with ordermock.start("sevensenders", seed_data=2) as mock:
        [kept] = mock.seed({"id": 42, "order_id": "A-1"}, resource="orders")
        assert kept["id"] == 42 and mock.state.item("orders", 42)["order_id"] == "A-1"
        with pytest.raises(SeedError, match=r"/orders\[0\]\.id: 42 is already used"):
            mock.seed({"id": 42}, resource="orders")
        with pytest.raises(SeedError, match=r"/orders\[0\]\.order_id: 'A-1' is already used"):
            mock.seed({"order_id": "A-1"}, resource="orders")
        with pytest.raises(SeedError, match=r"/orders\[1\]\.order_id: 'B-1' is already used by item 0 of this seed"):
            mock.seed({"order_id": "B-1"}, {"order_id": "B-1"}, resource="orders")
        assert mock.state.find("orders", order_id="B-1") == []


def test_model_of_another_api_or_unknown_collection_is_a_clear_error() -> None:
    """A model no collection of this API holds, and a collection name that does not exist."""
    with ordermock.start("seventime") as mock:
        with pytest.raises(SeedError, match="OrderCreate belongs to no collection of seventime"):
            mock.seed(OrderCreate(order_id="A-1", order_date=WHEN))
        with pytest.raises(SeedError, match="no collection 'orders'; its collections: /purchaseOrders"):
            mock.seed({}, resource="orders")
        with pytest.raises(SeedError, match="expected a generated model or a dict"):
            mock.seed(42)


def test_state_is_a_read_only_snapshot() -> None:
    """Changing a snapshot changes nothing in the mock; a snapshot does not follow later changes."""
    with ordermock.start("seventime", seed_data=2) as mock:
        state = mock.state
        state["purchaseOrders"][0]["purchaseOrderNumber"] = "changed"
        state["purchaseOrders"].clear()
        assert len(mock.state["purchaseOrders"]) == 2 and "changed" not in str(mock.state["purchaseOrders"])
        mock.seed({"purchaseOrderNumber": "4711"})
        assert len(state["/purchaseOrders"]) == 0 and len(mock.state["/purchaseOrders/"]) == 3
        assert list(mock.state) == ["/purchaseOrders"] and "purchaseOrders: 3" in repr(mock.state)
        assert mock.state.find("purchaseOrders", purchaseOrderNumber="4711")[0]["_id"]
        with pytest.raises(KeyError, match="no collection"):
            mock.state["orders"]
        with pytest.raises(KeyError, match="no item"):
            mock.state.item("purchaseOrders", "nope")
        assert not hasattr(state, "__setitem__")
