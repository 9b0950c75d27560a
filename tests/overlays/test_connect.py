"""connect(): credentials to headers, defaults from the spec, typed errors, async, and the token exchange."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from lagerkoll_client.api.print_ import print_purchase_order
from lagerkoll_client.api.purchase_orders import get_purchase_order
from ordersdk import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    CredentialsError,
    NotFoundError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
    ServerError,
    lagerkoll,
    ordertime,
    sevensenders,
    sevensenders_v2,
    seventime,
)
from ordersdk.spec import load_document
from ordertime_client.api.customers import get_customer
from sevensenders_client.api.orders import get_order
from sevensenders_v2_client.api.orders import get_order as v2_get_order
from seventime_client.api.purchase_orders import get_purchase_order as st_get_purchase_order

SPECS = Path(__file__).resolve().parents[2] / "specs"
FAST_POLICY = RetryPolicy(initial_delay=0.001)
ORDER = {"page": 0, "pages": 1, "pageSize": 1, "ordersCount": 1, "orders": [{"id": 7}]}
ENV = [
    "SEVENTIME_CLIENT_SECRET",
    "SEVENSENDERS_ACCESS_KEY",
    "SEVENSENDERS_V2_API_KEY",
    "LAGERKOLL_STORE",
    "LAGERKOLL_API_KEY",
    "LAGERKOLL_USER_ID",
    "LAGERKOLL_USER_TOKEN",
    "ORDERTIME_API_KEY",
    "ORDERTIME_EMAIL",
    "ORDERTIME_PASSWORD",
    "ORDERTIME_DEV_KEY",
]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)


class Recorder:
    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def _lk(recorder: Recorder, **options: Any) -> Any:
    return lagerkoll.connect(store="12", api_key="lk-key", transport=httpx.MockTransport(recorder), **options)


@pytest.mark.parametrize(
    ("api", "module"),
    [("lagerkoll", lagerkoll), ("seventime", seventime), ("sevensenders", sevensenders),
     ("sevensenders_v2", sevensenders_v2), ("ordertime", ordertime)],
)  # fmt: skip
def test_default_base_url_is_the_spec_production_server(api: str, module: Any) -> None:
    """PROFILE.base_url is the first server of specs/<api>.yaml."""
    spec = load_document(SPECS / f"{api}.yaml")
    assert module.PROFILE.base_url == spec["servers"][0]["url"]


@pytest.mark.parametrize(
    ("connect", "call", "expected"),
    [
        (lambda t: lagerkoll.connect(store="12", api_key="K", transport=t),
         lambda c: get_purchase_order.sync_detailed(7, client=c), {"store": "12", "api_key": "K"}),
        (lambda t: lagerkoll.connect(store="12", user_id="U", user_token="T", transport=t),
         lambda c: get_purchase_order.sync_detailed(7, client=c), {"store": "12", "user_id": "U", "user_token": "T"}),
        (lambda t: seventime.connect(client_secret="CS", transport=t),
         lambda c: st_get_purchase_order.sync_detailed("a" * 24, client=c), {"client-secret": "CS"}),
        (lambda t: sevensenders_v2.connect(api_key="AK", transport=t),
         lambda c: v2_get_order.sync_detailed(1, client=c), {"api-key": "AK"}),
        (lambda t: ordertime.connect(api_key="A", email="e@x", password="P", transport=t),
         lambda c: get_customer.sync_detailed(client=c, id=1), {"apikey": "A", "email": "e@x", "password": "P"}),
        (lambda t: ordertime.connect(api_key="A", email="e@x", dev_key="D", transport=t),
         lambda c: get_customer.sync_detailed(client=c, id=1), {"apikey": "A", "email": "e@x", "devkey": "D"}),
    ],
)  # fmt: skip
def test_credentials_become_the_documented_headers(connect: Any, call: Any, expected: dict[str, str]) -> None:
    """Each API's credentials arrive as exactly its documented headers (and no stray Authorization)."""
    recorder = Recorder(httpx.Response(404, json={}))
    client = connect(httpx.MockTransport(recorder))
    with pytest.raises(NotFoundError):
        call(client)
    headers = recorder.requests[0].headers
    assert {k: headers[k] for k in expected} == expected
    assert "authorization" not in headers
    assert "password" not in headers or "devkey" not in headers


