"""Each API's overlay against its mock over real HTTP: auth, full walks, faults without duplicate writes, 429s, expiry."""

from __future__ import annotations

import datetime
import importlib.util
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import ordermock
import pytest
from ordersdk import (
    APIConnectionError,
    AuthenticationError,
    PermissionDeniedError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
    ServerError,
    apaginate,
    lagerkoll,
    ordertime,
    paginate,
    sevensenders,
    sevensenders_v2,
    seventime,
)

FAST = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.05)
SEED = 57  # not a multiple of any page size used below, so every walk ends on a short page


class Counting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The real HTTP transports, recording every request that actually leaves the client."""

    def __init__(self) -> None:
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[str, str]] = []
        self.authorization: set[str] = set()

    def _record(self, request: httpx.Request) -> None:
        self.sent.append((request.method, request.url.path))
        if "authorization" in request.headers:
            self.authorization.add(request.headers["authorization"].removeprefix("Bearer "))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._record(request)
        return await self._async.handle_async_request(request)

    def count(self, method: str, suffix: str = "") -> int:
        return sum(1 for m, path in self.sent if m == method and path.endswith(suffix))

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


@dataclass(frozen=True)
class Case:
    """What the shared tests need to know about one API: credentials, a walk and a write."""

    api: str
    connect: Callable[..., Any]
    good: dict[str, str]
    bad: dict[str, str]
    rejected: type[Exception]
    walk: Callable[[Any], list[Any]]  # every record of the collection `create` writes to
    awalk: Callable[[Any], Any] | None
    create: Callable[[Any, int], Any]  # writes record number n
    writes: Callable[[Any], int]  # how many records `create` has written
    create_path: str
    listed: int = SEED  # what `walk` returns over the seeded data


def _seventime() -> Case:
    from seventime_client.api.purchase_orders import create_purchase_order, list_purchase_orders
    from seventime_client.models import PurchaseOrderCreate

    return Case(
        "seventime", seventime.connect, {"client_secret": "demo-client-secret"}, {"client_secret": "wrong"},
        AuthenticationError,
        lambda c: list(paginate(list_purchase_orders, client=c, page_size=10)),
        lambda c: apaginate(list_purchase_orders, client=c, page_size=10),
        lambda c, n: create_purchase_order.sync_detailed(
            client=c, body=PurchaseOrderCreate(distributor=f"{n:024x}", created_by_user=f"{n + 1:024x}")
        ),
        lambda c: sum(len(list(paginate(list_purchase_orders, client=c, distributor=f"{n:024x}"))) for n in (1, 2, 3)),
        "/purchaseOrders/",
    )  # fmt: skip


def _sevensenders_v2() -> Case:
    from sevensenders_v2_client.api.orders import create_order, list_orders
    from sevensenders_v2_client.models import OrderForm

    return Case(
        "sevensenders_v2", sevensenders_v2.connect, {"api_key": "demo-api-key"}, {"api_key": "wrong"},
        AuthenticationError,
        lambda c: list(paginate(list_orders, client=c, page_size=10)),
        lambda c: apaginate(list_orders, client=c, page_size=10),
        lambda c, n: create_order.sync_detailed(
            client=c, body=OrderForm(shop_order_id=f"IT-{n}", shop_order_date="2024-05-01T10:00:00+00:00")
        ),
        lambda c: sum(len(list(paginate(list_orders, client=c, shop_order_id=f"IT-{n}"))) for n in (1, 2, 3)),
        "/orders.json",
    )  # fmt: skip


def _sevensenders() -> Case:
    from sevensenders_client.api.orders import create_order, list_orders
    from sevensenders_client.models import OrderCreate

    def walk(client: Any) -> list[Any]:
        orders = list_orders.sync(client=client)
        assert isinstance(orders, list)
        return orders

    return Case(
        "sevensenders", sevensenders.connect, {"access_key": "demo-access-key"}, {"access_key": "wrong"},
        AuthenticationError, walk, None,
        lambda c, n: create_order.sync_detailed(
            client=c, body=OrderCreate(order_id=f"IT-{n}", order_date=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC))
        ),
        lambda c: sum(len(list_orders.sync(client=c, order_id=f"IT-{n}") or []) for n in (1, 2, 3)),
        "/orders",
    )  # fmt: skip


def _ordertime() -> Case:
    from ordertime_client.api.customers import create_customer
    from ordertime_client.api.lists import list_records
    from ordertime_client.models import Customer, ListInfo, RecordType

    query = ListInfo(type_=RecordType.CUSTOMER)
    return Case(
        "ordertime", ordertime.connect,
        {"api_key": "demo-api-key", "email": "demo@example.com", "dev_key": "demo-dev-key"},
        {"api_key": "demo-api-key", "email": "demo@example.com", "password": "wrong"},
        PermissionDeniedError,
        lambda c: list(paginate(list_records, client=c, page_size=10, body=query)),
        lambda c: apaginate(list_records, client=c, page_size=10, body=query),
        lambda c, n: create_customer.sync_detailed(client=c, body=Customer(name=f"Integration {n}")),
        lambda c: sum(1 for r in paginate(list_records, client=c, body=query) if str(r.name).startswith("Integration")),
        "/customer",
    )  # fmt: skip


def _lagerkoll() -> Case:
    from lagerkoll_client.api.purchase_orders import add_purchase_order, list_purchase_orders
    from lagerkoll_client.models import PurchaseOrderCreate

    return Case(
        "lagerkoll", lagerkoll.connect, {"store": "demo-store", "api_key": "demo-api-key"},
        {"store": "demo-store", "api_key": "wrong"},
        AuthenticationError,
        lambda c: list(paginate(list_purchase_orders, client=c, page_size=10)),
        lambda c: apaginate(list_purchase_orders, client=c, page_size=10),
        lambda c, n: add_purchase_order.sync_detailed(
            client=c,
            body=PurchaseOrderCreate(
                po_reference=f"IT-{n}", supplier_id=1, delivery_date=1714058507378, delivery_address="Storgatan 1",
                delivery_city="Lund", delivery_zip="22100", delivery_country="SE", contact_person="Ann",
                contact_email="ann@example.com",
            ),
        ),
        lambda c: len(list(paginate(list_purchase_orders, client=c))) - SEED,  # the mock assigns its own poReference
        "/purchase_orders",
    )  # fmt: skip


def _available(api: str) -> bool:
    return api in ordermock.APIS and importlib.util.find_spec(f"ordermock.behaviours.{api}") is not None


CASES = [
    pytest.param(
        factory, id=api, marks=pytest.mark.skipif(not _available(api), reason=f"the {api} mock has not landed yet")
    )
    for api, factory in [
        ("seventime", _seventime),
        ("sevensenders_v2", _sevensenders_v2),
        ("sevensenders", _sevensenders),
        ("ordertime", _ordertime),
        ("lagerkoll", _lagerkoll),
    ]
]


@contextmanager
def running(api: str, **options: Any) -> Iterator[tuple[ordermock.MockApp, str]]:
    options.setdefault("rate_limit", False)
    app = ordermock.create_app(api, seed_data=SEED, **options)
    with ordermock.serve_app(app) as url:
        yield app, url


def _connect(case: Case, url: str, transport: Counting, **options: Any) -> Any:
    options.setdefault("retry_policy", FAST)
    options.setdefault("rate_limit", None)
    return case.connect(base_url=url, transport=transport, **{**case.good, **options})


@pytest.mark.parametrize("factory", CASES)
def test_auth_accepted_and_rejected(factory: Callable[[], Case]) -> None:
    """Demo credentials work; wrong ones raise the vendor's typed auth error, without retrying."""
    case = factory()
    with running(case.api) as (_, url):
        assert len(case.walk(_connect(case, url, Counting()))) == case.listed
        transport = Counting()
        bad = case.connect(base_url=url, transport=transport, retry_policy=FAST, rate_limit=None, **case.bad)
        with pytest.raises(case.rejected) as info:
            case.walk(bad)
        assert info.value.status_code in (401, 403)
        assert len(transport.sent) == 1


