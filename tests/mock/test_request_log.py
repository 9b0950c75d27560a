"""The request log: what the mock received and answered, queryable, bounded, with no secret in it."""

from __future__ import annotations

import json

import httpx
import ordermock
import pytest
from ordermock._requestlog import MAX_LOGGED_BODY

from tests.mock._mock_helpers import WIDGET_HEADERS, client_for, make_widgets, present

NEW_WIDGET = {"name": "gear", "color": "red", "tags": ["a"]}


def test_every_request_is_recorded_with_its_answer(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """Method, full path, query, headers, parsed body, status, operation and its spec path."""
    widget_client.post("/", json=NEW_WIDGET, params={"note": "x"})
    widget_client.get("/", params=[("tags", "a"), ("tags", "b"), ("page", "0")])
    widget_client.get("/nowhere/at/all")
    created, listed, lost = widgets.requests.all()
    assert (created.method, created.path, created.operation, created.template) == (
        "POST",
        "/v1/widgets/",
        "create_widget",
        "/",
    )
    assert created.body == NEW_WIDGET and created.status == 201 and created.processed
    assert created.query == {"note": "x"} and created.headers["content-type"] == "application/json"
    assert listed.query == {"tags": ["a", "b"], "page": "0"} and listed.body is None
    assert (lost.operation, lost.status, lost.processed) == (None, 404, False)
    assert str(created) == "POST /v1/widgets/ (create_widget) -> 201"


def test_filter_count_last(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """Queries by operation, method, path (template or concrete) and status."""
    for _ in range(2):
        widget_client.post("/", json=NEW_WIDGET)
    widget_client.post("/", json={"name": ""})  # invalid: 400
    widget_client.get("/3")
    log = widgets.requests
    assert log.count("create_widget") == 3 and log.count(operation="create_widget", status=201) == 2
    assert log.count(method="POST") == 3 and log.count(method="get", path="/{id}") == 1
    assert log.count(path="/v1/widgets/3") == 1 and log.count(path="/3") == 1
    assert [entry.status for entry in log.filter("create_widget")] == [201, 201, 400]
    assert log.last.operation == "get_widget" and len(log) == 4 and log[0].operation == "create_widget"
    refused = log.filter(status=400)[0]
    assert refused.processed is False and refused.body == {"name": ""}  # read although it was refused


def test_a_query_for_what_the_spec_lacks_is_an_error(widgets: ordermock.MockApp) -> None:
    """A typo in an operationId or path raises instead of counting nothing (so `count(...) == 0` cannot lie)."""
    with pytest.raises(ValueError, match="did you mean 'create_widget'"):
        widgets.requests.count("create_widgte")
    with pytest.raises(ValueError, match="no operation matches PATCH"):
        widgets.requests.filter(method="PATCH")


def test_last_of_an_empty_log_is_a_clear_error() -> None:
    """`last` before any request: LookupError saying so."""
    with pytest.raises(LookupError, match="no request"):
        make_widgets().requests.last


def test_secrets_never_reach_the_log() -> None:
    """Credential headers are hidden whole; the app's secrets are masked in bodies and queries, store is kept."""
    app = make_widgets(credentials={"api_key": "k-widgets-secret"})
    headers = {"api_key": "k-widgets-secret", "store": "s-1", "X-Widget-Note": "key k-widgets-secret"}
    client = client_for(app, headers)
    client.post(
        "/", json={"name": "k-widgets-secret", "tags": ["password=hunter22"]}, params={"api_key": "k-widgets-secret"}
    )
    client.get("/", headers={"Authorization": "Bearer abcdefghijkl"})
    text = repr(app.requests.all()) + "".join(str(entry) for entry in app.requests)
    assert "k-widgets-secret" not in text and "hunter22" not in text and "abcdefghijkl" not in text
    created, listed = app.requests.all()
    assert created.headers["api_key"] == "***" and created.headers["store"] == "s-1"
    assert created.headers["x-widget-note"] == "key ***"
    assert created.body == {"name": "***", "tags": ["password=***"]} and created.query == {"api_key": "***"}
    assert listed.headers["authorization"] == "***"


@pytest.mark.parametrize("api", present("sevensenders"))
def test_token_exchange_bodies_are_masked(api: str) -> None:
    """Seven Senders: the access key posted to /token and the JWT sent back are never in the log."""
    with ordermock.start(api) as mock:
        client = mock.httpx_client()
        token = client.post("/token", json={"access_key": "demo-access-key"}).json()["token"]
        client.get("/orders", headers={"Authorization": f"Bearer {token}"})
        exchange, listing = mock.requests.all()
        assert exchange.body == {"access_key": "***"} and listing.headers["authorization"] == "***"
        assert "demo-access-key" not in repr(mock.requests.all()) and token not in repr(mock.requests.all())


def test_the_log_is_bounded() -> None:
    """Only the last `request_log` requests are kept; `dropped` counts the rest; 0 keeps none."""
    app = make_widgets(request_log=3)
    client = client_for(app, WIDGET_HEADERS)
    for page in range(5):
        client.get("/", params={"page": page})
    assert [entry.query["page"] for entry in app.requests] == ["2", "3", "4"] and app.requests.dropped == 2
    off = make_widgets(request_log=0)
    client_for(off, WIDGET_HEADERS).get("/")
    assert len(off.requests) == 0 and off.requests.dropped == 1


def test_large_bodies_are_not_kept(widgets: ordermock.MockApp, widget_client: httpx.Client) -> None:
    """A body over MAX_LOGGED_BODY bytes is recorded as None with its size."""
    body = json.dumps({"name": "n", "tags": ["x" * MAX_LOGGED_BODY]})
    widget_client.post("/", content=body, headers={"content-type": "application/json"})
    assert widgets.requests.last.body is None and widgets.requests.last.body_size == len(body)


def test_faulted_requests_are_recorded(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """Before-faults (not processed), after-faults (processed) and drops (no status) all show."""
    widgets.faults.fail_next(1, status=503)
    widgets.faults.drop_connection(1, operation="create_widget", when="after")
    widget_client.get("/")
    with pytest.raises(httpx.RemoteProtocolError):
        widget_client.post("/", json=NEW_WIDGET)
    before, after = widgets.requests.all()
    assert (before.status, before.processed, before.fault) == (503, False, "before: 503")
    assert (after.status, after.processed, after.fault) == (None, True, "after: drop")
    assert after.body == NEW_WIDGET and str(after).endswith("-> no response [after: drop]")


def test_reset_empties_the_log(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """reset() forgets the requests too."""
    widget_client.get("/")
    widgets.reset()
    assert len(widgets.requests) == 0


async def test_async_transport_requests_are_recorded(widgets: ordermock.MockApp) -> None:
    """Async parity: the async in-process transport records the same way."""
    async with httpx.AsyncClient(
        base_url="http://mock" + widgets.base_path, transport=ordermock.async_transport(widgets), headers=WIDGET_HEADERS
    ) as client:
        await client.post("/", json=NEW_WIDGET)
    assert widgets.requests.last.operation == "create_widget" and widgets.requests.last.status == 201


def test_requests_over_http_are_recorded() -> None:
    """Over a socket the same app records what the server received."""
    app = make_widgets()
    with ordermock.serve_app(app) as url, httpx.Client(base_url=url, headers=WIDGET_HEADERS) as client:
        client.post("/", data={"name": "gear"})  # refused (JSON only), and still read as a form
    entry = app.requests.last
    assert entry.path == "/v1/widgets/" and entry.status == 415 and entry.headers["api_key"] == "***"
    assert entry.body == {"name": "gear"}
