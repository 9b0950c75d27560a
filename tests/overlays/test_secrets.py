"""Secrets (keys, passwords, tokens) never appear in logs, reprs, exception messages or tracebacks."""

from __future__ import annotations

import logging
import socket
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import ordermock
import pytest
from ordersdk import APIError, RetryPolicy, lagerkoll, ordertime, sevensenders, sevensenders_v2, seventime

FAST = RetryPolicy(max_retries=2, initial_delay=0.001)
CLIENT_LOGGERS = ("ordersdk", "httpx", "httpcore")
SECRETS = [
    "demo-client-secret",
    "demo-access-key",
    "demo-api-key",
    "demo-password",
    "demo-dev-key",
    "wrong-secret-value",
    "lk-secret-key",
    "lk-user-token-secret",
]


class Capture(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP, noting every bearer token the client sends (they are secrets too)."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.tokens: set[str] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "authorization" in request.headers:
            self.tokens.add(request.headers["authorization"].removeprefix("Bearer "))
        return self._inner.handle_request(request)


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api"


def _exercise(texts: list[str], call: Callable[[], Any]) -> None:
    """Run ``call``; keep the repr/str/traceback of any ordersdk error it raises."""
    try:
        call()
    except APIError as exc:
        texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]


def test_no_secret_in_logs_reprs_errors_or_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    """Success, auth failures, retried faults, transport failures and token exchanges across the APIs."""
    from ordertime_client.api.lists import list_records
    from ordertime_client.models import ListInfo, RecordType
    from sevensenders_client.api.orders import list_orders as portal_orders
    from sevensenders_v2_client.api.orders import list_orders as v2_orders
    from seventime_client.api.purchase_orders import list_purchase_orders

    texts: list[str] = []
    capture = Capture()
    clients: list[Any] = []
    with caplog.at_level(logging.DEBUG):
        for api in ("seventime", "sevensenders", "sevensenders_v2", "ordertime"):
            app = ordermock.create_app(api, seed_data=3, rate_limit=False)
            with ordermock.serve_app(app) as url:
                options: dict[str, Any] = {"base_url": url, "transport": capture, "retry_policy": FAST}
                if api == "seventime":
                    calls = [
                        (seventime.connect(client_secret="demo-client-secret", **options), list_purchase_orders),
                        (seventime.connect(client_secret="wrong-secret-value", **options), list_purchase_orders),
                    ]
                elif api == "sevensenders":
                    calls = [
                        (sevensenders.connect(access_key="demo-access-key", **options), portal_orders),
                        (sevensenders.connect(access_key="wrong-secret-value", **options), portal_orders),
                    ]
                elif api == "sevensenders_v2":
                    calls = [(sevensenders_v2.connect(api_key="demo-api-key", **options), v2_orders)]
                else:
                    body = ListInfo(type_=RecordType.CUSTOMER)
                    pw = ordertime.connect(
                        api_key="demo-api-key", email="demo@example.com", password="demo-password", **options
                    )
                    dev = ordertime.connect(
                        api_key="demo-api-key", email="demo@example.com", dev_key="demo-dev-key", **options
                    )
                    _exercise(texts, lambda: list_records.sync(client=pw, body=body))
                    app.faults.fail_next(1, status=500)
                    _exercise(texts, lambda: list_records.sync(client=dev, body=body))
                    clients += [pw, dev]
                    calls = []
                for client, operation in calls:
                    clients.append(client)
                    _exercise(texts, lambda: operation.sync(client=client))
                    app.faults.fail_next(3, status=503)
                    _exercise(texts, lambda: operation.sync(client=client))
                    app.faults.html_error(3)
                    _exercise(texts, lambda: operation.sync(client=client))
        offline = seventime.connect(client_secret="demo-client-secret", base_url=_closed_port_url(), retry_policy=FAST)
        _exercise(texts, lambda: list_purchase_orders.sync(client=offline))
        echo = httpx.MockTransport(
            lambda r: httpx.Response(401, json={"errorCode": 900001, "errorMessage": f"bad {r.headers['api_key']}"})
        )
        key_client = lagerkoll.connect(store="1", api_key="lk-secret-key", transport=echo)
        user_client = lagerkoll.connect(store="1", user_id="u", user_token="lk-user-token-secret", transport=echo)
        from lagerkoll_client.api.purchase_orders import get_purchase_order

        _exercise(texts, lambda: get_purchase_order.sync(1, client=key_client))
        clients += [key_client, user_client, offline]

    texts += [r.getMessage() for r in caplog.records if r.name.startswith(CLIENT_LOGGERS)]
    texts += [caplog.text]
    for client in clients:
        texts += [repr(client), repr(client.get_httpx_client()), repr(client.get_httpx_client().auth)]
        texts += [repr(client.get_async_httpx_client().auth)]

    secrets = SECRETS + sorted(capture.tokens)
    assert capture.tokens, "the Seven Senders scenario should have sent bearer tokens"
    assert any("AuthenticationError" in t for t in texts) and any("ServerError" in t for t in texts)
    assert any("APIConnectionError" in t for t in texts)
    assert any("retry in" in t for t in texts), "retry decisions should have been logged"
    leaks = {secret for secret in secrets for text in texts if secret in text}
    where = [t[:300] for t in texts if any(s in t for s in secrets)]
    assert not leaks, f"secrets leaked: {sorted(leaks)} in {where}"
