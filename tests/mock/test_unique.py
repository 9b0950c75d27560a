"""Fields the spec calls unique: distinct in seeded data, and a write repeating one is refused (409 or 400)."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

import httpx
import ordermock
import pytest
from ordermock._app import MockApp
from ordermock._behaviour import Behaviour
from ordermock._registry import load_behaviour
from ordermock._spec import Spec, SpecError

from tests.mock._mock_helpers import (
    FIXTURE_SPEC,
    LAGERKOLL_NEW_ORDER,
    WIDGET_HEADERS,
    client_for,
    present,
    widget_error,
)

Factory = Callable[..., tuple[MockApp, httpx.Client]]

PORTAL_ORDER = {"order_id": "SHOP-1", "order_date": "2024-05-01T10:00:00Z"}


@pytest.mark.parametrize("api", present(*ordermock.ALL_APIS))
def test_every_declared_unique_field_is_unique_in_the_spec(api: str) -> None:
    """A behaviour declares a field unique only where the spec says so: the field's description in the stored
    schema or in the body of an operation that creates the collection."""
    app = ordermock.create_app(api)
    schemas = app.ctx.schemas
    for resource, fields in app.behaviour.unique.items():
        stored = app.ctx.resources[resource].schema
        bodies = [
            ref
            for op in app.spec.operations
            if app.ctx.actions[op.operation_id] == ordermock.Action("create", resource)
            for ref in op.body_content.values()
        ]
        for name in fields:
            described = [
                str(schemas.resolve(prop).schema.get("description", ""))
                for schema in [stored, *bodies]
                if schema is not None and (prop := schemas.property(schema, name)) is not None
            ]
            assert any(re.search(r"\bunique\b", text) for text in described), (resource, name, described)


def test_the_unique_fields_the_brief_names_are_declared() -> None:
    """Lagerkoll poReference, Seven Senders order_id and shipment reference_number."""
    assert load_behaviour("lagerkoll").unique == {"/purchase_orders": ("poReference",)}
    assert load_behaviour("sevensenders").unique == {"/orders": ("order_id",), "/shipments": ("reference_number",)}


@pytest.mark.parametrize("api", present("sevensenders"))
def test_seeded_unique_fields_are_distinct_and_never_the_documented_example(api: str) -> None:
    """Seeded orders each get their own order_id (not the spec's example every client sends), and every
    seeded shipment belongs to a seeded order."""
    app = ordermock.create_app(api, seed_data=60)
    orders, shipments = app.state["orders"], app.state["shipments"]
    references = [order["order_id"] for order in orders]
    assert len(set(references)) == len(references) == 60 and "order123456" not in references
    assert all(re.fullmatch(r"order\d{6}", reference) for reference in references)  # in the example's style
    assert len({s["reference_number"] for s in shipments}) == len(shipments)
    assert {s["order_id"] for s in shipments} <= set(references)
    shipped = {s["order_id"] for s in shipments}
    assert all(o["state"] == "shipped" for o in orders if o["order_id"] in shipped)


@pytest.mark.parametrize("api", present("sevensenders_v2"))
def test_seeded_v2_orders_have_distinct_shop_references(api: str) -> None:
    """Seven Senders v2 documents no uniqueness, but a shop's references differ: seeded ones do, and
    shipments point at seeded orders."""
    app = ordermock.create_app(api, seed_data=10)
    references = [order["shop_order_id"] for order in app.state["orders"]]
    assert len(set(references)) == 10
    assert {s["shop_order_id"] for s in app.state["shipments"]} <= set(references)


@pytest.mark.parametrize("api", present("sevensenders"))
def test_a_duplicate_order_id_is_refused_with_the_documented_400(api: str, api_client: Factory) -> None:
    """create_order documents no 409: a repeated order_id is a 400 in the vendor's shape; nothing stored."""
    app, client = api_client(api, seed_data=2)
    client.headers.update(ordermock.bearer_headers(app))
    assert client.post("/orders", json=PORTAL_ORDER).status_code == 201
    before = app.state["orders"]
    refused = client.post("/orders", json={**PORTAL_ORDER, "order_url": "https://shop.example.com/2"})
    assert refused.status_code == 400
    assert refused.json() == {"code": 400, "message": refused.json()["message"]}
    assert "order_id 'SHOP-1'" in refused.json()["message"] and "unique" in refused.json()["message"]
    assert app.state["orders"] == before
    seeded = before[0]["order_id"]
    assert client.post("/orders", json={**PORTAL_ORDER, "order_id": seeded}).status_code == 400


@pytest.mark.parametrize("api", present("lagerkoll"))
def test_a_duplicate_po_reference_is_refused_on_create_and_update(api: str, api_client: Factory) -> None:
    """Lagerkoll: 400 with errorCode and errorField poReference; an update may keep its own reference."""
    app, client = api_client(api, seed_data=3)
    taken = app.state["purchase_orders"][0]["poReference"]
    refused = client.post("/purchase_orders", json={**LAGERKOLL_NEW_ORDER, "poReference": taken})
    assert refused.status_code == 400
    assert refused.json()["errorField"] == "poReference" and refused.json()["errorCode"] == 901102
    created = client.post("/purchase_orders", json=LAGERKOLL_NEW_ORDER).json()
    update = {**LAGERKOLL_NEW_ORDER, "comment": "changed"}
    assert client.put(f"/purchase_orders/{created['id']}", json=update).status_code == 200  # its own value
    clash = client.put(f"/purchase_orders/{created['id']}", json={**update, "poReference": taken})
    assert clash.status_code == 400 and clash.json()["errorField"] == "poReference"
    assert app.state.item("purchase_orders", created["id"])["poReference"] == LAGERKOLL_NEW_ORDER["poReference"]


def _widgets_with_unique_reference(*, documents_409: bool) -> MockApp:
    """The widgets fixture with `reference` unique (and, optionally, a documented 409 on create)."""
    spec = Spec.load(FIXTURE_SPEC, name="widgets")
    document: dict[str, Any] = copy.deepcopy(spec.document)
    if documents_409:
        responses = document["paths"]["/"]["post"]["responses"]
        responses["409"] = {"$ref": "#/components/responses/Error"}
    document["components"]["schemas"]["WidgetInput"]["properties"]["reference"] = {"type": "string"}
    behaviour = Behaviour(
        error_body=widget_error,
        credentials={"api_key": "k-widgets", "store": "s-1"},
        unique={"/": ("reference",)},
    )
    return MockApp(Spec(document, name="widgets"), behaviour, seed_data=3, validate_responses=True)


@pytest.mark.parametrize(("documents_409", "status"), [(True, 409), (False, 400)])
def test_the_conflict_status_is_409_where_documented_else_400(documents_409: bool, status: int) -> None:
    """The engine answers a duplicate with 409 when the operation documents it, in the vendor's shape."""
    app = _widgets_with_unique_reference(documents_409=documents_409)
    client = client_for(app, WIDGET_HEADERS)
    assert client.post("/", json={"name": "a", "reference": "W-00001"}).status_code == 201
    refused = client.post("/", json={"name": "b", "reference": "W-00001"})
    assert refused.status_code == status
    assert refused.json()["errorCode"] == 900000 + status and refused.json()["errorField"] == "reference"
    assert len(app.state["/"]) == 4


def test_a_unique_field_the_schema_lacks_fails_at_start_up() -> None:
    """A declaration that no longer matches the spec (a renamed field) is a SpecError naming it."""
    behaviour = Behaviour(error_body=widget_error, unique={"/": ("serialNumber",)})
    with pytest.raises(SpecError, match="serialNumber"):
        MockApp(Spec.load(FIXTURE_SPEC, name="widgets"), behaviour)
    with pytest.raises(SpecError, match="no collection"):
        MockApp(Spec.load(FIXTURE_SPEC, name="widgets"), Behaviour(unique={"/gadgets": ("id",)}))