@pytest.mark.parametrize("factory", CASES)
async def test_full_walk_over_seeded_data_sync_and_async(factory: Callable[[], Case]) -> None:
    """Every seeded record exactly once, sync and async, across several pages (short last page), no request wasted."""
    case = factory()
    with running(case.api) as (_, url):
        transport = Counting()
        client = _connect(case, url, transport)
        records = case.walk(client)
        assert len(records) == case.listed
        assert len({repr(r.to_dict()) for r in records}) == case.listed
        if case.awalk is not None:
            # A documented total ends the walk at its last page; without one, an empty page ends it.
            with_total = case.api in ("lagerkoll", "seventime")
            assert len(transport.sent) == SEED // 10 + 1 + (0 if with_total else 1)
            arecords = [r async for r in case.awalk(client)]
            assert [r.to_dict() for r in arecords] == [r.to_dict() for r in records]


@pytest.mark.parametrize("factory", CASES)
def test_retries_through_faults_without_duplicate_writes(factory: Callable[[], Case]) -> None:
    """Reads survive 5xx and HTML errors; a write is sent once on 5xx or a dropped connection, twice only on 429."""
    case = factory()
    with running(case.api) as (app, url):
        transport = Counting()
        client = _connect(case, url, transport)

        app.faults.fail_next(2, status=503)  # for Seven Senders these hit the token exchange first
        app.faults.html_error(1, status=502)
        assert len(case.walk(client)) == case.listed
        app.faults.drop_connection(1)
        assert len(case.walk(client)) == case.listed

        app.faults.fail_next(1, status=503)
        with pytest.raises(ServerError):
            case.create(client, 1)
        assert transport.count("POST", case.create_path) == 1

        app.faults.drop_connection(1)
        with pytest.raises(APIConnectionError):
            case.create(client, 2)
        assert transport.count("POST", case.create_path) == 2

        app.faults.rate_limited(retry_after=1)
        assert case.create(client, 3).status_code in (200, 201)
        assert transport.count("POST", case.create_path) == 4

        assert case.writes(client) == 1  # three attempts, exactly one write


