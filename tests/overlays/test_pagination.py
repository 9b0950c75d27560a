"""paginate / apaginate: every style walks all items exactly once, lazily, and refuses non-paginated operations."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from lagerkoll_client.api.purchase_orders import get_purchase_order, list_purchase_orders, list_purchase_orders_by_state
from lagerkoll_client.models import PurchaseOrderStateFilter
from ordersdk import (
    APIError,
    PageLimitError,
    PageLoopError,
    PagePosition,
    PaginationError,
    RetryPolicy,
    apaginate,
    lagerkoll,
    ordertime,
    paginate,
    sevensenders_v2,
    seventime,
)
from ordertime_client.api.lists import count_records, list_entity_refs, list_records
from ordertime_client.models import ListInfo, RecordType
from sevensenders_client.api.orders import list_orders as portal_list_orders
from sevensenders_v2_client.api.orders import list_orders
from seventime_client.api.purchase_orders import list_purchase_orders as st_list_purchase_orders

Handler = Callable[[httpx.Request], httpx.Response]
NO_LIMIT: dict[str, Any] = {"rate_limit": None}


class Pages:
    """Records each request and serves ``total`` items in the API's page style."""

    def __init__(self, total: int, page: Callable[[httpx.Request, list[int]], httpx.Response]) -> None:
        self.items = list(range(1, total + 1))
        self.requests: list[httpx.Request] = []
        self._page = page

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._page(request, self.items)

    def params(self, *names: str) -> list[tuple[str, ...]]:
        return [tuple(r.url.params[n] for n in names) for r in self.requests]


def _lagerkoll(cap: int | None = None) -> Callable[[httpx.Request, list[int]], httpx.Response]:
    def page(request: httpx.Request, items: list[int]) -> httpx.Response:
        number, size = int(request.url.params["page"]), int(request.url.params["limit"])
        size = min(size, cap) if cap else size  # a server that silently caps the page size
        chunk = items[number * size : (number + 1) * size]
        body = {
            "page": number,
            "pages": math.ceil(len(items) / size),
            "pageSize": size,
            "ordersCount": len(items),
            "orders": [{"id": i, "poReference": f"PO-{i}"} for i in chunk],
        }
        return httpx.Response(200, json=body)

    return page


def _seventime(request: httpx.Request, items: list[int]) -> httpx.Response:
    number, size = int(request.url.params["page"]), int(request.url.params["limit"])
    chunk = items[(number - 1) * size : number * size]
    meta = {"totalResources": len(items), "totalPages": math.ceil(len(items) / size), "currentPage": number}
    data = [{"_id": f"{i:024x}", "createdByUser": "u", "distributor": "d"} for i in chunk]
    return httpx.Response(200, json={"meta": meta, "data": data})


def _v2(request: httpx.Request, items: list[int]) -> httpx.Response:
    limit, offset = int(request.url.params["limit"]), int(request.url.params.get("offset", 0))
    chunk = items[offset : offset + limit]
    return httpx.Response(
        200, json=[{"id": i, "shop_order_id": f"S{i}", "shop_order_date": "2024-01-01T00:00:00+00:00"} for i in chunk]
    )


def _ordertime(request: httpx.Request, items: list[int]) -> httpx.Response:
    body = json.loads(request.content)
    number, size = body["PageNumber"], body["NumberOfRecords"]
    chunk = items[(number - 1) * size : number * size]
    return httpx.Response(200, json=[{"Id": i, "Name": f"Customer {i}"} for i in chunk])


def _lk(handler: Handler) -> Any:
    return lagerkoll.connect(store="s", api_key="k", transport=httpx.MockTransport(handler), **NO_LIMIT)