def test_environment_credentials_and_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Env vars are read when arguments are absent; a missing set names the argument and the variable."""
    with pytest.raises(CredentialsError, match=r"client_secret \(or \$SEVENTIME_CLIENT_SECRET\)"):
        seventime.connect()
    with pytest.raises(CredentialsError, match=r"password \(or \$ORDERTIME_PASSWORD\)"):
        ordertime.connect(api_key="a", email="e")
    with pytest.raises(CredentialsError, match="contradictory"):
        ordertime.connect(api_key="a", email="e", password="p", dev_key="d")
    monkeypatch.setenv("SEVENSENDERS_V2_API_KEY", "from-env")
    recorder = Recorder(httpx.Response(200, json={"id": 1, "shop_order_id": "S", "shop_order_date": "2024-01-01"}))
    client = sevensenders_v2.connect(transport=httpx.MockTransport(recorder))
    v2_get_order.sync_detailed(1, client=client)
    assert recorder.requests[0].headers["API-KEY"] == "from-env"


def test_options_base_url_timeout_and_unknown() -> None:
    """base_url overrides the server (path kept); timeout defaults to 30 s; unknown options are TypeErrors."""
    recorder = Recorder(httpx.Response(200, json=ORDER))
    client = _lk(recorder, base_url="http://127.0.0.1:9/v1/")
    assert get_purchase_order.sync(7, client=client) is not None
    assert str(recorder.requests[0].url) == "http://127.0.0.1:9/v1/purchase_orders/7"
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
    assert _lk(recorder, timeout=5).get_async_httpx_client().timeout == httpx.Timeout(5.0)
    with pytest.raises(TypeError, match="unexpected options: retries"):
        _lk(recorder, retries=3)
    with pytest.raises(TypeError, match="max_retries or retry_policy"):
        _lk(recorder, max_retries=1, retry_policy=RetryPolicy())


def test_error_statuses_raise_typed_errors_with_vendor_fields() -> None:
    """A Lagerkoll 401 body becomes AuthenticationError with errorCode; a 5xx after retries a ServerError."""
    body = {"errorCode": 900001, "errorMessage": "Credentials don't match", "errorField": None, "errorData": None}
    client = _lk(Recorder(httpx.Response(401, json=body)))
    with pytest.raises(AuthenticationError) as info:
        get_purchase_order.sync(7, client=client)
    assert info.value.error_code == 900001
    assert info.value.operation == "GET /v1/purchase_orders/7"
    recorder = Recorder(httpx.Response(503, text="<html>down</html>"))
    client = _lk(recorder, retry_policy=RetryPolicy(max_retries=2, initial_delay=0.001))
    with pytest.raises(ServerError, match="503"):
        get_purchase_order.sync(7, client=client)
    assert len(recorder.requests) == 3


def test_rate_limit_error_after_retries_carries_retry_after() -> None:
    """A 429 whose Retry-After exceeds the cap raises RateLimitError at once, with retry_after."""
    recorder = Recorder(httpx.Response(429, headers={"Retry-After": "3600"}, json={"errorCode": 900429}))
    with pytest.raises(RateLimitError) as info:
        get_purchase_order.sync(7, client=_lk(recorder))
    assert info.value.retry_after == 3600
    assert len(recorder.requests) == 1


def test_transport_failures_become_connection_errors() -> None:
    """Connect failures and timeouts surface as APIConnectionError / APITimeoutError after retries."""
    policy = RetryPolicy(max_retries=1, initial_delay=0.001)
    with pytest.raises(APIConnectionError, match="GET /v1/purchase_orders/7 failed"):
        get_purchase_order.sync(7, client=_lk(Recorder(httpx.ConnectError("refused")), retry_policy=policy))
    with pytest.raises(APITimeoutError):
        get_purchase_order.sync(7, client=_lk(Recorder(httpx.ReadTimeout("slow")), retry_policy=policy))


async def test_async_calls_share_the_stack() -> None:
    """asyncio_detailed goes through the same auth, retry and error layers."""
    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=ORDER), httpx.Response(404, json={}))
    client = _lk(recorder, retry_policy=RetryPolicy(initial_delay=0.001))
    response = await get_purchase_order.asyncio_detailed(7, client=client)
    assert response.status_code == 200
    assert recorder.requests[0].headers["api_key"] == "lk-key"
    with pytest.raises(NotFoundError):
        await get_purchase_order.asyncio(8, client=client)


def test_rate_limiter_is_shared_by_credentials() -> None:
    """Two clients with the same credentials share one limiter; other credentials get their own."""

    def limiter(client: Any) -> Any:
        return client.get_httpx_client()._transport._inner.limiter

    recorder = Recorder(httpx.Response(200, json=ORDER))
    a, b = _lk(recorder), _lk(recorder)
    other = lagerkoll.connect(store="13", api_key="lk-key", transport=httpx.MockTransport(recorder))
    assert limiter(a) is limiter(b)
    assert limiter(a) is not limiter(other)
    assert limiter(a).limit == RateLimit(200, 60.0)
    assert limiter(_lk(recorder, rate_limit=RateLimit(7, 1.0))).limit == RateLimit(7, 1.0)
    assert not hasattr(_lk(recorder, rate_limit=None).get_httpx_client()._transport._inner, "limiter")


class Portal:
    """A Seven Senders Portal stand-in: POST /token for the right key, 401 for stale tokens."""

    def __init__(self, lifetime: float = 3600) -> None:
        self.lifetime = lifetime
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == "/v2/token":
            if b"good-key" not in request.content:
                return httpx.Response(401, json={"message": "Invalid credentials"})
            token = jwt.encode({"exp": time.time() + self.lifetime, "n": len(self.issued)}, "k" * 32, algorithm="HS256")
            self.issued.append(token)
            return httpx.Response(200, json={"token": token})
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.issued or token in self.revoked:
            return httpx.Response(401, json={"message": "Expired JWT Token"})
        return httpx.Response(200, json={"id": "1", "order_id": "A-1", "order_date": "2024-01-01T00:00:00+00:00"})


def test_sevensenders_exchanges_the_key_once_and_sends_bearer() -> None:
    """The first call exchanges the key via the generated create_token; later calls reuse the JWT."""
    portal = Portal()
    client = sevensenders.connect(access_key="good-key", transport=httpx.MockTransport(portal))
    for _ in range(3):
        assert get_order.sync("1", client=client) is not None
    assert [r.url.path for r in portal.requests] == ["/v2/token", "/v2/orders/1", "/v2/orders/1", "/v2/orders/1"]
    assert portal.requests[1].headers["authorization"] == f"Bearer {portal.issued[0]}"


def test_sevensenders_refreshes_once_on_401() -> None:
    """A revoked token is replaced once and the call repeated once."""
    portal = Portal()
    client = sevensenders.connect(access_key="good-key", transport=httpx.MockTransport(portal))
    get_order.sync("1", client=client)
    portal.revoked.add(portal.issued[0])
    assert get_order.sync("1", client=client) is not None
    assert len(portal.issued) == 2


def test_sevensenders_bad_key_is_an_authentication_error_without_the_key() -> None:
    """A rejected access key raises AuthenticationError naming POST /token, never the key."""
    portal = Portal()
    client = sevensenders.connect(access_key="wrong-key-123", transport=httpx.MockTransport(portal))
    with pytest.raises(AuthenticationError) as info:
        get_order.sync("1", client=client)
    assert info.value.operation == "POST /v2/token"
    assert "wrong-key-123" not in str(info.value)


def test_sevensenders_async_single_flight() -> None:
    """50 concurrent async calls on a fresh client exchange the key exactly once."""
    portal = Portal()
    client = sevensenders.connect(access_key="good-key", transport=httpx.MockTransport(portal))

    async def run() -> None:
        await asyncio.gather(*(get_order.asyncio("1", client=client) for _ in range(50)))

    asyncio.run(run())
    assert len(portal.issued) == 1


def test_truncated_success_body_is_a_typed_error_not_a_json_decode_error() -> None:
    """A 200 whose JSON body is cut off raises APIResponseValidationError (the generated parser never sees it)."""
    truncated = httpx.Response(
        200, content=b'{"page": 0, "pages": 1, "ord', headers={"content-type": "application/json"}
    )
    with pytest.raises(APIResponseValidationError, match="GET /v1/purchase_orders/7: the body is not valid JSON"):
        get_purchase_order.sync(7, client=_lk(Recorder(truncated)))
    pdf = httpx.Response(200, content=b"%PDF-1.4 ...", headers={"content-type": "application/pdf"})
    assert print_purchase_order.sync_detailed(7, client=_lk(Recorder(pdf))).content.startswith(b"%PDF")


def test_read_only_posts_of_an_api_are_retried_and_writes_are_not() -> None:
    """Order Time's POST /list is retried through a 503; POST /customer (a write) is sent exactly once."""
    from ordertime_client.api.customers import create_customer
    from ordertime_client.api.lists import list_records
    from ordertime_client.models import Customer, ListInfo, RecordType

    recorder = Recorder(httpx.Response(503), httpx.Response(200, json=[{"Id": 1}]), httpx.Response(503))
    client = ordertime.connect(
        api_key="a", email="e", password="p", transport=httpx.MockTransport(recorder), retry_policy=FAST_POLICY
    )
    assert list_records.sync(client=client, body=ListInfo(type_=RecordType.CUSTOMER)) is not None
    assert len(recorder.requests) == 2
    with pytest.raises(ServerError):
        create_customer.sync(client=client, body=Customer(name="N"))
    assert [r.url.path for r in recorder.requests] == ["/api/list", "/api/list", "/api/customer"]


