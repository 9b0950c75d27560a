"""Duplicate-create protection, testable at last: the server stores the create, then the answer fails.

The overlay must not send the POST again (it may have been applied), so the store holds exactly
one order; sending it again by hand is refused, because the reference is unique.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import ordermock
import pytest
from lagerkoll_client.api.purchase_orders import add_purchase_order
from lagerkoll_client.models import PurchaseOrderCreate
from ordersdk import APIConnectionError, APITimeoutError, BadRequestError, ServerError
from sevensenders_client.api.orders import create_order
from sevensenders_client.models import OrderCreate

from tests.mock._mock_helpers import LAGERKOLL_NEW_ORDER

NEW_ORDER = PurchaseOrderCreate.from_dict({**LAGERKOLL_NEW_ORDER, "poReference": "PO-4711"})

#: An "after" fault per way a response can fail, and the error the overlay raises for it.
AFTER_FAULTS: dict[str, tuple[Callable[[ordermock.FaultController], None], type[Exception]]] = {
    "503": (lambda f: f.fail_next(1, status=503, operation="add_purchase_order", when="after"), ServerError),
    "drop": (lambda f: f.drop_connection(1, operation="add_purchase_order", when="after"), APIConnectionError),
    "hang": (lambda f: f.hang(1, seconds=10, operation="add_purchase_order", when="after"), APITimeoutError),
}


def _orders_with(mock: ordermock.RunningMock, reference: str) -> list[dict[str, object]]:
    return mock.state.find("purchase_orders", poReference=reference)


@pytest.mark.parametrize("http", [False, True], ids=["in-process", "http"])
@pytest.mark.parametrize("fault", sorted(AFTER_FAULTS))
def test_a_create_whose_answer_fails_is_not_sent_again(fault: str, http: bool) -> None:
    """After 503 / drop / hang on a processed create: the typed error, one POST, one order stored."""
    arm, error = AFTER_FAULTS[fault]
    with ordermock.start("lagerkoll", seed_data=3, http=http) as mock:
        client = mock.client(timeout=0.5)
        arm(mock.faults)
        with pytest.raises(error):
            add_purchase_order.sync(client=client, body=NEW_ORDER)
        assert mock.requests.count(operation="add_purchase_order") == 1
        assert mock.requests.last.processed is True
        assert len(_orders_with(mock, "PO-4711")) == 1


@pytest.mark.parametrize("fault", sorted(AFTER_FAULTS))
async def test_a_create_whose_answer_fails_is_not_sent_again_async(fault: str) -> None:
    """The same through the async transport."""
    arm, error = AFTER_FAULTS[fault]
    with ordermock.start("lagerkoll", seed_data=3) as mock:
        client = mock.client(timeout=0.5)
        arm(mock.faults)
        with pytest.raises(error):
            await add_purchase_order.asyncio(client=client, body=NEW_ORDER)
        assert mock.requests.count(operation="add_purchase_order") == 1
        assert len(_orders_with(mock, "PO-4711")) == 1


def test_sending_the_create_again_by_hand_is_refused_as_a_duplicate() -> None:
    """A naive retry of the same order: 400 in Lagerkoll's error shape naming poReference; still one order."""
    with ordermock.start("lagerkoll") as mock:
        client = mock.client()
        mock.faults.fail_next(1, status=503, operation="add_purchase_order", when="after")
        with pytest.raises(ServerError):
            add_purchase_order.sync(client=client, body=NEW_ORDER)
        with pytest.raises(BadRequestError) as refused:
            add_purchase_order.sync(client=client, body=NEW_ORDER)
        assert refused.value.body["errorField"] == "poReference"  # type: ignore[index]
        assert refused.value.body["errorCode"] == 901102  # type: ignore[index]
        assert len(_orders_with(mock, "PO-4711")) == 1


def test_an_aimed_fault_spares_the_token_exchange() -> None:
    """Seven Senders: a fault aimed at create_order leaves POST /token alone (an unaimed one would hit it first)."""
    with ordermock.start("sevensenders") as mock:
        client = mock.client()
        mock.faults.fail_next(1, status=503, operation="create_order", when="after")
        body = OrderCreate(order_id="SHOP-1", order_date=dt.datetime(2024, 5, 1, tzinfo=dt.UTC))
        with pytest.raises(ServerError):
            create_order.sync(client=client, body=body)
        assert [entry.operation for entry in mock.requests] == ["create_token", "create_order"]
        assert len(mock.state.find("orders", order_id="SHOP-1")) == 1
