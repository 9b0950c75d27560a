"""Faults aimed at an operation or a method + path, by count or share, before or after the server processed."""

from __future__ import annotations

import threading
import time

import httpx
import ordermock
import pytest
from ordermock import FaultController, FaultSpecError, parse_faults

from tests.mock._mock_helpers import WIDGET_HEADERS, client_for, make_widgets

NEW_WIDGET = {"name": "gear", "color": "red"}


def _widget_count(app: ordermock.MockApp) -> int:
    return len(app.store.collection("/"))


def test_a_fault_aimed_at_an_operation_leaves_the_others_alone(
    widget_client: httpx.Client, widgets: ordermock.MockApp
) -> None:
    """`operation=` fails only that operation's requests; the count is spent on them alone."""
    widgets.faults.fail_next(2, status=502, operation="create_widget")
    assert widget_client.get("/").status_code == 200
    assert [widget_client.post("/", json=NEW_WIDGET).status_code for _ in range(3)] == [502, 502, 201]
    assert widget_client.get("/1").status_code in (200, 404)  # never faulted


@pytest.mark.parametrize(
    ("aim", "hit"),
    [
        ({"method": "POST", "path": "/"}, {"POST /"}),
        ({"method": "post"}, {"POST /"}),
        ({"path": "/{id}"}, {"GET /1"}),  # the spec's template
        ({"path": "/v1/widgets/1"}, {"GET /1"}),  # a concrete path with the base path ...
        ({"path": "/1/"}, {"GET /1"}),  # ... or without; a trailing slash does not matter
    ],
)
def test_a_fault_aimed_at_a_method_and_path(aim: dict[str, str], hit: set[str], widgets: ordermock.MockApp) -> None:
    """`method=` / `path=` (template or concrete, with or without base path) select requests."""
    client = client_for(widgets, WIDGET_HEADERS)
    widgets.faults.fail_next(None, status=503, **aim)  # type: ignore[arg-type]
    outcome = {
        "POST /": client.post("/", json=NEW_WIDGET).status_code,
        "GET /1": client.get("/1").status_code,
        "GET /": client.get("/").status_code,
    }
    assert {name for name, status in outcome.items() if status == 503} == hit


def test_an_aimed_share_is_seeded_and_hits_only_its_target() -> None:
    """A share of one operation's requests fails, reproducibly for a seed; other operations never."""
    runs = []
    for _ in range(2):
        app = make_widgets(seed=5)
        client = client_for(app, WIDGET_HEADERS)
        app.faults.drop_connection(None, share=0.5, operation="get_widget")
        outcome = []
        for _ in range(20):
            assert client.get("/").status_code == 200
            try:
                outcome.append(client.get("/1").status_code)
            except httpx.RemoteProtocolError:
                outcome.append(0)
        runs.append(outcome)
    assert runs[0] == runs[1] and 3 <= runs[0].count(0) <= 17


