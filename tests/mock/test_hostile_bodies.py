"""Hostile request bodies get a 4xx, store nothing and are logged: never a 500 or an exception out of the app.

For a write operation of every API, in-process and over HTTP: JSON nested deeper than
``MAX_DEPTH``, a ``Content-Encoding`` (the mock reads no compressed bodies; no vendor documents
one), numbers no double holds, ``NaN`` / ``Infinity`` (not JSON, RFC 8259 §6) and a byte order
mark (RFC 8259 §8.1). Seven Senders v2 sends forms: its JSON is the text of ``order_tags``.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable

import httpx
import ordermock
import pytest
from ordermock._app import MockApp
from ordermock._json import MAX_DEPTH

from tests.mock._hostile import V2_TAGS, WRITES, Write, nested, write_for
from tests.mock._mock_helpers import assert_vendor_error, present, store_state

Starter = Callable[..., ordermock.RunningMock]
APIS = present(*ordermock.ALL_APIS)
BOM = b"\xef\xbb\xbf"
GZIPPED_JSON = {"content-type": "application/json", "content-encoding": "gzip"}


@pytest.fixture
def start_write(ordermock_app: Starter) -> Callable[[str], Write]:
    """Factory: a fresh in-process mock of an API (one seeded item, responses checked) and its write operation."""
    return lambda api: write_for(ordermock_app(api, seed_data=1, validate_responses=True))


def test_every_api_has_a_write_operation_here() -> None:
    """A new API cannot slip past these tests."""
    assert set(WRITES) == set(ordermock.ALL_APIS)


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 900, 5000])
def test_nesting_beyond_the_limit_is_refused(start_write: Callable[[str], Write], api: str, depth: int) -> None:
    """A 400 naming the limit, nothing stored, and the log keeps the body as text (not parsed)."""
    write = start_write(api)
    response = write.refused(write.deep(depth))
    assert f"nests deeper than {MAX_DEPTH} levels" in response.text
    logged = write.app.requests.last.body
    assert isinstance(logged[V2_TAGS] if write.is_form else logged, str)


@pytest.mark.parametrize("api", APIS)
def test_a_bare_deep_body_is_refused(start_write: Callable[[str], Write], api: str) -> None:
    """``[[[...]]]`` 5,000 levels deep as the whole body (a form body: one odd field name) is a 400."""
    write = start_write(api)
    write.refused(b"[" * 5000 + b"]" * 5000)


@pytest.mark.parametrize("api", APIS)
def test_nesting_at_the_limit_is_answered_as_before(start_write: Callable[[str], Write], api: str) -> None:
    """MAX_DEPTH levels get the same answer as two levels: the limit refuses nothing a vendor sends."""
    shallow, at_limit = (start_write(api), start_write(api))
    expected = shallow.send(shallow.deep(2))
    response = at_limit.send(at_limit.deep(MAX_DEPTH))
    assert response.status_code == expected.status_code, response.text
    assert "nests deeper" not in response.text


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("coding", ["gzip", "br", "deflate", "x-gzip", "gzip, identity"])
def test_a_content_coding_is_refused(start_write: Callable[[str], Write], api: str, coding: str) -> None:
    """A body said to be compressed is 415 (400 where 415 is undocumented) naming Content-Encoding, never stored."""
    write = start_write(api)
    body = write.encode(write.fields())
    response = write.refused(body, 415, **{"content-encoding": coding})
    assert "Content-Encoding" in response.text and response.headers["accept-encoding"] == "identity"
    assert write.app.requests.last.body == body  # the bytes as received


def test_415_where_the_operation_documents_it(widgets: MockApp, widget_client: httpx.Client) -> None:
    """The fixture API documents 415: a compressed body gets it, with ``Accept-Encoding: identity``."""
    before = store_state(widgets)
    response = widget_client.post("/", content=gzip.compress(b'{"name": "x"}'), headers=GZIPPED_JSON)
    assert_vendor_error(response, 415)
    assert response.headers["accept-encoding"] == "identity" and store_state(widgets) == before


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize(("coding", "compress"), [("gzip", gzip.compress), ("deflate", zlib.compress)])
def test_a_compressed_body_is_refused_too(
    start_write: Callable[[str], Write], api: str, coding: str, compress: Callable[[bytes], bytes]
) -> None:
    """Correctly compressed bodies as well: no vendor documents compressed requests (RFC 9110 §15.5.16)."""
    write = start_write(api)
    write.refused(compress(write.encode(write.fields())), 415, **{"content-encoding": coding})


@pytest.mark.parametrize("api", APIS)
def test_identity_is_no_content_coding(start_write: Callable[[str], Write], api: str) -> None:
    """``Content-Encoding: identity`` is the body as it is: answered like one without the header."""
    write = start_write(api)
    response = write.send(write.encode(write.fields()), **{"content-encoding": "identity"})
    assert response.status_code < 300, response.text


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("number", ["1" * 10_000, "-" + "9" * 10_000, "1e999", "-1e999"])
def test_numbers_no_double_holds_are_refused(start_write: Callable[[str], Write], api: str, number: str) -> None:
    """Valid JSON with a 10,000-digit integer or 1e999 is a 400 naming the number, not a crash or infinity."""
    write = start_write(api)
    response = write.refused(write.with_json('{"n": ' + number + "}"))
    assert "out of range" in response.text


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(start_write: Callable[[str], Write], api: str, constant: str) -> None:
    """RFC 8259 has no NaN or Infinity (Python's json reads them): a 400 naming the constant."""
    write = start_write(api)
    response = write.refused(write.with_json('{"n": ' + constant + "}"))
    assert f"{constant} is not JSON" in response.text
    if not write.is_form:
        write.refused(constant.encode())


@pytest.mark.parametrize("api", APIS)
def test_a_byte_order_mark_is_refused(start_write: Callable[[str], Write], api: str) -> None:
    """JSON and form text must not start with U+FEFF (RFC 8259 §8.1): a 400 that says so."""
    write = start_write(api)
    response = write.refused(BOM + write.encode(write.fields()))
    assert "byte order mark" in response.text


def test_v2_tags_that_are_no_json_still_store_no_tags(ordermock_app: Starter) -> None:
    """order_tags is any text by the spec: text that is not a JSON object stores an order without tags, as before."""
    write = write_for(ordermock_app("sevensenders_v2", validate_responses=True))
    response = write.send(write.encode({**write.fields(), V2_TAGS: "vip, [b"}))
    assert response.status_code == 201 and response.json()[V2_TAGS] == []


@pytest.mark.parametrize("api", APIS)
def test_over_http_hostile_bodies_are_answered_and_the_server_keeps_serving(
    ordermock_server: Starter, api: str
) -> None:
    """Through uvicorn on 127.0.0.1: each probe is a 4xx (no 500), nothing stored, then a good write succeeds."""
    write = write_for(ordermock_server(api, seed_data=1))
    plain = write.encode(write.fields())
    write.refused(write.deep(5000))
    write.refused(write.deep(900))
    write.refused(plain, 415, **{"content-encoding": "gzip"})
    write.refused(write.with_json('{"n": ' + "1" * 10_000 + "}"))
    write.refused(write.with_json('{"n": 1e999}'))
    write.refused(write.with_json('{"n": NaN}'))
    write.refused(BOM + plain)
    assert write.send(plain).status_code < 300
    assert write.send(write.deep(MAX_DEPTH)).status_code < 500


def test_at_the_limit_a_widget_is_created(widget_client: httpx.Client) -> None:
    """Where the schema leaves fields open, a body MAX_DEPTH levels deep is created; one more level is refused."""
    headers = {"content-type": "application/json"}
    body = '{"name": "deep", "extra": ' + nested(MAX_DEPTH - 1) + "}"
    created = widget_client.post("/", content=body, headers=headers)
    assert created.status_code == 201, created.text
    too_deep = '{"name": "deep", "extra": ' + nested(MAX_DEPTH) + "}"
    refused = widget_client.post("/", content=too_deep, headers=headers)
    assert refused.status_code == 400 and f"nests deeper than {MAX_DEPTH}" in refused.text