@pytest.mark.parametrize(("total", "size", "requests"), [(0, 100, 1), (200, 100, 2), (250, 100, 3), (7, 3, 3)])
def test_lagerkoll_walks_zero_based_pages_until_pages(total: int, size: int, requests: int) -> None:
    """Empty, exact multiple and short last page: every item once, no request past `pages`."""
    server = Pages(total, _lagerkoll())
    orders = list(
        paginate(list_purchase_orders, client=_lk(server), page_size=size, state=PurchaseOrderStateFilter.SENT)
    )
    assert [o.id for o in orders] == server.items
    assert server.params("page", "limit") == [(str(n), str(size)) for n in range(requests)]
    assert {r.url.params["state"] for r in server.requests} == {"1"}


def test_lagerkoll_pages_count_is_authoritative_when_the_server_caps_the_size() -> None:
    """A server answering 50 per page when asked 100 still yields every item (no short-page guessing)."""
    server = Pages(230, _lagerkoll(cap=50))
    assert [o.id for o in paginate(list_purchase_orders, client=_lk(server))] == server.items


def test_iteration_is_lazy_and_max_items_limits_requests() -> None:
    """Taking a few items fetches only the first page; max_items caps items and page size."""
    server = Pages(500, _lagerkoll())
    iterator = paginate(list_purchase_orders, client=_lk(server), page_size=100)
    assert len(server.requests) == 0
    assert next(iterator).id == 1
    assert len(server.requests) == 1
    server.requests.clear()
    orders = list(paginate(list_purchase_orders, client=_lk(server), page_size=100, max_items=130))
    assert [o.id for o in orders] == list(range(1, 131))
    assert server.params("page", "limit") == [("0", "100"), ("1", "100")]
    assert list(paginate(list_purchase_orders, client=_lk(server), max_items=0)) == []


def test_other_lagerkoll_list_operations_page_too() -> None:
    """Path parameters pass through; the same strategy serves every page+limit operation."""
    server = Pages(120, _lagerkoll())
    orders = list(paginate(list_purchase_orders_by_state, client=_lk(server), state=PurchaseOrderStateFilter.NEW))
    assert len(orders) == 120
    assert server.requests[0].url.path == "/v1/purchase_orders/state/0"


@pytest.mark.parametrize(("total", "requests"), [(0, 1), (1000, 2), (1001, 3)])
def test_seventime_walks_one_based_pages_until_total_pages(total: int, requests: int) -> None:
    """1-based pages of (by default) 500, until meta.totalPages."""
    server = Pages(total, _seventime)
    client = seventime.connect(client_secret="c", transport=httpx.MockTransport(server), **NO_LIMIT)
    orders = list(paginate(st_list_purchase_orders, client=client))
    assert len(orders) == total and len({o.field_id for o in orders}) == total
    assert server.params("page", "limit") == [(str(n + 1), "500") for n in range(requests)]


def test_seventime_page_size_is_capped_at_500() -> None:
    """A page size above the documented maximum is refused before any request."""
    client = seventime.connect(client_secret="c", transport=httpx.MockTransport(Pages(0, _seventime)), **NO_LIMIT)
    with pytest.raises(ValueError, match="between 1 and 500"):
        paginate(st_list_purchase_orders, client=client, page_size=501)


@pytest.mark.parametrize(("total", "offsets"), [(0, [0]), (40, [0, 20, 40]), (45, [0, 20, 40, 45])])
def test_sevensenders_v2_walks_limit_offset_until_an_empty_page(total: int, offsets: list[int]) -> None:
    """limit+offset, the offset advancing by what arrived; the walk ends at an empty page (one request more)."""
    server = Pages(total, _v2)
    client = sevensenders_v2.connect(api_key="k", transport=httpx.MockTransport(server))
    orders = list(paginate(list_orders, client=client))
    assert [o.id for o in orders] == server.items
    assert server.params("limit", "offset") == [("20", str(o)) for o in offsets]