def test_sustained_loop_at_the_documented_rate_never_sees_a_429() -> None:
    """Seven Time at its defaults (mock and client: 4/s): 24 calls, zero 429s, throughput >= 85 % of 4/s."""
    from seventime_client.api.purchase_orders import list_purchase_orders

    # Own credentials: the limiter is shared per credentials in the process, and other tests use the demo ones.
    secret = "sustained-loop-secret"
    with running("seventime", rate_limit=None, credentials={"Client-Secret": secret}) as (_, url):
        transport = Counting()
        client = seventime.connect(client_secret=secret, base_url=url, transport=transport, max_retries=0)
        started = time.monotonic()
        for _ in range(24):
            list_purchase_orders.sync_detailed(client=client, limit=1)  # a 429 would raise RateLimitError
        elapsed = time.monotonic() - started
    assert len(transport.sent) == 24
    steady_rate = (24 - 4) / elapsed  # the first 4 are the initial burst
    assert steady_rate >= 0.85 * 4.0, f"{steady_rate:.2f}/s"


def _cheap_call(api: str) -> Callable[[Any], Any]:
    if api == "lagerkoll":
        from lagerkoll_client.api.purchase_orders import list_purchase_orders as lk_list

        return lambda client: lk_list.sync_detailed(client=client, limit=1)
    from seventime_client.api.purchase_orders import list_purchase_orders as st_list

    return lambda client: st_list.sync_detailed(client=client, limit=1)


LIMITED = [
    pytest.param(api, factory, id=api, marks=pytest.mark.skipif(not _available(api), reason=f"no {api} mock yet"))
    for api, factory in (("seventime", _seventime), ("lagerkoll", _lagerkoll))
]


@pytest.mark.parametrize(("api", "factory"), LIMITED)
def test_without_client_limiting_the_mock_answers_429_and_retry_after_is_honoured(
    api: str, factory: Callable[[], Case]
) -> None:
    """The control: no client-side limit -> RateLimitError with retry_after; with retries the 429s are absorbed."""
    case, call = factory(), _cheap_call(api)
    with running(api, rate_limit=ordermock.RateLimit(3, 1.0)) as (_, url):
        unlimited = case.connect(base_url=url, rate_limit=None, max_retries=0, **case.good)
        with pytest.raises(RateLimitError) as info:
            for _ in range(10):
                call(unlimited)
        assert info.value.retry_after is not None and info.value.retry_after >= 1
        if api == "lagerkoll":
            assert info.value.error_code == 900429
        transport = Counting()
        patient = case.connect(base_url=url, rate_limit=None, transport=transport, max_retries=5, **case.good)
        for _ in range(6):
            assert call(patient).status_code == 200
        assert len(transport.sent) > 6  # some were answered 429 and re-sent after Retry-After


@pytest.mark.parametrize(("api", "factory"), LIMITED)
def test_client_limit_matching_a_short_mock_window(api: str, factory: Callable[[], Case]) -> None:
    """A 5-per-second budget on both sides: 20 calls with no retries allowed and no 429."""
    case, call = factory(), _cheap_call(api)
    with running(api, rate_limit=ordermock.RateLimit(5, 1.0)) as (_, url):
        client = case.connect(base_url=url, rate_limit=RateLimit(5, 1.0), max_retries=0, **case.good)
        for _ in range(20):
            call(client)


@pytest.mark.skipif(not _available("sevensenders"), reason="the sevensenders mock has not landed yet")
def test_token_expiry_mid_walk_refreshes_transparently() -> None:
    """With 1-second tokens, 2.5 s of calls keep working; the key is exchanged again as tokens expire."""
    from sevensenders_client.api.orders import get_order, list_orders

    with running("sevensenders", token_ttl=1.0) as (_, url):
        transport = Counting()
        client = _connect(_sevensenders(), url, transport)
        ids = [o.id for o in list_orders.sync(client=client) or []]
        deadline = time.monotonic() + 2.5
        calls = 0
        while time.monotonic() < deadline:
            assert get_order.sync(ids[calls % len(ids)], client=client) is not None
            calls += 1
            time.sleep(0.02)
    exchanges = transport.count("POST", "/token")
    # Tokens live about a second (JWT exp is in whole seconds): several exchanges,
    # but far fewer than calls — the token is cached between them.
    assert 3 <= exchanges <= 12, exchanges
    assert len(transport.authorization) == exchanges
    assert calls > 4 * exchanges
