"""Fault injection through the in-process transports and over real HTTP."""

from __future__ import annotations

import asyncio
import time

import httpx
import ordermock
import pytest
from ordermock import FaultController, FaultSpecError, parse_faults

from tests.mock._mock_helpers import WIDGET_HEADERS, client_for, make_widgets


def test_fail_next_then_recover(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """The next N requests fail with the chosen status in the vendor's shape, then all is normal."""
    widgets.faults.fail_next(2, status=503)
    assert [widget_client.get("/").status_code for _ in range(3)] == [503, 503, 200]
    widgets.faults.fail_next(1, status=504)
    assert widget_client.get("/").json()["errorCode"] == 900504


def test_fail_share_is_reproducible() -> None:
    """A share of failures is seeded: the same seed fails the same requests."""
    runs = []
    for _ in range(2):
        app = make_widgets(seed=11)
        app.faults.fail_share(0.5, status=500)
        client = client_for(app, WIDGET_HEADERS)
        runs.append([client.get("/").status_code for _ in range(20)])
    assert runs[0] == runs[1]
    assert 3 <= runs[0].count(500) <= 17


def test_rate_limited_fault_carries_retry_after(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """An injected 429 carries the chosen Retry-After."""
    widgets.faults.rate_limited(retry_after=7)
    response = widget_client.get("/")
    assert response.status_code == 429 and response.headers["retry-after"] == "7"


def test_html_error_page(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """A proxy-style HTML page instead of JSON."""
    widgets.faults.html_error(status=502)
    response = widget_client.get("/")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    with pytest.raises(ValueError):
        response.json()


def test_truncated_body(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """Status and content type stay, the JSON is cut in half."""
    full = widget_client.get("/").content
    widgets.faults.truncate()
    cut = widget_client.get("/")
    assert cut.status_code == 200 and len(cut.content) == len(full) // 2
    with pytest.raises(ValueError):
        cut.json()


def test_slow_response_and_client_timeout(widget_client: httpx.Client, widgets: ordermock.MockApp) -> None:
    """A delay is applied; a client read timeout shorter than it raises httpx.ReadTimeout."""
    widgets.faults.slow(0.3, count=1)
    started = time.monotonic()
    assert widget_client.get("/").status_code == 200
    assert time.monotonic() - started >= 0.3
    widgets.faults.slow(2)
    with pytest.raises(httpx.ReadTimeout):
        widget_client.get("/", timeout=0.2)
    widgets.faults.clear()
    assert widget_client.get("/", timeout=0.2).status_code == 200


def test_dropped_connection_sync_and_async(widgets: ordermock.MockApp) -> None:
    """A dropped connection surfaces as httpx.RemoteProtocolError through both transports."""
    widgets.faults.drop_connection()
    with pytest.raises(httpx.RemoteProtocolError):
        client_for(widgets, WIDGET_HEADERS).get("/")

    async def call() -> None:
        async with httpx.AsyncClient(
            base_url="http://mock" + widgets.base_path,
            transport=ordermock.async_transport(widgets),
            headers=WIDGET_HEADERS,
        ) as client:
            await client.get("/")

    widgets.faults.drop_connection()
    with pytest.raises(httpx.RemoteProtocolError):
        asyncio.run(call())


def test_faults_over_real_http() -> None:
    """Over a socket a drop is a transport error, and faults armed on the app apply to the server."""
    app = make_widgets()
    with ordermock.serve_app(app) as url, httpx.Client(base_url=url, headers=WIDGET_HEADERS) as client:
        assert client.get("/").status_code == 200
        app.faults.drop_connection()
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            client.get("/")
        app.faults.fail_next(1, status=502)
        assert client.get("/").status_code == 502


def test_parse_faults() -> None:
    """The CLI syntax arms the same faults; nonsense is a clear error."""
    controller = FaultController()
    parse_faults("fail:2:502, slow:0.1, 429:1:5, drop:1, html:1, truncate:1, share:0.1:500", controller)
    assert controller.armed
    fault, delay = controller.take()
    assert fault is not None and fault.status == 502 and delay == 0.1
    with pytest.raises(FaultSpecError, match="explode"):
        parse_faults("explode:1", controller)
    with pytest.raises(FaultSpecError):
        parse_faults("fail:many", controller)