@pytest.mark.parametrize(("total", "pages"), [(0, [1]), (2000, [1, 2, 3]), (2500, [1, 2, 3, 4])])
def test_ordertime_pages_through_list_records_in_the_body(total: int, pages: list[int]) -> None:
    """POST /list with PageNumber from 1 and NumberOfRecords 1000 until an empty page; filters are kept."""
    server = Pages(total, _ordertime)
    client = ordertime.connect(api_key="a", email="e", dev_key="d", transport=httpx.MockTransport(server))
    records = list(paginate(list_records, client=client, body=ListInfo(type_=RecordType.CUSTOMER)))
    assert [r.id for r in records] == server.items
    bodies = [json.loads(r.content) for r in server.requests]
    assert [(b["PageNumber"], b["NumberOfRecords"], b["Type"]) for b in bodies] == [(p, 1000, 120) for p in pages]


def test_ordertime_entity_refs_page_the_same_way() -> None:
    """list_entity_refs uses the same body paging."""
    server = Pages(5, _ordertime)
    client = ordertime.connect(api_key="a", email="e", dev_key="d", transport=httpx.MockTransport(server))
    refs = list(paginate(list_entity_refs, client=client, page_size=2, body=ListInfo(type_=RecordType.CUSTOMER)))
    assert len(refs) == 5 and len(server.requests) == 4  # 2 + 2 + 1, then the empty page


async def test_apaginate_matches_paginate() -> None:
    """The async walk yields the same items with the same requests."""
    server = Pages(250, _lagerkoll())
    orders = [o.id async for o in apaginate(list_purchase_orders, client=_lk(server), page_size=100)]
    assert orders == server.items
    assert server.params("page") == [("0",), ("1",), ("2",)]
    server = Pages(1500, _ordertime)
    client = ordertime.connect(api_key="a", email="e", password="p", transport=httpx.MockTransport(server))
    body = ListInfo(type_=RecordType.CUSTOMER)
    assert len([r async for r in apaginate(list_records, client=client, body=body)]) == 1500


@pytest.mark.parametrize(
    ("operation", "params", "message"),
    [
        (get_purchase_order, {"order_id": 1}, "it has no page / limit parameter"),
        (portal_list_orders, {}, "sevensenders has no paginated operations"),
        (count_records, {"body": ListInfo(type_=RecordType.CUSTOMER)}, "only list_entity_refs, list_records"),
        (list_records, {}, "pass body=<the request model>"),
        (list_purchase_orders, {"page": 3}, "paginate\\(\\) sets page itself"),
    ],
)
def test_non_paginated_operations_raise_type_error_before_any_request(
    operation: Any, params: dict[str, Any], message: str
) -> None:
    """A clear TypeError at the call, naming the operation and the reason."""
    with pytest.raises(TypeError, match=message) as info:
        paginate(operation, client=object(), **params)
    assert operation.__name__ in str(info.value)
    with pytest.raises(TypeError, match=message):
        apaginate(operation, client=object(), **params)


def test_functions_of_an_endpoint_module_are_accepted_and_other_things_refused() -> None:
    """`paginate(list_purchase_orders.sync, ...)` works; a random callable is a TypeError."""
    server = Pages(3, _lagerkoll())
    assert len(list(paginate(list_purchase_orders.sync, client=_lk(server)))) == 3
    with pytest.raises(TypeError, match="not a generated endpoint module"):
        paginate(len, client=object())


# --- servers that do not page as documented (issue 11) ------------------------------------------------------------


def _first_page_only(page: Callable[[httpx.Request, list[int]], httpx.Response]) -> Any:
    """A server that ignores the page / offset / PageNumber it is sent: always answers the first page."""

    def ignoring(request: httpx.Request, items: list[int]) -> httpx.Response:
        params = dict(request.url.params)
        if "page" in params:
            params["page"] = "0" if "pages" in page(request, []).text else "1"
        params.pop("offset", None)
        content = request.content
        if content:
            body = json.loads(content)
            body["PageNumber"] = 1
            content = json.dumps(body).encode()
        rewritten = httpx.Request(request.method, request.url.copy_with(params=params), content=content)
        return page(rewritten, items)

    return ignoring


