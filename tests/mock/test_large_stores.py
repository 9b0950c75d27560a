"""Large stores stay fast without behaving differently: shared listings, one validation per page, caches, GC."""

from __future__ import annotations

import gc

import httpx
import pytest
from ordermock import _app
from ordermock._app import MockApp
from ordermock._spec import SchemaRef

from tests.mock._mock_helpers import make_widgets


def test_listing_is_shared_until_a_write(widgets: MockApp) -> None:
    """Reads share one listing; an add or delete starts a new one and leaves the old one as it was."""
    collection = widgets.store.collection("/")
    listing = collection.listing()
    assert collection.listing() is listing and widgets.ctx.filtered("/", {}) is listing
    first = listing[0]
    collection.delete(first["id"])
    assert collection.listing() is not listing and first not in collection.listing() and len(listing) == 12
    added = collection.add({"name": "extra"})
    assert collection.listing()[-1] is added and len(collection.listing()) == 12


def test_deleting_while_iterating_sees_the_items_of_the_start(widgets: MockApp) -> None:
    """Iterating a collection and deleting as you go visits every item that was there."""
    collection = widgets.store.collection("/")
    visited = 0
    for item in collection:
        collection.delete(item["id"])
        visited += 1
    assert visited == 12 and len(collection) == 0 and list(collection) == []


def test_pages_are_fresh_lists(widgets: MockApp) -> None:
    """A page never hands out the shared listing itself, not even an unpaged one (a handler may change it)."""
    for operation_id, resource in (("list_widgets", "/"), ("list_open_products", "/open/products")):
        listing = widgets.store.collection(resource).listing()
        page, info = widgets.ctx.paginate(widgets.spec.by_id(operation_id), {"limit": 100}, listing)
        assert page == list(listing) and page is not listing and info.total == 12


def test_a_stored_item_that_no_longer_fits_is_repaired_in_its_page(
    widgets: MockApp, widget_client: httpx.Client
) -> None:
    """A page with one invalid stored item still validates: that item is fitted, the others are sent as stored."""
    stored = widgets.store.collection("/").listing()
    stored[1]["color"] = "purple"
    page = widget_client.get("/", params={"page": 0, "limit": 5}).json()
    widgets_sent = page["widgets"]
    assert widgets_sent[1]["color"] in ("red", "green", "blue") and widgets_sent[1]["name"] == stored[1]["name"]
    assert widgets_sent[0] == stored[0] and widgets_sent[2:] == list(stored[2:5])
    assert stored[1]["color"] == "purple"  # the response is fitted, the store is not rewritten by a read


def test_schema_answers_follow_the_schema_object_not_only_the_pointer(widgets: MockApp) -> None:
    """Cached schema answers are keyed by pointer but never returned for a different schema at that pointer."""
    schemas = widgets.ctx.schemas
    assert schemas.types(SchemaRef("/x", {"type": "string"})) == {"string"}
    assert schemas.types(SchemaRef("/x", {"type": "integer"})) == {"integer"}
    assert set(schemas.properties(SchemaRef("", {"properties": {"a": {}}}))) == {"a"}
    assert set(schemas.properties(SchemaRef("", {"properties": {"b": {}}}))) == {"b"}
    widget = widgets.spec.schema_at("/components/schemas/Widget")
    assert schemas.properties(widget) is schemas.properties(widget)
    assert schemas.property(widget, "color") == SchemaRef(
        "/components/schemas/Widget/properties/color", widget.schema["properties"]["color"]
    )


@pytest.fixture
def freezes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records gc.collect/gc.freeze calls (without freezing the test process); large = 20 items."""
    calls: list[str] = []
    monkeypatch.setattr(_app, "FREEZE_FROM_ITEMS", 20)
    monkeypatch.setattr(gc, "collect", lambda *args: calls.append("collect") or 0)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    return calls


def test_a_large_seeded_store_is_frozen_out_of_gc(freezes: list[str]) -> None:
    """After seeding a large store (and on reset) the app collects once and freezes; small stores are left alone."""
    make_widgets(seed_data=9)  # 18 items in two collections
    assert freezes == []
    app = make_widgets(seed_data=10)
    assert freezes == ["collect", "freeze"]
    app.reset()
    assert freezes == ["collect", "freeze"] * 2
