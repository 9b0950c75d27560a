"""Seeded data: deterministic, schema-valid, realistic; pagination over it; reset."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import ordermock
import pytest
from ordermock._app import MockApp

from tests.mock._mock_helpers import make_widgets, present


def test_same_seed_same_data() -> None:
    """Two apps with the same seed hold the same items; another seed differs."""
    first = make_widgets(seed_data=5, seed=7).store.collection("/").snapshot()
    again = make_widgets(seed_data=5, seed=7).store.collection("/").snapshot()
    other = make_widgets(seed_data=5, seed=8).store.collection("/").snapshot()
    assert first == again and first != other


def test_seeded_items_are_valid_and_realistic() -> None:
    """Generated widgets satisfy the schema, with real-looking emails and the pattern-shaped reference."""
    app = make_widgets(seed_data=20)
    schema = app.spec.schema_at("/components/schemas/Widget")
    for item in app.store.collection("/"):
        assert app.ctx.schemas.errors(schema, item) == []
        assert item["contactEmail"].endswith("@example.com")
        assert item["reference"].startswith("W-")


def test_pagination_envelope(widget_client: httpx.Client) -> None:
    """Pages are zero-based here (the parameter's minimum), with counts in the envelope."""
    page = widget_client.get("/", params={"page": 1, "limit": 5}).json()
    assert (page["page"], page["pageSize"], page["widgetsCount"], page["pages"]) == (1, 5, 12, 3)
    assert len(page["widgets"]) == 5
    last = widget_client.get("/", params={"page": 2, "limit": 5}).json()
    assert len(last["widgets"]) == 2


def test_list_filters_by_field(widget_client: httpx.Client) -> None:
    """A query parameter named like an item field filters the list."""
    reds = widget_client.get("/", params={"color": "red", "limit": 100}).json()["widgets"]
    assert reds and all(w["color"] == "red" for w in reds)


def test_reset_restores_the_seed(widgets: MockApp, widget_client: httpx.Client) -> None:
    """reset() forgets changes and faults and re-seeds identically."""
    before = widgets.store.collection("/").snapshot()
    widget_client.post("/", json={"name": "extra"})
    widgets.faults.fail_next(5)
    widgets.reset()
    assert widgets.store.collection("/").snapshot() == before
    assert widget_client.get("/").status_code == 200


@pytest.mark.parametrize("api", present(*ordermock.ALL_APIS))
def test_large_seed_is_paginated(api: str, api_client: Callable[..., tuple[MockApp, httpx.Client]]) -> None:
    """`seed_data=250` fills every collection with 250 valid items."""
    app, _ = api_client(api, seed_data=250)
    sizes = {name: len(app.store.collection(name)) for name in app.store.names}
    assert sizes and all(size >= 250 for name, size in sizes.items() if app.ctx.resources[name].schema is not None)
