"""Mock bugs an independent `st run` found (tests/contract/test_st_run.py runs it): each fixed, each pinned here."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import ordermock
import pytest

from tests.mock._mock_helpers import LAGERKOLL_NEW_ORDER

pytestmark = pytest.mark.skipif("lagerkoll" not in ordermock.APIS, reason="specs/lagerkoll.yaml not present")

OPEN = "/purchase_orders/open/products"


@pytest.fixture(params=["in-process", "http"])
def lagerkoll(request: pytest.FixtureRequest) -> Iterator[httpx.Client]:
    """A Lagerkoll mock client, in-process (httpx's ASGI transport) and over HTTP (uvicorn)."""
    app = ordermock.create_app("lagerkoll", seed_data=2, rate_limit=False, validate_responses=True)
    headers = ordermock.demo_headers("lagerkoll")
    if request.param == "in-process":
        with httpx.Client(
            base_url="http://mock" + app.base_path, transport=ordermock.transport(app), headers=headers
        ) as client:
            yield client
    else:
        with ordermock.serve_app(app) as url, httpx.Client(base_url=url, headers=headers) as client:
            yield client


def _open_articles(client: httpx.Client) -> list[str]:
    response = client.get(OPEN, params={"limit": 500})
    assert response.status_code == 200, response.text
    return [row["articleId"] for row in response.json()["articles"]]


def test_a_percent_encoded_slash_stays_inside_its_path_parameter(lagerkoll: httpx.Client) -> None:
    """`A/1` sent as `A%2F1` (as the spec says clients send it) addresses article `A/1`, not a deeper path."""
    added = lagerkoll.post(OPEN, json={"articleId": "A/1", "amount": 2})
    assert added.status_code == 200, added.text
    removed = lagerkoll.delete(f"{OPEN}/A%2F1")
    assert removed.status_code == 200, removed.text
    assert "A/1" not in _open_articles(lagerkoll)


def test_an_empty_article_id_is_rejected_and_nothing_is_stored(lagerkoll: httpx.Client) -> None:
    """An article id of "" names no article (and no URL could address it): 400, the open order unchanged."""
    before = _open_articles(lagerkoll)
    response = lagerkoll.post(OPEN, json={"articleId": "", "amount": 1})
    assert response.status_code == 400, response.text
    assert response.json()["errorField"] == "articleId"
    assert _open_articles(lagerkoll) == before


def test_a_row_with_an_empty_article_id_is_a_free_text_row(lagerkoll: httpx.Client) -> None:
    """An empty articleId is a missing one: the row is free text, on every path that stores rows."""
    order = lagerkoll.post(
        "/purchase_orders", json={**LAGERKOLL_NEW_ORDER, "articles": [{"articleId": "", "articleName": "Freight"}]}
    )
    assert order.status_code == 200, order.text
    order_id = order.json()["id"]
    added = lagerkoll.post(f"/purchase_orders/{order_id}/product", json={"articleId": "", "articleName": "Packing"})
    assert added.status_code == 200, added.text
    rows = lagerkoll.get(f"/purchase_orders/{order_id}/products").json()["articles"]
    assert [(r.get("articleName"), "articleId" in r) for r in rows] == [("Freight", False), ("Packing", False)]
    changed = lagerkoll.put(f"/purchase_orders/{order_id}/product", json={"id": rows[0]["id"], "articleId": ""})
    assert changed.status_code == 200, changed.text
    assert all("articleId" not in r for r in lagerkoll.get(f"/purchase_orders/{order_id}/products").json()["articles"])
