"""Drifted success bodies for every API, through connect(): read leniently or a typed error - never a bare one.

Each API's mock serves valid bodies; ``_drift.Drifting`` changes one field (top level and nested, in a
single get, in every item of a list, inside ``paginate``) or the whole body, the way a real server may
depart from a prose-written spec. Lenient clients read what has an obvious reading and raise
``APIResponseValidationError`` (operation, status, pointer, kind, expected, excerpt) for the rest;
``strict=True`` clients raise it for every deviation. Sync and async alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import re
from typing import Any

import httpx
import ordersdk
import pytest
from ordersdk import APIResponseValidationError, reset_deviations
from ordersdk_runtime import UNSET

from ._drift import APIS, DELETE, Api, Case, get_at, seeded, set_at, v2_create_refused

CASES = [(api, case) for api in APIS for case in api.cases]
IDS = [f"{api.name}:{case.kind}:{case.pointer}" for api, case in CASES]
WALK_CASES = [(api, case) for api in APIS for case in api.walk_cases]
WALK_IDS = [f"{api.name}:{case.kind}:{case.pointer}" for api, case in WALK_CASES]
RAISING = [(api, case) for api, case in WALK_CASES if case.lenient == "raised"]
RAISING_IDS = [f"{api.name}:{case.kind}:{case.pointer}" for api, case in RAISING]
BARE = (KeyError, ValueError, TypeError, AttributeError, IndexError)


@pytest.fixture(autouse=True)
def _fresh_deviations() -> None:
    reset_deviations()


def _shape(pointer: str) -> str:
    return re.sub(r"/\d+(?=/|$)", "/*", pointer)


def _first_id(api: Api, client: Any, transport: Any = None, pointer: str = "") -> Any:
    """The id of the first listed item; with ``pointer``, of the first whose get body has that field's parent."""
    ids = [api.item_id(item) for item in api.walk(client)]
    if transport is None or pointer.count("/") < 2:
        return ids[0]
    parent = pointer.rsplit("/", 1)[0]
    found: list[bool] = []

    def probe(body: Any) -> Any:
        try:
            get_at(body, parent)
            found.append(True)
        except (KeyError, IndexError, TypeError):
            found.append(False)
        return body

    transport.drift = probe
    try:
        for item_id in ids:
            api.get(client, item_id)
            if found[-1]:
                return item_id
    finally:
        transport.reset()
    raise AssertionError(f"no {api.name} item has {parent}: the seeded data changed")


def _call(api: Api, client: Any, item_id: Any, mode: str) -> Any:
    """The drifted get, sync or async; returns the item or the exception it raised."""
    try:
        if mode == "sync":
            return api.get(client, item_id)
        result = asyncio.run(api.aget(client, item_id))
    except Exception as exc:  # the test inspects what was raised
        return exc
    return {"/orders/0": lambda r: r.orders[0], "/data": lambda r: r.data}.get(api.get_item, lambda r: r)(result)


def _check_read(api: Api, case: Case, outcome: Any, pointer: str) -> None:
    assert not isinstance(outcome, Exception), f"{type(outcome).__name__}: {outcome}"
    assert case.attribute is not None
    value = case.attribute(outcome)
    if case.kind == "enum":
        assert value == case.value and value.is_unknown and value.value == case.value
        assert value not in type(value)
    elif case.kind == "null":
        assert value is UNSET  # an unexpected null in an optional property reads as absent
    else:
        assert value == case.value  # e.g. a string outside its pattern: read as it came
    seen = {(d.pointer, d.kind) for d in ordersdk.deviations() if d.api == api.name}
    assert (_shape(pointer), case.kind) in seen


def _check_raised(case: Case, outcome: Any, pointer: str, status: int = 200) -> None:
    assert isinstance(outcome, APIResponseValidationError), f"{type(outcome).__name__}: {outcome}"
    assert (outcome.kind, outcome.pointer, outcome.status_code) == (case.kind, pointer, status)
    assert outcome.operation_id and outcome.expected and outcome.operation.startswith("GET ")
    assert pointer in str(outcome) and case.kind in str(outcome)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize(("api", "case"), CASES, ids=IDS)
