"""Secrets (keys, passwords, tokens) never appear in logs, reprs, exception messages or tracebacks."""

from __future__ import annotations

import io
import json
import logging
import secrets
import socket
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import ordermock
import pytest
from ordersdk import (
    APIError,
    APIStatusError,
    RetryPolicy,
    lagerkoll,
    ordertime,
    sevensenders,
    sevensenders_v2,
    seventime,
)

Handler = Callable[[httpx.Request], httpx.Response]
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


# --- the five leaks of issue 11, reproduced through connect() with a server echoing credentials ---------------------


def _echo(status: int, body: Callable[[httpx.Request], str], **headers: str) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, text=body(request), headers={"content-type": "application/json", **headers})

    return httpx.MockTransport(handler)


def _texts_of(exc: APIError) -> list[str]:
    """Everything an error shows: str, repr, the traceback, every attribute (and text attributes as they are)."""
    texts = [str(exc), repr(exc), "".join(traceback.format_exception(exc)), repr(vars(exc))]
    return texts + [str(v) for v in vars(exc).values()] + [str(v) for v in dict(getattr(exc, "headers", {})).values()]


def _raised(call: Callable[[], Any]) -> APIError:
    with pytest.raises(APIError) as info:
        call()
    return info.value


def _get(client: Any) -> Any:
    from lagerkoll_client.api.purchase_orders import get_purchase_order

    return get_purchase_order.sync(1, client=client)


def _leaks(texts: list[str], secret: str, shortest: int = 6) -> list[str]:
    """Every piece of ``secret`` (``shortest`` characters or more) found in ``texts``."""
    pieces = {secret[i:j] for i in range(len(secret)) for j in range(i + shortest, len(secret) + 1)}
    return sorted({p for p in pieces for t in texts if p in t}, key=len)[-3:]


@pytest.mark.parametrize(
    ("credentials", "secret"),
    [
        ({"store": "1", "user_id": "u-1001", "user_token": "u-1001-9f8e7d6c5b4a"}, "u-1001-9f8e7d6c5b4a"),
        ({"store": "shop-1234", "api_key": "shop-1234-key-abcdef"}, "shop-1234-key-abcdef"),
    ],
)
def test_a_credential_that_prefixes_another_does_not_leave_the_longer_ones_tail(
    credentials: dict[str, str], secret: str
) -> None:
    """user_id / store being a prefix of user_token / api_key: the whole longer value is hidden."""

    def body(request: httpx.Request) -> str:
        return json.dumps({"errorMessage": " ".join(f"{k}={v}" for k, v in request.headers.items())})

    client = lagerkoll.connect(**credentials, transport=_echo(401, body), rate_limit=None)
    texts = _texts_of(_raised(lambda: _get(client)))
    assert _leaks(texts, secret) == []


@pytest.mark.parametrize(
    ("secret", "echoed"),
    [
        ("ab/cd+ef=gh-12", "ab\\/cd+ef=gh-12"),  # PHP's json_encode escapes slashes
        ("a<b>c&d'e-12", "a\\u003cb\\u003ec\\u0026d\\u0027e-12"),  # \u escapes (Go's HTML-safe JSON)
        ("a<b>c&d'e-12", "a\\u003Cb\\u003Ec\\u0026d\\u0027e-12"),  # upper-case hex
        ("ab/cd+ef=gh-12", "ab%2Fcd%2Bef%3Dgh-12"),  # URL-encoded (a query string echoed back)
        ("ab/cd+ef=gh-12", "ab%2fcd%2bef%3dgh-12"),
        ("a&b<c>d\"e'f-12", "a&amp;b&lt;c&gt;d&quot;e&#39;f-12"),  # an HTML error page
        ("ab/cd+ef=gh-12", "ab\\\\\\/cd+ef=gh-12"),  # escaped twice (JSON inside a JSON string)
    ],
)
def test_vendor_escaped_secrets_are_found(secret: str, echoed: str) -> None:
    """A secret sent back JSON-escaped, \\u-escaped, URL-encoded or as HTML entities is redacted too."""
    client = seventime.connect(
        client_secret=secret, transport=_echo(400, lambda r: f'{{"errorMessage": "bad {echoed}"}}')
    )
    from seventime_client.api.purchase_orders import list_purchase_orders

    texts = _texts_of(_raised(lambda: list_purchase_orders.sync(client=client)))
    assert not [t for t in texts if echoed in t or secret in t]
    assert any("bad ***" in t for t in texts)