def _v2_capped(cap: int) -> Callable[[httpx.Request, list[int]], httpx.Response]:
    def page(request: httpx.Request, items: list[int]) -> httpx.Response:
        limit = min(int(request.url.params["limit"]), cap)
        return _v2(httpx.Request("GET", request.url.copy_merge_params({"limit": str(limit)})), items)

    return page


def _ordertime_capped(cap: int) -> Callable[[httpx.Request, list[int]], httpx.Response]:
    def page(request: httpx.Request, items: list[int]) -> httpx.Response:
        body = json.loads(request.content)
        number, size = body["PageNumber"], min(body["NumberOfRecords"], cap)
        chunk = items[(number - 1) * size : number * size]
        return httpx.Response(200, json=[{"Id": i, "Name": f"Customer {i}"} for i in chunk])

    return page


def _v2_client(server: Pages) -> Any:
    return sevensenders_v2.connect(api_key="k", transport=httpx.MockTransport(server))


def _ot_client(server: Pages, **options: Any) -> Any:
    return ordertime.connect(api_key="a", email="e", dev_key="d", transport=httpx.MockTransport(server), **options)


CUSTOMERS = ListInfo(type_=RecordType.CUSTOMER)
LOOPING = [
    pytest.param(lambda s: _lk(s), list_purchase_orders, {}, _lagerkoll(), id="lagerkoll"),
    pytest.param(
        lambda s: seventime.connect(client_secret="c", transport=httpx.MockTransport(s), **NO_LIMIT),
        st_list_purchase_orders, {}, _seventime, id="seventime",
    ),
    pytest.param(_v2_client, list_orders, {}, _v2, id="sevensenders_v2"),
    pytest.param(_ot_client, list_records, {"body": CUSTOMERS}, _ordertime, id="ordertime"),
]  # fmt: skip


@pytest.mark.parametrize(("connect", "operation", "params", "style"), LOOPING)
async def test_a_server_ignoring_the_page_parameter_is_stopped_at_the_second_request(
    connect: Any, operation: Any, params: dict[str, Any], style: Any
) -> None:
    """Same items as the previous page -> PageLoopError (an APIError) after 2 requests, sync and async."""
    for run_async in (False, True):
        server = Pages(95, _first_page_only(style))
        client = connect(server)
        yielded: list[Any] = []
        with pytest.raises(PageLoopError, match="same items as the previous page") as info:
            if run_async:
                yielded += [item async for item in apaginate(operation, client=client, page_size=20, **params)]
            else:
                yielded += list(paginate(operation, client=client, page_size=20, **params))
        assert isinstance(info.value, APIError) and isinstance(info.value, PaginationError)
        assert len(server.requests) == 2
        assert info.value.position == PagePosition(cursor=1 if operation is not list_orders else 20, size=20)


@pytest.mark.parametrize("run_async", [False, True])
async def test_limit_offset_capped_by_the_server_skips_nothing(run_async: bool) -> None:
    """Asked for 50, served 10: offsets advance by what arrived; the walk ends on the empty page (1 extra request)."""
    server = Pages(95, _v2_capped(10))
    client = _v2_client(server)
    if run_async:
        orders = [o async for o in apaginate(list_orders, client=client, page_size=50)]
    else:
        orders = list(paginate(list_orders, client=client, page_size=50))
    assert [o.id for o in orders] == server.items
    assert server.params("offset") == [(str(n),) for n in [*range(0, 100, 10), 95]]


@pytest.mark.parametrize("run_async", [False, True])
async def test_body_page_numbers_capped_by_the_server_skip_nothing(run_async: bool) -> None:
    """Order Time asked for 1000 records a page, served 500: pages go on until an empty one."""
    server = Pages(1800, _ordertime_capped(500))
    client = _ot_client(server)
    if run_async:
        records = [r async for r in apaginate(list_records, client=client, body=CUSTOMERS)]
    else:
        records = list(paginate(list_records, client=client, body=CUSTOMERS))
    assert [r.id for r in records] == server.items
    assert [json.loads(r.content)["PageNumber"] for r in server.requests] == [1, 2, 3, 4, 5]