def test_sevensenders_token_exchange_survives_a_transient_503() -> None:
    """A 503 on POST /token is retried, so an idempotent call is not failed by its token fetch."""
    portal = Portal()
    flaky = Recorder(httpx.Response(503))

    def handler(request: httpx.Request) -> httpx.Response:
        return flaky(request) if not flaky.requests else portal(request)

    client = sevensenders.connect(
        access_key="good-key", transport=httpx.MockTransport(handler), retry_policy=FAST_POLICY
    )
    assert get_order.sync("1", client=client) is not None
    assert [r.url.path for r in flaky.requests + portal.requests] == ["/v2/token", "/v2/token", "/v2/orders/1"]


def test_seventime_requests_carry_the_specs_default_headers() -> None:
    """Seven Time's documented `Accept: application/json` (the spec's x-default-headers) goes with every call."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"errorMessage": "no such order"})

    client = seventime.connect(client_secret="s3cret-value", transport=httpx.MockTransport(handler), rate_limit=None)
    with pytest.raises(NotFoundError):
        st_get_purchase_order.sync("5fca4b8e0000000000000000", client=client)
    assert seen and seen[0].headers["Accept"] == "application/json"


class CookieSetting(Portal):
    """The Portal double, setting a session cookie on every response (the token exchange's included)."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        response = super().__call__(request)
        response.headers["set-cookie"] = "PHPSESSID=from-the-server; Path=/"
        return response


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cookie_a_server_sets_is_not_sent_back(mode: str) -> None:
    """connect() clients are stateless: a Set-Cookie (token exchange or call) never returns as a Cookie header."""
    portal = CookieSetting()
    client = sevensenders.connect(access_key="good-key", transport=httpx.MockTransport(portal))

    async def three() -> None:
        for _ in range(3):
            await get_order.asyncio("1", client=client)

    if mode == "sync":
        for _ in range(3):
            get_order.sync("1", client=client)
    else:
        asyncio.run(three())
    assert len(portal.requests) == 4
    assert [r.headers.get("cookie") for r in portal.requests] == [None] * 4
    assert not client.get_httpx_client().cookies and not client.get_async_httpx_client().cookies


def test_a_cookie_the_caller_sets_is_still_sent() -> None:
    """Only cookies from servers are dropped: one set on the httpx client by the caller goes out."""
    recorder = Recorder(httpx.Response(200, json=ORDER, headers={"set-cookie": "lb=node-2"}))
    client = _lk(recorder)
    client.get_httpx_client().cookies.set("tenant", "mine")
    get_purchase_order.sync(7, client=client)
    get_purchase_order.sync(7, client=client)
    assert [r.headers.get("cookie") for r in recorder.requests] == ["tenant=mine", "tenant=mine"]