def test_a_drifted_field_in_a_single_get(api: Api, case: Case, strict: bool, mode: str) -> None:
    """One field drifted (top level or nested): lenient reads it or raises the typed error; strict always raises."""
    transport, client = seeded(api)
    pointer = api.get_item + case.pointer
    item_id = _first_id(api, client, transport, pointer)
    if strict:
        client = api.client(transport, strict=True)
    transport.drift = lambda body: (set_at(body, pointer, case.value), body)[1]
    outcome = _call(api, client, item_id, mode)
    assert not isinstance(outcome, BARE) or isinstance(outcome, APIResponseValidationError)
    if case.lenient == "read" and not strict:
        _check_read(api, case, outcome, pointer)
    else:
        _check_raised(case, outcome, pointer)


def _drift_every_item(api: Api, case: Case) -> Any:
    """Drift ``case`` in every item of a list body that has the field's parent (nested lists may be empty)."""

    def drift(body: Any) -> Any:
        for index in range(len(get_at(body, api.list_items))):
            pointer = f"{api.list_items}/{index}{case.pointer}"
            try:
                set_at(body, pointer, case.value if case.value is DELETE else copy.deepcopy(case.value))
            except (KeyError, IndexError):
                continue
        return body

    return drift


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize(("api", "case"), WALK_CASES, ids=WALK_IDS)
def test_a_drifted_field_in_every_item_of_a_walk(api: Api, case: Case, strict: bool) -> None:
    """paginate (or a list call): every item drifted; read item by item, or the typed error at the first page."""
    transport, client = seeded(api)
    client = api.client(transport, strict=strict)
    transport.drift = _drift_every_item(api, case)
    try:
        items = list(api.walk(client))
    except Exception as exc:
        assert case.lenient == "raised" or strict, f"{type(exc).__name__}: {exc}"
        assert isinstance(exc, APIResponseValidationError), f"{type(exc).__name__}: {exc}"
        assert exc.kind == case.kind and re.fullmatch(rf"{api.list_items}/\d+{case.pointer}", exc.pointer)
        if api.name != "sevensenders":  # paginate: the walk can resume where it stopped
            assert exc.position is not None
        return
    assert case.lenient == "read" and not strict
    assert len(items) == 5 and case.attribute is not None
    values = []
    for item in items:
        with contextlib.suppress(IndexError, AttributeError, TypeError):  # items without the nested field
            values.append(case.attribute(item))
    assert values
    if case.kind == "null":
        assert all(value is UNSET for value in values)
    elif case.kind == "enum":
        assert all(value.is_unknown for value in values)
    else:
        assert all(value == case.value for value in values)
    # one deviation for every item of every page: array indices are written "*"
    mine = [d for d in ordersdk.deviations() if d.api == api.name and d.kind == case.kind]
    assert [d.pointer for d in mine] == [_shape(f"{api.list_items}/0{case.pointer}")]
    assert ordersdk.deviations()[mine[0]] == len(values)


@pytest.mark.parametrize(("api", "case"), RAISING, ids=RAISING_IDS)
async def test_the_async_walk_raises_the_same_typed_error(api: Api, case: Case) -> None:
    """apaginate / asyncio list calls: the same typed error for the same drift."""
    transport, client = seeded(api)
    transport.drift = _drift_every_item(api, case)
    with pytest.raises(APIResponseValidationError) as raised:
        walk = api.awalk(client)
        if hasattr(walk, "__aiter__"):
            [item async for item in walk]
        else:
            await walk
    assert raised.value.kind == case.kind
    assert re.fullmatch(rf"{api.list_items}/\d+{case.pointer}", raised.value.pointer)


def test_a_fatal_drift_on_a_later_page_stops_a_walk_where_it_can_resume() -> None:
    """Page 2 unreadable: the error carries the position of page 2; resuming there once fixed yields the rest."""
    api = next(a for a in APIS if a.name == "seventime")
    transport, client = seeded(api)
    pages = iter(range(100))

    def second_page_broken(body: Any) -> Any:
        if next(pages) == 1:
            set_at(body, "/data/0/paymentDays", "ten")
        return body

    transport.drift = second_page_broken
    walk = api.walk(client)
    seen = [next(walk), next(walk)]
    with pytest.raises(APIResponseValidationError) as raised:
        next(walk)
    assert raised.value.position is not None and raised.value.position.cursor == 1
    transport.reset()
    from ordersdk import paginate
    from seventime_client.api.purchase_orders import list_purchase_orders

    rest = list(paginate(list_purchase_orders, client=client, start=raised.value.position))
    assert len(seen) + len(rest) == 5