def test_max_pages_bounds_the_walk_and_says_where_it_stopped() -> None:
    """max_pages=2 on a longer walk: PageLimitError after 2 requests; start= resumes with the third page."""
    server = Pages(95, _v2)
    client = _v2_client(server)
    walked: list[Any] = []
    with pytest.raises(PageLimitError, match="max_pages=2") as info:
        walked += paginate(list_orders, client=client, max_pages=2)
    assert len(server.requests) == 2 and len(walked) == 40
    assert info.value.position == PagePosition(cursor=40, size=20)
    walked += paginate(list_orders, client=client, start=info.value.position)
    assert [o.id for o in walked] == server.items
    assert len(list(paginate(list_orders, client=client, max_pages=6))) == 95  # 5 pages and the empty one
    with pytest.raises(PageLimitError):
        list(paginate(list_orders, client=client, max_pages=5))  # the closing empty page counts


class FailingOnce:
    """Fails the ``n``-th request once (after its retries: every attempt of it), then serves normally."""

    def __init__(self, server: Pages, n: int, failure: Callable[[], httpx.Response]) -> None:
        self.server, self.n, self.failure, self.seen = server, n, failure, 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        if self.seen == self.n:
            self.server.requests.append(request)
            return self.failure()
        return self.server(request)


@pytest.mark.parametrize(
    "failure",
    [
        lambda: httpx.Response(503, text="down"),
        lambda: httpx.Response(
            200, content=b'{"page": 2, "orders": [{"id"', headers={"content-type": "application/json"}
        ),
    ],
    ids=["5xx", "truncated"],
)
async def test_a_walk_interrupted_by_an_error_resumes_where_it_stopped(failure: Callable[[], httpx.Response]) -> None:
    """The error raised mid-walk carries .position; paginate(start=...) yields the rest, nothing twice."""
    for run_async in (False, True):
        server = Pages(95, _lagerkoll())
        client = lagerkoll.connect(
            store="s", api_key="k", transport=httpx.MockTransport(FailingOnce(server, 3, failure)),
            retry_policy=RetryPolicy(max_retries=0), **NO_LIMIT,
        )  # fmt: skip
        walked: list[Any] = []
        with pytest.raises(APIError) as info:
            if run_async:
                async for order in apaginate(list_purchase_orders, client=client, page_size=20):
                    walked.append(order)
            else:
                walked += paginate(list_purchase_orders, client=client, page_size=20)
        assert info.value.position == PagePosition(cursor=2, size=20)
        assert len(walked) == 40
        if run_async:
            walked += [o async for o in apaginate(list_purchase_orders, client=client, start=info.value.position)]
        else:
            walked += paginate(list_purchase_orders, client=client, start=info.value.position)
        assert [o.id for o in walked] == server.items


async def test_the_iterator_carries_the_position_of_the_next_item() -> None:
    """Stop mid-page, resume from iterator.position: the walk continues with the very next item."""
    server = Pages(95, _v2)
    client = _v2_client(server)
    iterator = paginate(list_orders, client=client)
    assert iterator.position == PagePosition(cursor=0, size=20)
    first = [next(iterator) for _ in range(25)]
    assert iterator.position == PagePosition(cursor=20, size=20, skip=5)
    rest = list(paginate(list_orders, client=client, start=iterator.position))
    assert [o.id for o in first + rest] == server.items
    aiterator = apaginate(list_orders, client=client)
    firsts = [await anext(aiterator) for _ in range(21)]
    assert aiterator.position == PagePosition(cursor=20, size=20, skip=1)
    rest = [o async for o in apaginate(list_orders, client=client, start=aiterator.position)]
    assert [o.id for o in firsts + rest] == server.items


def test_resuming_with_another_page_size_is_refused() -> None:
    """A page-number position only means something with the page size it was taken with."""
    client = _lk(Pages(10, _lagerkoll()))
    with pytest.raises(ValueError, match="page size"):
        paginate(list_purchase_orders, client=client, page_size=50, start=PagePosition(cursor=2, size=20))
