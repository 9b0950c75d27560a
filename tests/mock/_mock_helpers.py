"""Helpers for the mock's own tests: the widgets fixture API and clients for mock apps."""

from __future__ import annotations

import asyncio
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import ordermock
import pytest
from ordermock._app import MockApp
from ordermock._behaviour import Behaviour, ErrorInfo
from ordermock._spec import Spec

FIXTURE_SPEC = Path(__file__).parent / "fixtures" / "widgets.yaml"
WIDGET_HEADERS = {"api_key": "k-widgets", "store": "s-1"}

#: A Lagerkoll purchase order with exactly the fields PurchaseOrderCreate requires.
LAGERKOLL_NEW_ORDER: dict[str, Any] = {
    "poReference": "PO-TEST-1",
    "supplierId": 7194,
    "deliveryDate": 1714058507378,
    "deliveryAddress": "Kungsgatan 1",
    "deliveryCity": "Stockholm",
    "deliveryZip": "11143",
    "deliveryCountry": "SE",
    "contactPerson": "Anna Berg",
    "contactEmail": "anna@example.com",
}


def widget_error(status: int, info: ErrorInfo) -> dict[str, Any]:
    return {"errorCode": 900000 + status, "errorMessage": info.message, "errorField": info.field}


def assert_vendor_error(response: httpx.Response, status: int) -> None:
    """``response`` is a widgets error with ``status``, in the fixture vendor's shape."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) >= {"errorCode", "errorMessage"}
    assert body["errorCode"] == 900000 + status


def make_widgets(**options: Any) -> MockApp:
    behaviour = Behaviour(
        error_body=widget_error,
        credentials={"api_key": "k-widgets", "store": "s-1", "user_token": "t-1"},
    )
    options.setdefault("validate_responses", True)
    return MockApp(Spec.load(FIXTURE_SPEC, name="widgets"), behaviour, **options)


def client_for(app: MockApp, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Client:
    return httpx.Client(
        base_url="http://mock" + app.base_path, transport=ordermock.transport(app), headers=headers or {}, **kwargs
    )


def present(*apis: str) -> list[Any]:
    """``apis`` as pytest params, skipped (with the reason) while their spec has not landed."""
    return [
        pytest.param(api, marks=pytest.mark.skipif(api not in ordermock.APIS, reason=f"specs/{api}.yaml not present"))
        for api in apis
    ]


def store_state(app: MockApp) -> dict[str, list[dict[str, Any]]]:
    """A deep copy of every collection of ``app`` (to prove a refused request stored nothing)."""
    return {name: app.store.collection(name).snapshot() for name in app.store.names}


def asgi_request(
    app: MockApp,
    method: str,
    raw_path: bytes,
    *,
    query: bytes = b"",
    headers: dict[bytes, bytes] | None = None,
    body: bytes = b"",
) -> tuple[int, bytes]:
    """Call ``app`` as an ASGI server would, with bytes an HTTP client library would not send.

    ``path`` is percent-decoded the way uvicorn does it (invalid UTF-8 becomes U+FFFD); the
    undecoded bytes go in ``raw_path``, as in a real server's scope.
    """
    scope = {
        "type": "http",
        "method": method,
        "path": unquote(raw_path.decode("latin-1"), errors="replace"),
        "raw_path": raw_path,
        "query_string": query,
        "headers": [(name.lower(), value) for name, value in (headers or {}).items()],
        "http_version": "1.1",
        "scheme": "http",
        "server": ("mock", 80),
        "client": ("127.0.0.1", 50000),
        "root_path": "",
    }
    received: dict[str, Any] = {"status": None, "body": b""}
    messages = [{"type": "http.request", "body": body, "more_body": False}]

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            received["status"] = message["status"]
        else:
            received["body"] += message.get("body", b"")

    asyncio.run(app(scope, receive, send))
    return received["status"], received["body"]