@pytest.mark.parametrize("position", [190, 195, 480, 495])
def test_a_secret_straddling_the_excerpt_cut_keeps_no_head(position: int) -> None:
    """Texts are cut (200 / 500 characters) only after redaction: no head of a secret survives the cut."""
    secret = "sk-live-0123456789abcdef"

    def body(request: httpx.Request) -> str:
        return "x" * position + request.headers["client-secret"] + " was rejected"

    client = seventime.connect(client_secret=secret, transport=_echo(400, body))
    from seventime_client.api.purchase_orders import list_purchase_orders

    assert _leaks(_texts_of(_raised(lambda: list_purchase_orders.sync(client=client))), secret) == []


def test_a_body_truncated_in_transit_inside_a_secret_keeps_no_head() -> None:
    """A server's body that ends in the middle of an echoed secret: that head is redacted too."""
    secret = "sk-live-0123456789abcdef"
    client = seventime.connect(client_secret=secret, transport=_echo(502, lambda r: f"proxy error {secret[:14]}"))
    from seventime_client.api.purchase_orders import list_purchase_orders

    texts = _texts_of(_raised(lambda: list_purchase_orders.sync(client=client)))
    assert _leaks(texts, secret) == []


def test_token_endpoint_answering_broken_json_does_not_show_the_token() -> None:
    """POST /token -> 200 with a truncated body: APIResponseValidationError's excerpt hides the new token."""
    from sevensenders_client.api.orders import list_orders

    token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg"
    for cut in (len(token) + 11, 60, 30):  # the body cut after, inside the payload, inside the header of the JWT
        body = f'{{"token": "{token}", "x": 1'[:cut]
        client = sevensenders.connect(access_key="ak-5f3e9c1d7b", transport=_echo(200, lambda r, b=body: b))
        texts = _texts_of(_raised(lambda c=client: list_orders.sync(client=c)))
        assert _leaks(texts, token, shortest=10) == [], cut
        assert _leaks(texts, "ak-5f3e9c1d7b") == []


def test_status_error_headers_are_redacted() -> None:
    """APIStatusError.headers never carries a credential (WWW-Authenticate echoing the key, cookies)."""
    secret = "sk-live-0123456789abcdef"
    transport = _echo(
        401,
        lambda r: "{}",
        **{"WWW-Authenticate": f'ApiKey realm="api", key="{secret}"', "Set-Cookie": "session=abcdef0123456789"},
    )
    from seventime_client.api.purchase_orders import list_purchase_orders

    client = seventime.connect(client_secret=secret, transport=transport)
    error = _raised(lambda: list_purchase_orders.sync(client=client))
    assert isinstance(error, APIStatusError)
    assert _leaks([repr(dict(error.headers)), *_texts_of(error)], secret) == []
    assert "abcdef0123456789" not in repr(error.headers)
    assert error.headers["www-authenticate"].startswith("ApiKey realm=")


# --- tracebacks rendered with locals (what error trackers do) -----------------------------------------------------


