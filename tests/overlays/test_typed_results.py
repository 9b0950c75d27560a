"""Typed results: success types from sync()/asyncio(), typed paginate items, one UNSET, open enums.

The static half is checked by running mypy --strict on a small snippet of user code.
"""

from __future__ import annotations

import importlib
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest
from ordersdk_runtime import UNSET, OpenIntEnum, OpenStrEnum, Unset

APIS = ("lagerkoll", "seventime", "sevensenders", "sevensenders_v2", "ordertime")

SNIPPET = """
from typing import assert_type

from ordersdk import apaginate, lagerkoll, ordertime, paginate, sevensenders, sevensenders_v2, seventime
from lagerkoll_client.api.purchase_orders import get_purchase_order as lk_get, list_purchase_orders as lk_list
from lagerkoll_client.models import PurchaseOrder as LkOrder, PurchaseOrdersResponse
from ordertime_client.api.customers import get_customer
from ordertime_client.api.lists import list_records
from ordertime_client.models import Customer, ListInfo, ListRecord, RecordType
from sevensenders_client.api.orders import list_orders as ss_list
from sevensenders_client.models import Order as SsOrder
from sevensenders_v2_client.api.orders import delete_order, list_orders as v2_list
from sevensenders_v2_client.models import Order as V2Order
from seventime_client.api.purchase_orders import get_purchase_order as st_get, list_purchase_orders as st_list
from seventime_client.models import PurchaseOrder as StOrder, PurchaseOrderEnvelope


def calls() -> None:
    lk = lagerkoll.connect(store="1", api_key="k")
    st = seventime.connect(client_secret="s")
    ss = sevensenders.connect(access_key="a")
    v2 = sevensenders_v2.connect(api_key="k")
    ot = ordertime.connect(api_key="k", email="e", password="p")

    # no `isinstance(result, Error)`, no `assert result is not None`
    assert_type(lk_get.sync(7, client=lk), PurchaseOrdersResponse)
    assert_type(st_get.sync("5fca480e571eb873a64b97ec", client=st).data.distributor, str)
    assert_type(st_get.sync("5fca480e571eb873a64b97ec", client=st), PurchaseOrderEnvelope)
    assert_type(ss_list.sync(client=ss), list[SsOrder])
    assert_type(get_customer.sync(id=1, client=ot), Customer)
    assert_type(delete_order.sync(1, client=v2), None)

    for lk_order in paginate(lk_list, client=lk):
        assert_type(lk_order, LkOrder)
    for st_order in paginate(st_list, client=st, page_size=50):
        assert_type(st_order, StOrder)
    for record in paginate(list_records, client=ot, body=ListInfo(type_=RecordType.CUSTOMER)):
        assert_type(record, ListRecord)


async def async_calls() -> None:
    v2 = sevensenders_v2.connect(api_key="k")
    st = seventime.connect(client_secret="s")
    async for order in apaginate(v2_list, client=v2):
        assert_type(order, V2Order)
    assert_type(await st_get.asyncio("5fca480e571eb873a64b97ec", client=st), PurchaseOrderEnvelope)
"""


