"""Hostile bodies through connect(), every API, sync and async, single calls and walks: typed, never bare.

What a broken or malicious server can send beyond a drifted field (``test_tolerant_reading``): JSON
nested deeper than Python's parser goes (a ``RecursionError`` inside ``json.loads``), error bodies
nested just below that limit (deep enough for any recursive walk of them), a body that is not in the
``Content-Encoding`` it declares (httpx's ``DecodingError``, which is not a ``TransportError``), and a
success status ``http.HTTPStatus`` does not list (``299``: a ``ValueError`` in the generated
``_build_response``). Each was a bare exception before.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import ordersdk
import pytest
from ordersdk import (
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    NotFoundError,
    ServerError,
    reset_deviations,
)

from ._drift import APIS, Api, set_at, v2_create_refused

DEEP = b"[" * 5000 + b"]" * 5000  # past the parser's recursion limit wherever it is called from
MODES = ["get", "aget", "walk", "awalk"]


def nested(levels: int) -> Any:
    """A list nested ``levels`` deep (built without recursion)."""
    value: Any = []
    for _ in range(levels - 1):
        value = [value]
    return value


# Parses at the top of a stack (the limit is about 1,000 frames), deeper than anything walks recursively.
NEAR_LIMIT = json.dumps({"message": "bad", "detail": nested(950)}).encode()


@pytest.fixture(autouse=True)
def _fresh_deviations() -> None:
    reset_deviations()


def _seeded(api: Api, **options: Any) -> tuple[Any, Any, Any]:
    from ._drift import seeded

    transport, client = seeded(api)
    item_id = api.item_id(next(iter(api.walk(client))))
    if options:
        client = api.client(transport, **options)
    return transport, client, item_id


async def _drain(walk: Any) -> list[Any]:
    if hasattr(walk, "__aiter__"):
        return [item async for item in walk]
    return list(await walk)


def _run(api: Api, client: Any, item_id: Any, mode: str) -> Any:
    """The call in ``mode``; returns what it returned or the exception it raised."""
    try:
        if mode == "get":
            return api.get(client, item_id)
        if mode == "aget":
            return asyncio.run(api.aget(client, item_id))
        if mode == "walk":
            return list(api.walk(client))
        return asyncio.run(_drain(api.awalk(client)))
    except Exception as exc:  # the test inspects what was raised
        return exc


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_json_nested_deeper_than_the_parser_goes_is_the_typed_error(api: Api, mode: str) -> None:
    """A success body nested 5,000 deep: APIResponseValidationError ``too-deep``, sent once (not a transit fault)."""
    transport, client, item_id = _seeded(api)
    transport.raw = DEEP
    transport.sent = 0
    outcome = _run(api, client, item_id, mode)
    assert isinstance(outcome, APIResponseValidationError), f"{type(outcome).__name__}: {outcome}"
    assert (outcome.kind, outcome.pointer, outcome.status_code) == ("too-deep", "", 200)
    assert "too-deep" in str(outcome) and len(outcome.body_excerpt) <= 300
    assert transport.sent == 1


@pytest.mark.parametrize("mode", ["get", "aget"])
@pytest.mark.parametrize("body", [DEEP, NEAR_LIMIT], ids=["past-the-parser", "near-the-limit"])
@pytest.mark.parametrize(
    ("status", "error"), [(400, BadRequestError), (404, NotFoundError), (500, ServerError)], ids=str
)
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_a_deeply_nested_error_body_is_the_typed_status_error(
    api: Api, status: int, error: type[APIStatusError], body: bytes, mode: str
) -> None:
    """Error bodies nested deep: the status's typed error; what it keeps of the body is cut at a marker."""
    transport, client, item_id = _seeded(api)
    transport.raw, transport.status = body, status
    outcome = _run(api, client, item_id, mode)
    assert isinstance(outcome, error), f"{type(outcome).__name__}: {outcome}"
    assert outcome.status_code == status and len(outcome.body_excerpt) <= 600
    if outcome.body is not None:  # parsed (the near-the-limit body, on a shallow stack): kept, cut at the marker
        assert "nested deeper than" in json.dumps(outcome.body)


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_a_deeply_nested_extra_field_is_read_or_the_typed_error(api: Api, strict: bool) -> None:
    """An extra field holding 900 levels of lists: never a bare exception (the validator cannot hold it: typed)."""
    transport, client, item_id = _seeded(api, strict=strict)
    transport.drift = lambda body: (set_at(body, f"{api.get_item}/deepExtra", nested(900)), body)[1]
    outcome = _run(api, client, item_id, "get")
    if isinstance(outcome, Exception):
        assert isinstance(outcome, APIResponseValidationError), f"{type(outcome).__name__}: {outcome}"
    else:
        assert outcome.additional_properties["deepExtra"] == nested(900)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_a_body_not_in_its_content_encoding_is_the_typed_error(api: Api, mode: str) -> None:
    """A 200 declaring gzip but sent plain: ``undecodable``, retried once first (a GET, idempotent).

    (Not deflate: httpx falls back to raw deflate, which reads most bytes as *something*: ``not-json``.)
    """
    encoding = "gzip"
    transport, client, item_id = _seeded(api)
    transport.encoding, transport.raw = encoding, b'{"not": "compressed"}'
    transport.sent = 0
    outcome = _run(api, client, item_id, mode)
    assert isinstance(outcome, APIResponseValidationError), f"{type(outcome).__name__}: {outcome}"
    assert (outcome.kind, outcome.status_code) == ("undecodable", 200)
    assert encoding in outcome.expected and "could not be decoded" in str(outcome)
    assert transport.sent == 2  # FAST allows one retry


