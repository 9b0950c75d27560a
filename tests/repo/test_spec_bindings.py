"""Hand-written code bound to the spec cannot go stale silently: the mock's behaviour modules and the overlays'
pagination declare every spec name they read, and a spec that renames or removes one fails where the code is
loaded (``create_app``, the build's smoke step), naming the module and the name."""

from __future__ import annotations

import copy
import importlib
from collections.abc import Callable, Iterator
from typing import Any

import ordermock
import pytest
from ordermock._bindings import check_behaviour
from ordermock._registry import load_behaviour
from ordermock._spec import Spec
from ordersdk import _bindings as overlay_bindings
from ordersdk import spec as shipped
from ordersdk.specnames import SpecNames, python_name

APIS = ("lagerkoll", "ordertime", "sevensenders", "sevensenders_v2", "seventime")
Doc = dict[str, Any]


def _doc(api: str, edit: Callable[[Doc], None] | None = None) -> Doc:
    doc: Doc = copy.deepcopy(dict(shipped.document(api)))
    if edit is not None:
        edit(doc)
    return doc


def _mock_problems(api: str, doc: Doc) -> str:
    with pytest.raises(ordermock.SpecError) as error:
        check_behaviour(Spec(doc, name=api, source=f"specs/{api}.yaml"), load_behaviour(api), f"behaviours.{api}")
    return str(error.value)


def _operation(doc: Doc, operation_id: str) -> dict[str, Any]:
    for item in doc["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


@pytest.mark.parametrize("api", APIS)
def test_every_mock_and_overlay_name_is_in_todays_spec(api: str) -> None:
    """The declarations hold for the specs as they are (else every mock would refuse to start)."""
    check_behaviour(Spec(_doc(api), name=api), load_behaviour(api))
    assert overlay_bindings.problems(api) == []


@pytest.mark.parametrize("api", APIS)
def test_every_behaviour_module_declares_its_names(api: str) -> None:
    """Each behaviour hands its declarations to the engine (a module that reads no spec name has none to hand)."""
    module = importlib.import_module(f"ordermock.behaviours.{api}")
    names = load_behaviour(api).names
    assert isinstance(names, SpecNames) and names is module.NAMES
    assert names.owner == f"ordermock.behaviours.{api}"
    assert names.all_declarations(), "a behaviour module reading spec names declares them"


def test_renamed_query_parameter_the_mock_filters_on_fails_naming_module_and_name() -> None:
    """The issue's case: Lagerkoll's `state` filter renamed to `po_state` in the spec."""

    def rename(doc: Doc) -> None:
        for parameter in _operation(doc, "list_purchase_orders")["parameters"]:
            if parameter.get("name") == "state":
                parameter["name"] = "po_state"

    message = _mock_problems("lagerkoll", _doc("lagerkoll", rename))
    assert (
        "ordermock.behaviours.lagerkoll: query parameter 'state' of list_purchase_orders is not in specs/lagerkoll.yaml"
        in message
    )
    assert "closest: 'po_state'" in message
    assert message.count("\n  ") == 1, "only the renamed name is reported"


def test_renamed_operation_with_a_handler_fails() -> None:
    """A handler keyed by an operationId the spec renamed would never run; the generic CRUD would answer."""
    doc = _doc("lagerkoll", lambda d: _operation(d, "verify_purchase_order").__setitem__("operationId", "verify_po"))
    message = _mock_problems("lagerkoll", doc)
    assert "behaviours.lagerkoll: operation 'verify_purchase_order' is not in" in message
    assert "body" in message  # its declared request-body fields are reported too, against the missing operation


def test_renamed_stored_field_and_removed_enum_value_fail() -> None:
    """A field the behaviour reads from stored items, and an enum value it compares with."""

    def edit(doc: Doc) -> None:
        order = doc["components"]["schemas"]["PurchaseOrder"]["properties"]
        order["poRef"] = order.pop("poReference")
        doc["components"]["schemas"]["PurchaseOrderState"]["enum"].remove(4)

    message = _mock_problems("lagerkoll", _doc("lagerkoll", edit))
    assert "field 'poReference' of schema PurchaseOrder is not in" in message and "closest: 'poRef'" in message
    assert "value 4 of PurchaseOrderState is not in" in message


def test_renamed_request_body_field_fails_for_order_time_lists() -> None:
    """Order Time's list body (`ListInfo.PageNumber`) is read by the mock and by the overlay's pagination."""

    def edit(doc: Doc) -> None:
        info = doc["components"]["schemas"]["ListInfo"]["properties"]
        info["Page"] = info.pop("PageNumber")

    doc = _doc("ordertime", edit)
    assert "field 'PageNumber' of schema ListInfo" in _mock_problems("ordertime", doc)
    problems = overlay_bindings.problems("ordertime", doc, "specs/ordertime.yaml")
    assert problems and all(p.startswith("ordersdk.ordertime.PAGINATION: field 'page_number'") for p in problems)


def test_overlay_pagination_parameters_and_page_fields_are_checked() -> None:
    """Renaming a paging parameter, or the total-pages field a strategy reads, names the strategy and the name."""

    def page_param(doc: Doc) -> None:
        doc["components"]["parameters"]["Page"]["name"] = "page_no"

    problems = overlay_bindings.problems("lagerkoll", _doc("lagerkoll", page_param), "specs/lagerkoll.yaml")
    assert "ordersdk.lagerkoll.PAGINATION: the query parameter pair page + limit (on any operation)" in problems[0]
    assert any("query parameter 'page' of list_purchase_orders" in p and "closest: 'page_no'" in p for p in problems)

    def total_pages(doc: Doc) -> None:
        meta = doc["components"]["schemas"]["ListMeta"]["properties"]
        meta["pageCount"] = meta.pop("totalPages")

    problems = overlay_bindings.problems("seventime", _doc("seventime", total_pages), "specs/seventime.yaml")
    assert problems == [
        "ordersdk.seventime.PAGINATION: field 'meta.total_pages' of the list_purchase_orders response is not in "
        "specs/seventime.yaml (its fields: current_page, page_count, total_resources; closest: 'total_resources')"
    ]


def test_smoke_serves_the_given_spec_and_checks_the_names_first() -> None:
    """The build's smoke step passes the spec it built: a stale name fails there, naming module and name."""

    def rename(doc: Doc) -> None:
        for parameter in _operation(doc, "list_purchase_orders")["parameters"]:
            if parameter.get("name") == "state":
                parameter["name"] = "po_state"

    with pytest.raises(ordermock.SpecError, match=r"ordermock\.behaviours\.lagerkoll: query parameter 'state'"):
        ordermock.smoke("lagerkoll", _doc("lagerkoll", rename), "specs/lagerkoll.yaml")
    assert ordermock.smoke("seventime", _doc("seventime")).startswith("seventime: ")


def _names(node: Any) -> Iterator[str]:
    """Every parameter and property name of a spec."""
    if isinstance(node, dict):
        if isinstance(node.get("name"), str) and "in" in node:
            yield node["name"]
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                yield from map(str, value)
            yield from _names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _names(value)


def test_python_names_are_the_generators() -> None:
    """`python_name` (what the overlays' names are compared by) equals openapi-python-client's identifiers."""
    from openapi_python_client.strings import PythonIdentifier

    names = sorted({n for api in APIS for n in _names(shipped.document(api))} | {"type", "_id", "__v", "$type", "2fa"})
    assert len(names) > 300
    assert {n: python_name(n) for n in names} == {n: str(PythonIdentifier(n, "field_")) for n in names}