def test_results_and_paginated_items_are_typed_for_mypy(tmp_path: Path) -> None:
    """mypy --strict on user code: sync()/asyncio() return the success model, paginate yields the item model."""
    snippet = tmp_path / "user_code.py"
    snippet.write_text(textwrap.dedent(SNIPPET), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / "cache"),
            "user_code.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_expectation_fails_the_snippet(tmp_path: Path) -> None:
    """The check can fail: claiming paginate yields something else is a mypy error."""
    snippet = tmp_path / "user_code.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from typing import assert_type
            from ordersdk import paginate, seventime
            from seventime_client.api.purchase_orders import list_purchase_orders
            from seventime_client.models import PurchaseOrderList

            for order in paginate(list_purchase_orders, client=seventime.connect(client_secret="s")):
                assert_type(order, PurchaseOrderList)
            """
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "user_code.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert result.returncode == 1 and "assert-type" in result.stdout, result.stdout


def test_every_client_shares_one_unset() -> None:
    """`<api>_client.types.UNSET` is one object: a value from one client's model means "absent" to another's."""
    objects = {id(importlib.import_module(f"{api}_client.types").UNSET) for api in APIS}
    assert objects == {id(UNSET)}
    assert all(importlib.import_module(f"{api}_client.types").Unset is Unset for api in APIS)
    from lagerkoll_client.models import PurchaseOrder
    from seventime_client.models import DeliveryAddress

    city = DeliveryAddress().city  # seventime's UNSET ...
    assert PurchaseOrder(delivery_city=city).to_dict() == {}  # ... is lagerkoll's "absent"
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET and not UNSET and repr(UNSET) == "UNSET"


class Status(OpenIntEnum):
    NEW = 0
    SENT = 1


class Kind(OpenStrEnum):
    STOCK = "stock"


def test_an_unknown_enum_value_is_kept_and_recognisable() -> None:
    """Read from a response, an unlisted value is an unknown member: raw value, comparisons, pickling, round trip."""
    unknown = Status._read(7)
    assert unknown == 7 and unknown.value == 7 and unknown.is_unknown and unknown not in Status
    assert unknown != Status.NEW and Status.SENT == 1 and not Status.SENT.is_unknown and Status.SENT in Status
    assert unknown.name == "UNKNOWN(7)" and hash(unknown) == hash(7)
    assert pickle.loads(pickle.dumps(unknown)) == 7 and Status._read(1) is Status.SENT
    assert Kind._read("dropship") == "dropship" and Kind._read("dropship").is_unknown
    with pytest.raises(ValueError):
        Status(7)  # building a request stays strict
    with pytest.raises(TypeError):
        Status._read("7")  # a value of the wrong type is not an unknown member


def test_generated_enums_are_open_and_round_trip() -> None:
    """A generated model reads an unlisted state and writes it back unchanged."""
    from lagerkoll_client.models import PurchaseOrder, PurchaseOrderState

    order = PurchaseOrder.from_dict({"id": 1, "state": 9})
    assert isinstance(order.state, PurchaseOrderState) and order.state.is_unknown and order.state == 9
    assert order.to_dict()["state"] == 9


def test_a_plain_generated_client_raises_on_an_error_status() -> None:
    """Without connect(): sync() returns the success model or raises UnexpectedStatus; sync_detailed keeps Error."""
    from seventime_client import Client
    from seventime_client.api.purchase_orders import get_purchase_order
    from seventime_client.errors import UnexpectedStatus
    from seventime_client.models import Error

    transport = httpx.MockTransport(lambda r: httpx.Response(404, json={"errorMessage": "no such order"}))
    client = Client(base_url="http://x/api/2", httpx_args={"transport": transport})
    with pytest.raises(UnexpectedStatus) as raised:
        get_purchase_order.sync("5fca480e571eb873a64b97ec", client=client)
    assert raised.value.status_code == 404
    parsed = get_purchase_order.sync_detailed("5fca480e571eb873a64b97ec", client=client).parsed
    assert isinstance(parsed, Error) and parsed.error_message == "no such order"


def test_status_of_reads_a_code_http_does_not_list() -> None:
    """``status_of``: listed codes are their HTTPStatus; 299 is an unlisted member equal to 299, pickling to itself."""
    import pickle
    from http import HTTPStatus

    from ordersdk_runtime import status_of

    assert status_of(200) is HTTPStatus.OK
    unlisted = status_of(299)
    assert isinstance(unlisted, HTTPStatus) and unlisted == 299 and 200 <= unlisted <= 299
    assert unlisted.name == "UNLISTED_299" and unlisted.phrase == "" and unlisted not in HTTPStatus
    assert status_of(299) is unlisted and pickle.loads(pickle.dumps(unlisted)) is unlisted
    with pytest.raises(ValueError):
        HTTPStatus(299)  # the standard library stays as it is