def test_before_means_the_server_did_nothing(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """A "before" fault on a create stores nothing, and the rate limit does not count it."""
    before = _widget_count(widgets)
    widgets.faults.fail_next(1, status=503, operation="create_widget")
    assert widget_client.post("/", json=NEW_WIDGET).status_code == 503
    assert _widget_count(widgets) == before
    assert widgets.requests.last.processed is False and widgets.requests.last.fault == "before: 503"


@pytest.mark.parametrize("kind", ["status", "html", "drop", "hang"])
def test_after_means_the_write_happened_then_the_answer_failed(kind: str, widgets: ordermock.MockApp) -> None:
    """An "after" 5xx, HTML page, dropped connection or hang: the create is stored exactly once anyway."""
    client = client_for(widgets, WIDGET_HEADERS, timeout=0.5)
    before = _widget_count(widgets)
    arm = {
        "status": lambda: widgets.faults.fail_next(1, status=503, operation="create_widget", when="after"),
        "html": lambda: widgets.faults.html_error(1, status=502, operation="create_widget", when="after"),
        "drop": lambda: widgets.faults.drop_connection(1, operation="create_widget", when="after"),
        "hang": lambda: widgets.faults.hang(1, seconds=5, operation="create_widget", when="after"),
    }
    arm[kind]()
    try:
        status: int | None = client.post("/", json={**NEW_WIDGET, "name": f"after-{kind}"}).status_code
    except (httpx.RemoteProtocolError, httpx.ReadTimeout):
        status = None
    assert status == {"status": 503, "html": 502}.get(kind)
    assert _widget_count(widgets) == before + 1
    entry = widgets.requests.last
    assert entry.processed is True and entry.status == status and entry.fault is not None
    assert entry.fault.startswith("after: ")


def test_a_hang_times_the_client_out_then_drops(widgets: ordermock.MockApp) -> None:
    """A hang answers nothing: the client's read timeout fires; without one the connection drops after `seconds`."""
    client = client_for(widgets, WIDGET_HEADERS)
    widgets.faults.hang(1, seconds=0.2)
    started = time.monotonic()
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/")
    assert 0.2 <= time.monotonic() - started < 2
    widgets.faults.hang(1, seconds=30)
    with pytest.raises(httpx.ReadTimeout):
        client.get("/", timeout=0.2)
    assert client.get("/").status_code == 200


async def test_faults_aimed_and_after_through_the_async_transport(widgets: ordermock.MockApp) -> None:
    """Async parity: aimed "after" faults through the in-process async transport."""
    async with httpx.AsyncClient(
        base_url="http://mock" + widgets.base_path,
        transport=ordermock.async_transport(widgets),
        headers=WIDGET_HEADERS,
        timeout=0.3,
    ) as client:
        before = _widget_count(widgets)
        widgets.faults.drop_connection(1, operation="create_widget", when="after")
        with pytest.raises(httpx.RemoteProtocolError):
            await client.post("/", json=NEW_WIDGET)
        widgets.faults.hang(1, operation="create_widget", when="after")
        with pytest.raises(httpx.ReadTimeout):
            await client.post("/", json={**NEW_WIDGET, "name": "second"})
        assert (await client.get("/")).status_code == 200
        assert _widget_count(widgets) == before + 2


def test_after_faults_and_hangs_over_real_http() -> None:
    """Over a socket: an after-drop stores the widget; a hang ends at the client's timeout."""
    app = make_widgets()
    before = _widget_count(app)
    with ordermock.serve_app(app) as url, httpx.Client(base_url=url, headers=WIDGET_HEADERS, timeout=0.3) as client:
        app.faults.drop_connection(1, method="POST", path="/", when="after")
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.post("/", json=NEW_WIDGET)
        app.faults.hang(1, seconds=30, operation="list_widgets")
        with pytest.raises(httpx.ReadTimeout):
            client.get("/")
        assert client.get("/").status_code == 200
    assert _widget_count(app) == before + 1


def test_stopping_the_server_ends_a_hang_at_once() -> None:
    """A request hanging when the server stops gets its connection dropped; the stop does not wait 30 s."""
    app = make_widgets()
    errors: list[Exception] = []

    def call(url: str) -> None:
        try:
            httpx.get(url + "/", headers=WIDGET_HEADERS, timeout=60)
        except httpx.HTTPError as exc:
            errors.append(exc)

    with ordermock.serve_app(app) as url:
        app.faults.hang(1, seconds=30)
        caller = threading.Thread(target=call, args=(url,))
        caller.start()
        deadline = time.monotonic() + 5
        while not len(app.requests) and time.monotonic() < deadline:  # logged when the hang begins
            time.sleep(0.01)
        started = time.monotonic()
    caller.join(timeout=10)
    assert time.monotonic() - started < 5 and not caller.is_alive() and errors


def test_a_429_cannot_come_after_processing() -> None:
    """A 429 tells a client its request was not processed: arming it "after" is refused."""
    with pytest.raises(ValueError, match="not processed"):
        make_widgets().faults.fail_next(1, status=429, when="after")
    with pytest.raises(ValueError, match="always when='after'"):
        make_widgets().faults.truncate(1, when="before")


def test_aiming_at_what_the_spec_does_not_have_is_a_clear_error() -> None:
    """A typo in an operationId or a path no operation has names the close matches."""
    faults = make_widgets().faults
    with pytest.raises(ValueError, match=r"no operation 'create_widgte'.*'create_widget'"):
        faults.fail_next(operation="create_widgte")
    with pytest.raises(ValueError, match="no operation matches PATCH /"):
        faults.fail_next(method="PATCH", path="/")
    with pytest.raises(ValueError, match="not both"):
        faults.fail_next(operation="create_widget", method="POST")
    with pytest.raises(TypeError, match="operatoin"):
        faults.fail_next(operatoin="create_widget")  # type: ignore[call-arg]


def test_clear_removes_aimed_faults(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """clear() disarms everything, aimed faults included."""
    widgets.faults.fail_next(None, operation="create_widget", when="after")
    widgets.faults.clear()
    assert not widgets.faults.armed
    assert widget_client.post("/", json=NEW_WIDGET).status_code == 201


def test_the_cli_syntax_aims_and_times_faults() -> None:
    """`after:KIND...@operation`, `@METHOD /path`, `N%` shares and `hang` arm what the Python API arms."""
    app = make_widgets()
    parse_faults("after:fail:1:503@create_widget, drop:50%@GET /{id}, before:hang:2:0.5@GET, 429:*", app.faults)
    faults = app.faults._faults
    described = [(f.kind, f.status, f.remaining, f.share, f.when, str(f.target), f.seconds) for f in faults]
    assert described[:3] == [
        ("status", 503, 1, 1.0, "after", "create_widget", 30.0),
        ("drop", 503, None, 0.5, "before", "GET /{id}", 30.0),
        ("hang", 503, 2, 1.0, "before", "GET", 0.5),
    ]
    assert (faults[3].status, faults[3].remaining) == (429, None)


def test_the_cli_syntax_stays_compatible() -> None:
    """Every fault string of the previous syntax arms the same faults."""
    controller = FaultController()
    parse_faults("fail:2:502, slow:0.1:3, 429:1:5, drop:1, html:1, truncate:1, share:0.1:500, drop:*", controller)
    kinds = [(f.kind, f.status, f.remaining, f.share, f.when) for f in controller._faults]
    assert kinds == [
        ("status", 502, 2, 1.0, "before"),
        ("status", 429, 1, 1.0, "before"),
        ("drop", 503, 1, 1.0, "before"),
        ("html", 502, 1, 1.0, "before"),
        ("truncate", 503, 1, 1.0, "after"),
        ("status", 500, None, 0.1, "before"),
        ("drop", 503, None, 1.0, "before"),
    ]
    assert controller.take() == (controller._faults[0], 0.1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("after:429:1", "not processed"),
        ("fail:1@create_widgte", "did you mean 'create_widget'"),
        ("slow:1@create_widget", "every request"),
        ("fail:1:503:9", "too many fields"),
        ("fail:1@", "nothing after @"),
    ],
)
def test_bad_cli_faults_say_what_is_wrong(text: str, message: str) -> None:
    """Errors name the item and the problem."""
    with pytest.raises(FaultSpecError, match=message):
        parse_faults(text, make_widgets().faults)
