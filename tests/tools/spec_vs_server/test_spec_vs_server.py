"""`ordertools.spec_vs_server`: a strict probe of every read-only operation and its "spec vs server" report."""

from __future__ import annotations

from typing import Any

import ordermock
from ordertools.spec_vs_server import probe, render

from tests.overlays._drift import Drifting


def _v2() -> tuple[Drifting, str, dict[str, str]]:
    app = ordermock.create_app("sevensenders_v2", seed_data=3, seed=2, rate_limit=False)
    return Drifting(app), "http://mock" + app.base_path, ordermock.demo_headers("sevensenders_v2")


def test_a_conforming_server_gives_an_empty_report_and_links_reach_the_gets() -> None:
    """Against the mock: no deviation; get_order / get_shipment are called with ids their list answers linked."""
    transport, url, headers = _v2()
    result = probe("sevensenders_v2", url, headers, transport=transport)
    outcomes = {call.operation: call.outcome for call in result.calls}
    assert outcomes == {"list_orders": "ok", "list_shipments": "ok", "get_order": "ok", "get_shipment": "ok"}
    assert result.deviations == {}
    assert "spec vs server: no deviations" in render(result)


def test_deviations_are_listed_by_operation_with_their_kind_and_pointer() -> None:
    """A server sending a state as a number and an unknown field type: the report names pointer and kind."""
    transport, url, headers = _v2()

    def drift(body: Any) -> Any:
        for order in body if isinstance(body, list) else [body]:
            if "state" in order:
                order["state"] = 7
        return body

    transport.drift, transport.only = drift, "orders.json"
    result = probe("sevensenders_v2", url, headers, transport=transport)
    outcomes = {call.operation: call.outcome for call in result.calls}
    assert outcomes["list_orders"] == "refused" and outcomes["list_shipments"] == "ok"
    report = render(result)
    assert "sevensenders_v2 list_orders" in report and "/*/state  type  expected string" in report
    assert headers["API-KEY"] not in report


def test_an_operation_without_arguments_from_the_spec_is_skipped_and_said_so() -> None:
    """Lagerkoll's gets need an order id the spec gives no example or link for: skipped, with the reason."""
    app = ordermock.create_app("lagerkoll", seed_data=2, seed=2, rate_limit=False)
    result = probe(
        "lagerkoll", "http://mock/v1", ordermock.demo_headers("lagerkoll"), transport=ordermock.transport(app)
    )
    calls = {call.operation: call for call in result.calls}
    assert calls["list_purchase_orders"].outcome == "ok"
    assert calls["get_purchase_order"].outcome == "skipped" and "order_id" in calls["get_purchase_order"].detail
