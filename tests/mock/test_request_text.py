"""Request text is Unicode or it is refused: a 400 in the vendor's shape, and nothing stored.

A lone surrogate (``"\\ud800"`` as a JSON escape) or bytes that are not UTF-8 once stored
could not be encoded in any later response, so every listing would fail until a restart.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import httpx
import ordermock
import pytest
from ordermock._app import MockApp

from tests.mock._mock_helpers import WIDGET_HEADERS, asgi_request, assert_vendor_error, present, store_state

JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}
RAW_WIDGET_HEADERS = {name.encode(): value.encode() for name, value in WIDGET_HEADERS.items()}


def some_widget(client: httpx.Client) -> int:
    widget_id: int = client.get("/").json()["widgets"][0]["id"]
    return widget_id


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"name": "\\ud800"}', id="lone-high-surrogate"),
        pytest.param(b'{"name": "x\\udc00"}', id="lone-low-surrogate"),
        pytest.param(b'{"name": "\\udc00\\ud800"}', id="reversed-pair"),
        pytest.param(b'{"name": "x", "tags": ["ok", "\\udfff"]}', id="in-an-array"),
        pytest.param(b'{"name": "x", "\\ud800": 1}', id="as-a-key"),
        pytest.param(b'{"name": "\xed\xa0\x80"}', id="surrogate-as-raw-bytes"),
        pytest.param(b'{"name": "\xff"}', id="invalid-utf8"),
    ],
)
def test_json_text_that_is_not_unicode_is_refused(widgets: MockApp, widget_client: httpx.Client, body: bytes) -> None:
    """A create or update carrying a lone surrogate or invalid UTF-8 is a 400; nothing stored, listing still works."""
    widget_id = some_widget(widget_client)
    before = store_state(widgets)
    assert_vendor_error(widget_client.post("/", content=body, headers=JSON), 400)
    assert_vendor_error(widget_client.put(f"/{widget_id}", content=body, headers=JSON), 400)
    assert store_state(widgets) == before
    assert widget_client.get("/").status_code == 200


def test_a_surrogate_pair_is_an_ordinary_character(widget_client: httpx.Client) -> None:
    """An escaped pair (an emoji) is valid JSON text and is stored as the character it encodes."""
    created = widget_client.post("/", content=b'{"name": "\\ud83d\\ude00"}', headers=JSON)
    assert created.status_code == 201 and created.json()["name"] == "\U0001f600"


def json_body_operations() -> list[Any]:
    cases = []
    for api in ordermock.APIS:
        app = ordermock.create_app(api)
        cases += [
            pytest.param(api, op.operation_id, id=f"{api}-{op.operation_id}")
            for op in app.spec.operations
            if any("json" in media for media in op.body_content)
        ]
    return cases


def replace_strings(value: Any, text: str) -> Any:
    if isinstance(value, str):
        return text
    if isinstance(value, dict):
        return {key: replace_strings(item, text) for key, item in value.items()}
    if isinstance(value, list):
        return [replace_strings(item, text) for item in value]
    return value


@pytest.mark.parametrize(("api", "operation_id"), json_body_operations())
def test_no_api_stores_a_lone_surrogate(
    api: str, operation_id: str, api_client: Callable[..., tuple[MockApp, httpx.Client]]
) -> None:
    """Every operation with a JSON body refuses one whose strings are lone surrogates, and stores nothing."""
    app, client = api_client(api, seed_data=2, rate_limit=False)
    operation = app.spec.by_id(operation_id)
    media, schema = next((m, s) for m, s in operation.body_content.items() if "json" in m)
    body = replace_strings(app.ctx.gen.generate(schema), "\ud800")
    path = re.sub(r"\{[^}]+\}", lambda _: _existing_id(app, operation_id), operation.path)
    before = store_state(app)
    response = client.request(
        operation.method.upper(), path, content=json.dumps(body).encode(), headers={"content-type": media}
    )
    assert 400 <= response.status_code < 500, response.text
    assert store_state(app) == before


def _existing_id(app: MockApp, operation_id: str) -> str:
    action = app.ctx.actions.get(operation_id)
    if action is not None and action.resource in app.store.names:
        collection = app.store.collection(action.resource)
        if len(collection):
            return str(collection.listing()[0][collection.id_field])
    return "1"


@pytest.mark.parametrize(
    "query",
    [
        pytest.param(b"tags=%ED%A0%80", id="percent-encoded-surrogate"),
        pytest.param(b"tags=%FF", id="percent-encoded-invalid-utf8"),
        pytest.param(b"tags=\xff", id="raw-invalid-utf8"),
        pytest.param(b"tags=ok&t%FFgs=x", id="in-a-name"),
    ],
)
def test_query_strings_must_be_utf8(widgets: MockApp, query: bytes) -> None:
    """A query string that does not decode as UTF-8 is a 400, not silently replaced characters."""
    status, body = asgi_request(widgets, "GET", b"/v1/widgets", query=query, headers=RAW_WIDGET_HEADERS)
    assert status == 400 and json.loads(body)["errorCode"] == 900400


@pytest.mark.parametrize("query", [b"tags=caf%C3%A9", b"tags=caf\xc3\xa9", b"tags=%F0%9F%98%80"])
def test_utf8_query_strings_are_fine(widgets: MockApp, query: bytes) -> None:
    """Percent-encoded or raw UTF-8 in a query string is accepted."""
    status, _ = asgi_request(widgets, "GET", b"/v1/widgets", query=query, headers=RAW_WIDGET_HEADERS)
    assert status == 200


@pytest.mark.parametrize("note", [b"\xff", b"caf\xe9", b"\xed\xa0\x80"])
def test_header_parameters_must_be_utf8(widgets: MockApp, note: bytes) -> None:
    """A declared header parameter whose bytes are not UTF-8 is a 400."""
    headers = {**RAW_WIDGET_HEADERS, b"x-widget-note": note}
    status, body = asgi_request(widgets, "GET", b"/v1/widgets", headers=headers)
    assert status == 400 and json.loads(body)["errorCode"] == 900400


def test_utf8_header_parameters_are_fine(widgets: MockApp) -> None:
    """UTF-8 bytes in a header parameter are read as UTF-8."""
    headers = {**RAW_WIDGET_HEADERS, b"x-widget-note": "café ✓".encode()}
    assert asgi_request(widgets, "GET", b"/v1/widgets", headers=headers)[0] == 200


@pytest.mark.parametrize("api", present("lagerkoll"))
@pytest.mark.parametrize("segment", [b"%ED%A0%80", b"%FF", b"\xff", b"a%C0%AF"])
def test_path_parameters_must_be_utf8(api: str, segment: bytes) -> None:
    """A path segment that does not decode as UTF-8 is a 400, not a lookup of replacement characters."""
    app = ordermock.create_app(api, seed_data=2, rate_limit=False)
    headers = {name.encode(): value.encode() for name, value in ordermock.demo_headers(api).items()}
    articles = app.base_path.encode() + b"/purchase_orders/article/"
    status, body = asgi_request(app, "GET", articles + segment, headers=headers)
    assert status == 400 and json.loads(body)["errorCode"] == 901101
    ok, _ = asgi_request(app, "GET", articles + b"caf%C3%A9", headers=headers)
    assert ok == 200


@pytest.mark.parametrize("form", [b"name=%ED%A0%80", b"name=%FF", b"name=ok&t%FFgs=x"])
def test_form_bodies_must_be_utf8(widgets: MockApp, widget_client: httpx.Client, form: bytes) -> None:
    """A form body whose percent-escapes are not UTF-8 is a 400 and changes nothing."""
    widget_id = some_widget(widget_client)
    before = store_state(widgets)
    assert_vendor_error(widget_client.put(f"/{widget_id}", content=form, headers=FORM), 400)
    assert store_state(widgets) == before


def test_utf8_form_bodies_are_stored_as_sent(widget_client: httpx.Client) -> None:
    """Percent-encoded UTF-8 in a form body is decoded as UTF-8."""
    widget_id = some_widget(widget_client)
    response = widget_client.put(f"/{widget_id}", content=b"name=caf%C3%A9+%E2%9C%93", headers=FORM)
    assert response.status_code == 200 and response.json()["name"] == "café ✓"


@pytest.mark.parametrize("charset", ["latin-1", "ISO-8859-1", "utf-16", "windows-1252"])
def test_a_charset_other_than_utf8_is_refused(widgets: MockApp, widget_client: httpx.Client, charset: str) -> None:
    """JSON is UTF-8 (RFC 8259); a body declared in another charset is a 415 where documented, and not stored."""
    before = store_state(widgets)
    body = '{"name": "café"}'.encode("latin-1")
    response = widget_client.post("/", content=body, headers={"content-type": f"application/json; charset={charset}"})
    assert_vendor_error(response, 415)
    assert "charset" in response.json()["errorMessage"]
    assert store_state(widgets) == before


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8", '"utf-8"', "utf8", "us-ascii"])
def test_a_utf8_charset_is_accepted(widget_client: httpx.Client, charset: str) -> None:
    """``charset=utf-8`` (any spelling) and ASCII, a subset, are fine."""
    response = widget_client.post(
        "/", content=b'{"name": "ok"}', headers={"content-type": f"application/json; charset={charset}"}
    )
    assert response.status_code == 201


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"name": "a", "name": "b"}', id="top-level"),
        pytest.param(b'{"name": "a", "tags": [{"x": 1, "x": 2}]}', id="nested"),
    ],
)
def test_duplicate_json_keys_are_refused(widgets: MockApp, widget_client: httpx.Client, body: bytes) -> None:
    """A JSON object with a repeated key is ambiguous (which one wins differs by server); a 400, nothing stored."""
    before = store_state(widgets)
    response = widget_client.post("/", content=body, headers=JSON)
    assert_vendor_error(response, 400)
    assert "duplicate key" in response.json()["errorMessage"]
    assert store_state(widgets) == before


@pytest.mark.parametrize("number", [b"1e400", b"-1e999"])
def test_numbers_beyond_double_range_are_refused(widget_client: httpx.Client, number: bytes) -> None:
    """A number that overflows to infinity is named as out of range (it could never be answered as JSON)."""
    response = widget_client.post("/", content=b'{"name": "x", "weight": ' + number + b"}", headers=JSON)
    assert_vendor_error(response, 400)
    assert "out of range" in response.json()["errorMessage"]


@pytest.mark.parametrize(
    ("where", "raw"),
    [
        pytest.param("query", b"page=" + b"1" * 5000, id="query-5000-digits"),
        pytest.param("query", b"page=" + b"1" * 400, id="query-400-digits"),
        pytest.param("query", b"page=-" + b"9" * 310, id="query-negative"),
        pytest.param("path", b"/v1/widgets/" + b"1" * 5000, id="path-5000-digits"),
        pytest.param("form", b"name=x&weight=" + b"1" * 5000, id="form-5000-digits"),
        pytest.param("form", b"name=x&weight=1e400", id="form-overflowing-float"),
    ],
)
def test_numbers_beyond_double_range_in_parameters_are_refused(widgets: MockApp, where: str, raw: bytes) -> None:
    """A number in a URL or form field too large for any vendor's number types is a 400 (never a crash)."""
    widget_id = str(widgets.store.collection("/").listing()[0]["id"]).encode()
    if where == "query":
        status, body = asgi_request(widgets, "GET", b"/v1/widgets", query=raw, headers=RAW_WIDGET_HEADERS)
    elif where == "path":
        status, body = asgi_request(widgets, "GET", raw, headers=RAW_WIDGET_HEADERS)
    else:
        headers = {**RAW_WIDGET_HEADERS, b"content-type": FORM["content-type"].encode()}
        status, body = asgi_request(widgets, "PUT", b"/v1/widgets/" + widget_id, headers=headers, body=raw)
    assert status == 400, body
    assert "out of range" in json.loads(body)["errorMessage"]


@pytest.mark.parametrize("number", [b"1" * 400, b"-" + b"9" * 5000])
def test_integers_beyond_double_range_in_json_are_refused(
    widgets: MockApp, widget_client: httpx.Client, number: bytes
) -> None:
    """An integer no double can hold is refused like 1e400, whatever the field's type; nothing stored."""
    before = store_state(widgets)
    response = widget_client.post("/", content=b'{"name": "x", "weight": ' + number + b"}", headers=JSON)
    assert_vendor_error(response, 400)
    assert "out of range" in response.json()["errorMessage"]
    assert store_state(widgets) == before