@pytest.mark.parametrize("mode", ["get", "aget"])
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_an_error_body_not_in_its_content_encoding_is_still_the_status_error(api: Api, mode: str) -> None:
    """A 404 whose gzip body is not gzip: NotFoundError (the status says what happened), not DecodingError."""
    transport, client, item_id = _seeded(api)
    transport.encoding, transport.raw, transport.status = "gzip", b"plain text", 404
    outcome = _run(api, client, item_id, mode)
    assert isinstance(outcome, NotFoundError), f"{type(outcome).__name__}: {outcome}"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_undecodable_201_from_a_create_is_not_sent_again(mode: str) -> None:
    """A create answered 201 with a broken gzip body was applied: one request, the typed error with the location."""
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        headers = {"location": "/v2/orders/4262108", "content-type": "application/json", "content-encoding": "gzip"}
        return httpx.Response(201, headers=headers, stream=httpx.ByteStream(b"not gzip"))

    error = v2_create_refused(handler, mode)
    assert (error.kind, error.status_code) == ("undecodable", 201)
    assert error.headers["location"] == "/v2/orders/4262108"
    assert len(calls) == 1


@pytest.mark.parametrize("mode", ["get", "aget"])
@pytest.mark.parametrize("api", APIS, ids=[a.name for a in APIS])
def test_a_success_status_http_does_not_list_is_read_unless_strict(api: Api, mode: str) -> None:
    """``299`` for a documented 200: lenient reads the body (deviation ``status``); strict refuses it, typed."""
    transport, client, item_id = _seeded(api)
    transport.status = 299
    outcome = _run(api, client, item_id, mode)
    assert not isinstance(outcome, Exception), f"{type(outcome).__name__}: {outcome}"
    assert "status" in {d.kind for d in ordersdk.deviations() if d.api == api.name}
    strict = api.client(transport, strict=True)
    refused = _run(api, strict, item_id, mode)
    assert isinstance(refused, APIResponseValidationError), f"{type(refused).__name__}: {refused}"
    assert (refused.kind, refused.status_code) == ("status", 299)


def test_an_undecodable_body_through_a_sync_transport_serving_async_calls_is_typed() -> None:
    """``transport=`` alone (async calls run it in a worker thread): the same ``undecodable``, not DecodingError."""
    from seventime_client.api.purchase_orders import get_purchase_order

    from ._drift import _seventime

    class SyncOnly(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            headers = {"content-type": "application/json", "content-encoding": "gzip"}
            return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b"not gzip"))

    client = _seventime(transport=SyncOnly(), rate_limit=None, max_retries=0)
    with pytest.raises(APIResponseValidationError) as raised:
        asyncio.run(get_purchase_order.asyncio("5fca480e571eb873a64b97ec", client=client))
    assert raised.value.kind == "undecodable"
