"""Deviations are visible: each distinct (API, operation, pointer, kind) logged once, all of them counted.

The log and the counts carry the shape (pointer, kind, what the spec expects), never a value from a
body; the typed error's excerpt is redacted and its traceback, rendered with locals, shows no secret.
"""

from __future__ import annotations

import contextlib
import logging
import traceback
from typing import Any

import httpx
import ordersdk
import pytest
from ordersdk import APIResponseValidationError, Deviation, deviation_report, deviations, reset_deviations, seventime
from seventime_client.api.purchase_orders import get_purchase_order, list_purchase_orders

from ._drift import APIS, seeded, set_at

SEVENTIME = next(api for api in APIS if api.name == "seventime")
LOGGER = "ordersdk.deviations"


@pytest.fixture(autouse=True)
def _fresh() -> None:
    reset_deviations()


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.WARNING]


def test_each_deviation_is_logged_once_and_counted_every_time(caplog: pytest.LogCaptureFixture) -> None:
    """Three responses with the same two deviations: two WARNING lines, counts of three."""
    transport, client = seeded(SEVENTIME)
    item_id = SEVENTIME.item_id(next(SEVENTIME.walk(client)))

    def drift(body: Any) -> Any:
        set_at(body, "/data/paymentDays", None)
        set_at(body, "/data/deliveryAddress/city", None)
        return body

    transport.drift = drift
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(3):
            get_purchase_order.sync(item_id, client=client)
    assert len(_warnings(caplog)) == 2
    counts = deviations()
    assert counts == {
        Deviation("seventime", "get_purchase_order", "/data/paymentDays", "null"): 3,
        Deviation("seventime", "get_purchase_order", "/data/deliveryAddress/city", "null"): 3,
    }
    assert all(d.expected == "string" or d.expected == "integer" for d in counts)


def test_one_field_of_every_item_is_one_deviation(caplog: pytest.LogCaptureFixture) -> None:
    """A deviation in every item of every page is logged once, its pointer with `*` for the index."""
    transport, client = seeded(SEVENTIME, items=7)

    def drift(body: Any) -> Any:
        for item in body["data"]:
            item["paymentDays"] = None
        return body

    transport.drift = drift
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert len(list(ordersdk.paginate(list_purchase_orders, client=client, page_size=3))) == 7
    assert len(_warnings(caplog)) == 1
    assert deviations() == {Deviation("seventime", "list_purchase_orders", "/data/*/paymentDays", "null"): 7}


def test_another_kind_at_the_same_pointer_is_another_deviation(caplog: pytest.LogCaptureFixture) -> None:
    """The key is (API, operation, pointer, kind): a null and a wrong type at one field are two lines."""
    transport, client = seeded(SEVENTIME)
    item_id = SEVENTIME.item_id(next(SEVENTIME.walk(client)))
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for value in (None, "ten", None, "ten"):
            transport.drift = lambda body, v=value: (set_at(body, "/data/paymentDays", v), body)[1]
            with contextlib.suppress(APIResponseValidationError):
                get_purchase_order.sync(item_id, client=client)
    assert [r.getMessage().split(": ")[2].split(",")[0] for r in _warnings(caplog)] == ["null", "type"]
    assert sorted(deviations().values()) == [2, 2]


def test_log_lines_and_records_hold_no_value_from_the_body(caplog: pytest.LogCaptureFixture) -> None:
    """A drifted value (here a credential-like string) never reaches the log or the Deviation records."""
    transport, client = seeded(SEVENTIME)
    item_id = SEVENTIME.item_id(next(SEVENTIME.walk(client)))
    marker = "VALUE-9f8e7d6c5b4a-SHOULD-NOT-BE-LOGGED"
    transport.drift = lambda body: (set_at(body, "/data/paymentDays", marker), body)[1]
    with caplog.at_level(logging.DEBUG, logger="ordersdk"), pytest.raises(APIResponseValidationError):
        get_purchase_order.sync(item_id, client=client)
    assert _warnings(caplog)
    assert all(marker not in record.getMessage() for record in caplog.records)
    assert marker not in repr(deviations()) and marker not in deviation_report()


def test_the_report_lists_every_deviation_by_operation() -> None:
    """deviation_report(): a "spec vs server" table, one line per deviation with its count."""
    transport, client = seeded(SEVENTIME)
    item_id = SEVENTIME.item_id(next(SEVENTIME.walk(client)))
    transport.drift = lambda body: (set_at(body, "/data/paymentDays", None), body)[1]
    get_purchase_order.sync(item_id, client=client)
    get_purchase_order.sync(item_id, client=client)
    report = deviation_report()
    assert report.splitlines() == [
        "spec vs server: 1 deviation(s) in 2 occurrence(s)",
        "seventime get_purchase_order",
        "       2  /data/paymentDays  null  expected integer",
    ]
    reset_deviations()
    assert deviation_report() == "spec vs server: no deviations"


def test_strict_mode_counts_what_it_refuses(caplog: pytest.LogCaptureFixture) -> None:
    """A strict client raises on the deviation and still counts it (logged as refused)."""
    transport, _ = seeded(SEVENTIME)
    strict = SEVENTIME.client(transport, strict=True)
    item_id = SEVENTIME.item_id(next(SEVENTIME.walk(strict)))
    transport.drift = lambda body: (set_at(body, "/data/paymentDays", None), body)[1]
    with caplog.at_level(logging.WARNING, logger=LOGGER), pytest.raises(APIResponseValidationError) as raised:
        get_purchase_order.sync(item_id, client=strict)
    assert raised.value.deviations == (Deviation("seventime", "get_purchase_order", "/data/paymentDays", "null"),)
    assert "refused" in _warnings(caplog)[0].getMessage()


def test_the_typed_error_excerpt_is_redacted_and_its_traceback_shows_no_secret() -> None:
    """A body echoing the client secret into a bad field: not in the error, nor in any frame's locals."""
    secret = "sk-live-7c1f0e9d8b7a6c5d"
    body = {"data": {"_id": "5fca480e571eb873a64b97ec", "createdByUser": secret, "distributor": 7}}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    client = seventime.connect(client_secret=secret, transport=httpx.MockTransport(handler), rate_limit=None)
    with pytest.raises(APIResponseValidationError) as raised:
        get_purchase_order.sync("5fca480e571eb873a64b97ec", client=client)
    error = raised.value
    assert (error.kind, error.pointer, error.expected) == ("type", "/data/distributor", "string")
    texts = [str(error), error.body_excerpt, repr(error.deviations)]
    below_this_test = error.__traceback__.tb_next if error.__traceback__ else None  # this frame holds `secret`
    rendered = traceback.TracebackException(type(error), error, below_this_test, capture_locals=True)
    texts.append("".join(rendered.format()))
    assert ", in _read\n" not in texts[-1] and ", in __call__\n" in texts[-1]  # the raising frame holds no body
    assert all(secret not in text for text in texts)
    assert error.__context__ is None and error.__cause__ is None


def test_a_range_status_counts_as_documented() -> None:
    """A spec documenting `2XX` (the generator accepts ranges): any 2xx is the documented status, not a deviation."""
    from ordersdk._reading import _documented

    assert _documented("2XX", 204) and _documented("200", 200)
    assert not _documented("200", 203) and not _documented("2XX", 301)