# --- whole bodies -------------------------------------------------------------------------------------------------


UNREADABLE = [
    pytest.param({"raw": b""}, "empty", id="empty"),
    pytest.param(
        {"raw": b"<html><body>Service Unavailable</body></html>", "content_type": "text/html"}, "not-json", id="html"
    ),
    pytest.param({"raw": b'{"truncated": ', "content_type": "application/json"}, "not-json", id="truncated"),
    pytest.param({"raw": b"null"}, "null", id="null"),
    pytest.param({"drift": lambda body: [body]}, "type", id="list-for-object"),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("change", "kind"), UNREADABLE)
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_an_unreadable_get_body_is_the_typed_error(api: Api, change: dict[str, Any], kind: str, mode: str) -> None:
    """Empty, HTML, truncated, a null body, a list for an object: always APIResponseValidationError, lenient or not."""
    transport, client = seeded(api)
    item_id = _first_id(api, client)
    for name, value in change.items():
        setattr(transport, name, value)
    outcome = _call(api, client, item_id, mode)
    assert isinstance(outcome, APIResponseValidationError), f"{type(outcome).__name__}: {outcome}"
    assert (outcome.kind, outcome.pointer, outcome.status_code) == (kind, "", 200)
    assert outcome.operation.startswith("GET ")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_an_object_where_a_list_is_documented_is_the_typed_error(api: Api, mode: str) -> None:
    """A list operation answering an object (or a page answering a list): the typed error at the list's pointer."""
    transport, client = seeded(api)
    transport.drift = (lambda body: {"items": body}) if not api.list_items else (lambda body: [body])
    with pytest.raises(APIResponseValidationError) as raised:
        list(api.walk(client)) if mode == "sync" else asyncio.run(_drain(api.awalk(client)))
    assert (raised.value.kind, raised.value.pointer) == ("type", "")


async def _drain(walk: Any) -> list[Any]:
    if hasattr(walk, "__aiter__"):
        return [item async for item in walk]
    return list(await walk)


@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_an_undocumented_success_status_and_content_type_are_read_unless_strict(api: Api) -> None:
    """203 for a documented 200, JSON as text/plain: lenient reads both (and reports them); strict refuses."""
    transport, client = seeded(api)
    item_id = _first_id(api, client)
    transport.status, transport.content_type = 203, "text/plain"
    item = api.get(client, item_id)
    assert item is not None
    kinds = {d.kind for d in ordersdk.deviations() if d.api == api.name}
    assert {"status", "content-type"} <= kinds
    with pytest.raises(APIResponseValidationError) as raised:
        api.get(api.client(transport, strict=True), item_id)
    assert raised.value.kind in ("status", "content-type") and raised.value.status_code == 203


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_extra_fields_are_kept(api: Api, strict: bool) -> None:
    """A field the spec does not name (and does not exclude) is kept in additional_properties, strict or not."""
    transport, client = seeded(api)
    item_id = _first_id(api, client)
    client = api.client(transport, strict=strict)
    transport.drift = lambda body: (set_at(body, f"{api.get_item}/brandNewField", {"since": 2027}), body)[1]
    item = api.get(client, item_id)
    assert item.additional_properties["brandNewField"] == {"since": 2027}
    assert item.to_dict()["brandNewField"] == {"since": 2027}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_empty_201_from_a_create_is_the_typed_error_with_the_location(mode: str) -> None:
    """Seven Senders v2 create answering 201 with no body (the spec documents the order): typed, status 201."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, headers={"location": "/v2/orders/4262108", "content-type": "application/json"})

    error = v2_create_refused(handler, mode)
    assert (error.kind, error.pointer, error.status_code, error.operation_id) == ("empty", "", 201, "create_order")
    assert error.operation == "POST /v2/orders.json" and error.headers["location"] == "/v2/orders/4262108"
