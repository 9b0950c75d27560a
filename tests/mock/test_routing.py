"""Routing: literal segments beat templates, trailing slashes matter, unknown paths and methods are 4xx."""

from __future__ import annotations

import httpx
from ordermock._routing import Router
from ordermock._spec import Spec

from tests.mock._mock_helpers import FIXTURE_SPEC


def router() -> Router:
    return Router(Spec.load(FIXTURE_SPEC, name="widgets").operations)


def test_literal_segment_wins_over_template() -> None:
    """`/next_id` routes to its own operation, not to `/{id}`."""
    match = router().route("GET", "/next_id")
    assert match is not None and match.operation is not None
    assert match.operation.operation_id == "next_widget_id"


def test_literal_first_segment_wins_over_templated_first_segment() -> None:
    """`/open/products` beats `/{id}/products`; a number still reaches the templated route."""
    r = router()
    literal = r.route("GET", "/open/products")
    templated = r.route("GET", "/42/products")
    assert literal is not None and literal.operation is not None
    assert literal.operation.operation_id == "list_open_products"
    assert templated is not None and templated.operation is not None
    assert templated.operation.operation_id == "list_widget_products"
    assert templated.params == {"id": "42"}


def test_mixed_segment_template() -> None:
    """A segment like `{id}.json` extracts the id and keeps the suffix literal."""
    from ordermock._spec import Operation

    op = Operation("get_order", "GET", "/orders/{id}.json", "/x", (), False, {}, {}, (), {})
    match = Router((op,)).route("GET", "/orders/4417.json")
    assert match is not None and match.params == {"id": "4417"}
    assert Router((op,)).route("GET", "/orders/4417") is None


def test_method_not_allowed_lists_allowed_methods(widget_client: httpx.Client) -> None:
    """An undocumented method on a known path is a 405 in the vendor shape with an Allow header."""
    response = widget_client.patch("/5")
    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, PUT"
    assert response.json()["errorCode"] == 900405


def test_unknown_path_and_foreign_base_path_are_404(widget_client: httpx.Client) -> None:
    """Unknown paths, inside or outside the base path, get the vendor's 404."""
    assert widget_client.get("/1/2/3/4").status_code == 404
    outside = httpx.Client(base_url="http://mock", transport=widget_client._transport).get("/elsewhere")
    assert outside.status_code == 404
    assert outside.json()["errorMessage"].startswith("No resource")


def test_trailing_slash_distinguishes_operations() -> None:
    """`/things/` and `/things` may be different operations (Seven Time's update vs list)."""
    from ordermock._spec import Operation

    listing = Operation("list", "GET", "/things", "/a", (), False, {}, {}, (), {})
    update = Operation("update", "PUT", "/things/", "/b", (), False, {}, {}, (), {})
    r = Router((listing, update))
    slash = r.route("GET", "/things/")
    assert slash is not None and slash.operation is None and slash.allowed == ("PUT",)
    plain = r.route("GET", "/things")
    assert plain is not None and plain.operation is not None and plain.operation.operation_id == "list"
