"""Drifted responses for every API: the mock's own (valid) bodies, changed on the way to the client.

``Drifting`` wraps ``ordermock.transport(app)`` (sync and async) and lets a test rewrite the JSON of
success responses - one item, every item of a list, or the whole body - before the client sees it.
``APIS`` says, per API, how to connect, which get / list operations to call, where an item sits in
their bodies and which of its fields to drift for each deviation kind (from the spec: a required
property, an optional non-nullable one, a closed enum, a nested one, a date-time).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import ordermock
from ordersdk import RetryPolicy, lagerkoll, ordertime, sevensenders, sevensenders_v2, seventime

DELETE = object()  # a drift that removes the field
FAST = RetryPolicy(max_retries=1, initial_delay=0.0, max_delay=0.0)
Mutation = Callable[[Any], Any]  # the decoded body -> the body to send (may mutate in place)


def set_at(data: Any, pointer: str, value: Any) -> None:
    """Set (or, with :data:`DELETE`, remove) the value at a JSON pointer; intermediate nodes must exist."""
    *parents, last = [int(p) if p.isdigit() else p for p in pointer.strip("/").split("/")]
    node = data
    for part in parents:
        node = node[part]
    if value is DELETE:
        del node[last]
    else:
        node[last] = value


def get_at(data: Any, pointer: str) -> Any:
    node = data
    for part in [int(p) if p.isdigit() else p for p in pointer.strip("/").split("/") if p]:
        node = node[part]
    return node


class Drifting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The mock's in-process transport; ``drift`` (when set) rewrites the JSON of matching success bodies.

    ``only`` limits drifting to requests whose path ends with it; ``status`` / ``content_type`` /
    ``raw`` replace those of the response (``raw``: the body bytes, instead of a JSON rewrite);
    ``encoding`` declares a ``Content-Encoding`` the body is sent with as is (streamed, as from a
    network, so that the client decodes it when it reads). ``sent`` counts the requests drifted.
    """

    def __init__(self, app: ordermock.MockApp) -> None:
        self._sync = ordermock.transport(app)
        self._async = ordermock.async_transport(app)
        self.drift: Mutation | None = None
        self.only: str | None = None
        self.status: int | None = None
        self.content_type: str | None = None
        self.raw: bytes | None = None
        self.encoding: str | None = None
        self.sent = 0

    def reset(self) -> None:
        self.drift = self.only = self.status = self.content_type = self.raw = self.encoding = None

    def _rewrite(self, request: httpx.Request, response: httpx.Response, content: bytes) -> httpx.Response:
        active = self.drift or self.raw is not None or self.status or self.content_type or self.encoding
        skip = request.url.path.endswith("/token") or (self.only and not request.url.path.endswith(self.only))
        if not active or not response.is_success or skip:  # the token exchange is never drifted
            return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)
        if self.raw is not None:
            content = self.raw
        elif self.drift is not None:
            content = json.dumps(self.drift(json.loads(content))).encode()
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
        headers["content-type"] = self.content_type or response.headers.get("content-type", "application/json")
        self.sent += 1
        if self.encoding is not None:
            headers["content-encoding"] = self.encoding
            stream = httpx.ByteStream(content)
            return httpx.Response(self.status or response.status_code, headers=headers, stream=stream, request=request)
        return httpx.Response(self.status or response.status_code, headers=headers, content=content, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._sync.handle_request(request)
        return self._rewrite(request, response, response.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._async.handle_async_request(request)
        return self._rewrite(request, response, await response.aread())


@dataclass(frozen=True)
class Case:
    """One field to drift: ``pointer`` relative to an item, the value to send (or DELETE), the kind expected."""

    kind: str
    pointer: str
    value: Any
    lenient: str  # "read" or "raised"
    attribute: Callable[[Any], Any] | None = None  # for "read": the parsed value to check


@dataclass(frozen=True)
class Api:
    """One API: connect, a get and a list operation, where an item sits in each body, and its drift cases."""

    name: str
    connect: Callable[..., Any]
    get: Callable[[Any, Any], Any]  # (module-level call) client, item id -> awaitable-free call
    aget: Callable[[Any, Any], Any]
    get_item: str  # pointer of the item inside a get body
    item_id: Callable[[Any], Any]  # a listed item (parsed) -> what get() takes
    walk: Callable[..., Any]  # client, **kwargs -> iterator of items (paginate or a list call)
    awalk: Callable[..., Any]
    list_items: str  # pointer of the item list inside a list body ("" for a bare array)
    cases: tuple[Case, ...] = field(default_factory=tuple)
    list_cases: tuple[Case, ...] | None = None  # when list items have another schema than the get body

    @property
    def walk_cases(self) -> tuple[Case, ...]:
        return self.cases if self.list_cases is None else self.list_cases

    def client(self, transport: Drifting, **options: Any) -> Any:
        return self.connect(transport=transport, rate_limit=None, retry_policy=FAST, **options)


def _lagerkoll(**options: Any) -> Any:
    return lagerkoll.connect(store="demo-store", api_key="demo-api-key", base_url="http://mock/v1", **options)


def _seventime(**options: Any) -> Any:
    return seventime.connect(client_secret="demo-client-secret", base_url="http://mock/api/2", **options)


def _sevensenders(**options: Any) -> Any:
    return sevensenders.connect(access_key="demo-access-key", base_url="http://mock/v2", **options)


def _sevensenders_v2(**options: Any) -> Any:
    return sevensenders_v2.connect(api_key="demo-api-key", base_url="http://mock/v2", **options)


def _ordertime(**options: Any) -> Any:
    return ordertime.connect(
        api_key="demo-api-key",
        email="demo@example.com",
        password="demo-password",
        base_url="http://mock/api",
        **options,
    )


def _apis() -> tuple[Api, ...]:
    from lagerkoll_client.api.purchase_orders import get_purchase_order as lk_get
    from lagerkoll_client.api.purchase_orders import list_purchase_orders as lk_list
    from ordersdk import apaginate, paginate
    from ordertime_client.api.customers import get_customer
    from ordertime_client.api.lists import list_records
    from ordertime_client.models import ListInfo, RecordType
    from sevensenders_client.api.orders import get_order as ss_get
    from sevensenders_client.api.orders import list_orders as ss_list
    from sevensenders_v2_client.api.orders import get_order as v2_get
    from sevensenders_v2_client.api.orders import list_orders as v2_list
    from seventime_client.api.purchase_orders import get_purchase_order as st_get
    from seventime_client.api.purchase_orders import list_purchase_orders as st_list

    async def alist(call: Any) -> list[Any]:
        return list(await call)

    customers = ListInfo(type_=RecordType.CUSTOMER)
    return (
        Api(
            "lagerkoll",
            _lagerkoll,
            lambda c, i: lk_get.sync(i, client=c).orders[0],
            lambda c, i: lk_get.asyncio(i, client=c),
            "/orders/0",
            lambda item: item.id,
            lambda c, **kw: paginate(lk_list, client=c, page_size=2, **kw),
            lambda c, **kw: apaginate(lk_list, client=c, page_size=2, **kw),
            "/orders",
            (
                Case("enum", "/state", 99, "read", lambda item: item.state),
                Case("null", "/poReference", None, "read", lambda item: item.po_reference),
                Case("type", "/supplierId", "4711", "raised"),
                Case("type", "/articles", {"not": "a list"}, "raised"),
                Case("null", "/articles/0/articleName", None, "read", lambda item: item.articles[0].article_name),
                Case("enum", "/articles/0/type", "spaceship", "read", lambda item: item.articles[0].type_),
                Case("type", "/articles/0/orderedAmount", [], "raised"),
            ),
        ),
        Api(
            "seventime",
            _seventime,
            lambda c, i: st_get.sync(i, client=c).data,
            lambda c, i: st_get.asyncio(i, client=c),
            "/data",
            lambda item: item.field_id,
            lambda c, **kw: paginate(st_list, client=c, page_size=2, **kw),
            lambda c, **kw: apaginate(st_list, client=c, page_size=2, **kw),
            "/data",
            (
                Case("missing", "/distributor", DELETE, "raised"),
                Case("null", "/distributor", None, "raised"),
                Case("null", "/paymentDays", None, "read", lambda item: item.payment_days),
                Case("type", "/paymentDays", "ten", "raised"),
                Case("format", "/createDate", "yesterday", "raised"),
                Case("null", "/deliveryAddress/city", None, "read", lambda item: item.delivery_address.city),
                Case("type", "/purchaseOrderLogEntries/0/logDate", 5, "raised"),
                Case("type", "/deliveryAddress", ["Storgatan 1"], "raised"),
            ),
        ),
        Api(
            "sevensenders",
            _sevensenders,
            lambda c, i: ss_get.sync(str(i), client=c),
            lambda c, i: ss_get.asyncio(str(i), client=c),
            "",
            lambda item: item.id,
            lambda c, **kw: iter(ss_list.sync(client=c, **kw)),
            lambda c, **kw: alist(ss_list.asyncio(client=c, **kw)),
            "",
            (
                Case("missing", "/order_id", DELETE, "raised"),
                Case("enum", "/language", "xx", "read", lambda item: item.language),
                Case("null", "/state", None, "read", lambda item: item.state),
                Case("format", "/order_date", "tomorrow", "raised"),
                Case("type", "/order_tags/0/name", {"a": 1}, "raised"),
                Case("null", "/order_tags/0/content", None, "read", lambda item: item.order_tags[0].content),
            ),
        ),
        Api(
            "sevensenders_v2",
            _sevensenders_v2,
            lambda c, i: v2_get.sync(i, client=c),
            lambda c, i: v2_get.asyncio(i, client=c),
            "",
            lambda item: item.id,
            lambda c, **kw: paginate(v2_list, client=c, page_size=2, **kw),
            lambda c, **kw: apaginate(v2_list, client=c, page_size=2, **kw),
            "",
            (
                Case("missing", "/shop_order_id", DELETE, "raised"),
                Case("constraint", "/language", "english", "read", lambda item: item.language),
                Case("null", "/state", None, "read", lambda item: item.state),
                Case("type", "/id", "6821", "raised"),
                Case("missing", "/states_history/0/name", DELETE, "raised"),
                Case(
                    "null", "/shipments/0/carrier_service", None, "read", lambda item: item.shipments[0].carrier_service
                ),
                Case("type", "/shipments/0/weight", "heavy", "raised"),
            ),
        ),
        Api(
            "ordertime",
            _ordertime,
            lambda c, i: get_customer.sync(id=i, client=c),
            lambda c, i: get_customer.asyncio(id=i, client=c),
            "",
            lambda item: item.id,
            lambda c, **kw: paginate(list_records, client=c, page_size=2, body=customers, **kw),
            lambda c, **kw: apaginate(list_records, client=c, page_size=2, body=customers, **kw),
            "",
            (
                Case("missing", "/Name", DELETE, "raised"),
                Case("null", "/IsActive", None, "read", lambda item: item.is_active),
                Case("type", "/CreditLimit", "a lot", "raised"),
                Case("type", "/Parent/Id", "85406", "raised"),
                Case("null", "/Parent/Name", None, "read", lambda item: item.parent.name),
            ),
            (  # POST /list answers ListRecord items
                Case("type", "/Id", "6821", "raised"),
                Case("type", "/Name", 5, "raised"),
                Case("null", "/DocNo", None, "read", lambda item: item.doc_no),
            ),
        ),
    )


APIS = _apis()


def seeded(api: Api, items: int = 5) -> tuple[Drifting, Any]:
    """A fresh mock of ``api`` with ``items`` records per collection, and a lenient client on it."""
    transport = Drifting(ordermock.create_app(api.name, seed_data=items, seed=3, rate_limit=False))
    return transport, api.client(transport)


def v2_create_refused(handler: Callable[[httpx.Request], httpx.Response], mode: str) -> Any:
    """A Seven Senders v2 create through ``connect()`` on ``handler`` (sync or async): the typed error it raised."""
    import asyncio

    import pytest
    from ordersdk import APIResponseValidationError
    from sevensenders_v2_client.api.orders import create_order
    from sevensenders_v2_client.models import OrderForm

    client = sevensenders_v2.connect(api_key="demo-api-key", transport=httpx.MockTransport(handler), rate_limit=None)
    form = OrderForm(shop_order_id="order123456", shop_order_date="2017-08-10T05:45:00+0000")
    with pytest.raises(APIResponseValidationError) as raised:
        if mode == "sync":
            create_order.sync(client=client, body=form)
        else:
            asyncio.run(create_order.asyncio(client=client, body=form))
    return raised.value