def _frames(exc: BaseException) -> Iterator[Any]:
    """Every frame of the traceback of ``exc`` and of its causes and contexts."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb = current.__traceback__
        while tb is not None:
            yield tb.tb_frame
            tb = tb.tb_next
        pending += [current.__cause__, current.__context__]


def _rendered_with_locals(exc: BaseException) -> list[str]:
    """The traceback as the stdlib (capture_locals), rich (show_locals) and a Sentry-style walker render it."""
    from rich.console import Console
    from rich.pretty import pretty_repr
    from rich.traceback import Traceback

    texts = ["".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format(chain=True))]
    console = Console(file=io.StringIO(), width=300, color_system=None)
    console.print(Traceback.from_exception(type(exc), exc, exc.__traceback__, show_locals=True))
    texts.append(console.file.getvalue())  # type: ignore[attr-defined]
    for frame in _frames(exc):
        for name, value in frame.f_locals.items():
            texts += [f"{name}={value!r}", f"{name}={pretty_repr(value, max_string=80)}"]
    return texts


def _random_secret(prefix: str) -> str:
    # Random, so that no source line a traceback renderer shows around a frame contains it.
    return f"{prefix}-{secrets.token_hex(10)}"


def _exchange_failing(failure: str, key: str, token: str) -> Handler:
    """A token endpoint failing one way; only the closure needed for that failure (handler frames are rendered too)."""
    if failure == "503":
        return lambda r: httpx.Response(503, json={"message": f"down for {key}"})
    if failure == "broken":
        return lambda r: httpx.Response(200, text=f'{{"token": "{token}', headers={"content-type": "application/json"})
    if failure == "no-token":
        return lambda r: httpx.Response(200, json={"jwt": token, "echo": key})

    def drop(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset")

    return drop


def _token_like() -> str:
    return f"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.{secrets.token_urlsafe(24)}"


@pytest.mark.parametrize("failure", ["503", "broken", "no-token", "drop"])
def test_token_exchange_failures_show_no_secret_in_tracebacks_with_locals(failure: str) -> None:
    """A failing POST /token (5xx, broken JSON, no token, dropped): no frame local shows key or token."""
    from sevensenders_client.api.orders import list_orders

    key, token = _random_secret("ak"), _token_like()
    transport = httpx.MockTransport(_exchange_failing(failure, key, token))
    client = sevensenders.connect(access_key=key, transport=transport, retry_policy=FAST)
    error = _raised(lambda: list_orders.sync(client=client))
    texts = _rendered_with_locals(error) + _texts_of(error)
    assert _leaks(texts, key) == [] and _leaks(texts, token, shortest=10) == []


async def test_async_token_exchange_failure_shows_no_secret_in_tracebacks_with_locals() -> None:
    """The asyncio path keeps key and token out of every frame local too."""
    from sevensenders_client.api.orders import list_orders

    key, token = _random_secret("ak"), _token_like()

    async def call(client: Any) -> APIError:
        try:
            await list_orders.asyncio(client=client)
        except APIError as exc:
            return exc
        raise AssertionError("no error")

    for failure in ("503", "broken", "no-token"):
        transport = httpx.MockTransport(_exchange_failing(failure, key, token))
        error = await call(sevensenders.connect(access_key=key, transport=transport, retry_policy=FAST))
        texts = _rendered_with_locals(error) + _texts_of(error)
        assert _leaks(texts, key) == [] and _leaks(texts, token, shortest=10) == [], failure


def test_header_credentials_show_in_no_traceback_local() -> None:
    """A failing call of a header-authenticated API: no frame local shows a credential."""
    store, key = _random_secret("store"), _random_secret("lk")
    client = lagerkoll.connect(
        store=store, api_key=key, transport=_echo(401, lambda r: json.dumps({"errorMessage": "no"}))
    )
    texts = _rendered_with_locals(_raised(lambda: _get(client)))
    assert _leaks(texts, key) == [] and _leaks(texts, store) == []


def test_a_failed_refresh_after_a_401_shows_neither_token_in_tracebacks_with_locals() -> None:
    """The rejected token and the key stay hidden when the refresh that follows a 401 fails."""
    from sevensenders_client.api.orders import list_orders

    key, token = _random_secret("ak"), _token_like()
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/token"):
            if len(calls) == 1:
                return httpx.Response(200, json={"token": token})
            return httpx.Response(503, json={"message": "down"})
        return httpx.Response(401, json={"message": "Expired JWT Token"})

    client = sevensenders.connect(access_key=key, transport=httpx.MockTransport(handler), retry_policy=FAST)
    error = _raised(lambda: list_orders.sync(client=client))
    assert calls[:2] == ["/v2/token", "/v2/orders"]
    texts = _rendered_with_locals(error) + _texts_of(error)
    assert _leaks(texts, key) == [] and _leaks(texts, token, shortest=10) == []


async def test_the_async_path_redacts_the_same_way() -> None:
    """Prefix credentials, an echoing WWW-Authenticate and a broken token body, through the asyncio clients."""
    from lagerkoll_client.api.purchase_orders import get_purchase_order
    from sevensenders_client.api.orders import list_orders

    async def raised(call: Any) -> APIError:
        try:
            await call
        except APIError as exc:
            return exc
        raise AssertionError("no error")

    def echo(request: httpx.Request) -> str:
        return json.dumps({"errorMessage": " ".join(f"{k}={v}" for k, v in request.headers.items())})

    secret = "u-1001-9f8e7d6c5b4a"
    transport = _echo(401, echo, **{"WWW-Authenticate": f"ApiKey {secret}"})
    client = lagerkoll.connect(store="1", user_id="u-1001", user_token=secret, transport=transport, rate_limit=None)
    assert _leaks(_texts_of(await raised(get_purchase_order.asyncio(1, client=client))), secret) == []

    token = _token_like()
    body = f'{{"token": "{token}'
    client = sevensenders.connect(access_key="ak-5f3e9c1d7b", transport=_echo(200, lambda r: body))
    assert _leaks(_texts_of(await raised(list_orders.asyncio(client=client))), token, shortest=10) == []
