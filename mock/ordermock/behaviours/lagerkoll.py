"""Lagerkoll purchase orders: state transitions, rows, references, the open purchase order.

What the spec cannot say: ``errorCode`` numbers per failure, that errors (unknown ids included)
are 400s, the state machine NEW → SENT → RECEIVED → FINISHED (any → CANCELLED), how rows are
added / changed / delivered, and which orders each list filter selects. ``add_purchase_order``
itself is the engine's create: the order is stored as posted (see ``ordermock._records``), and
:func:`_created` makes it NEW with fresh row ids.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from .._behaviour import Action, Behaviour, ErrorInfo, Reply
from .._context import Context
from .._requests import HttpError, ParsedRequest
from .._spec import SchemaRef

ORDERS = "/purchase_orders"
OPEN = "/purchase_orders/open/products"
NEW, SENT, RECEIVED, FINISHED, CANCELLED = range(5)
ALL_STATES = -1
SORT_FIELDS = {
    "id": "id",
    "po_ref": "poReference",
    "delivery_date": "deliveryDate",
    "confirmed_delivery_date": "confirmedDeliveryDate",
    "delivered_date": "deliveredDate",
    "supplier": "supplierName",
}

Item = dict[str, Any]


def error_body(status: int, info: ErrorInfo) -> dict[str, Any]:
    op = info.operation_id or ""
    if info.kind == "auth":
        code = 900001
    elif info.kind == "rate_limit":
        code = 900429
    elif info.kind == "not_found" or op.startswith(("get_", "list_")):
        code = 901101
    elif op.startswith(("add_", "create_")):
        code = 901102
    elif info.kind in ("validation", "conflict"):
        code = 901103 if op else 900101
    else:
        code = 900101
    return {"errorCode": code, "errorMessage": info.message, "errorField": info.field, "errorData": None}


def _now_ms() -> int:
    return int(time.time() * 1000)


def _order(ctx: Context, request: ParsedRequest) -> Item:
    order = ctx.collection(ORDERS).get(request.path.get("order_id"))
    if order is None:
        raise ctx.not_found(f"purchase order {request.path.get('order_id')}")
    return order


def _page_of(ctx: Context, request: ParsedRequest, orders: list[Item]) -> Reply:
    query = request.query
    column = SORT_FIELDS.get(str(query.get("sort_column", "po_ref")), "poReference")
    orders = sorted(
        orders, key=lambda o: (o.get(column) is None, str(o.get(column))), reverse=query.get("order") == "desc"
    )
    page, info = ctx.paginate(request.operation, query, orders)
    return ctx.reply_page(request.operation, page, info)


def _filtered(ctx: Context, request: ParsedRequest, **fields: Any) -> list[Item]:
    query = request.query
    orders = list(ctx.collection(ORDERS))
    state = fields.pop("state", query.get("state", ALL_STATES))
    if state is not None and state != ALL_STATES:
        orders = [o for o in orders if o.get("state") == state]
    if query.get("supplier_id") is not None:
        fields["supplierId"] = query["supplier_id"]
    for name, value in fields.items():
        orders = [o for o in orders if str(o.get(name)) == str(value)]
    text = str(query.get("query") or "").lower()
    if text:
        orders = [o for o in orders if text in f"{o.get('poReference')} {o.get('supplierName')}".lower()]
    return orders


def list_orders(ctx: Context, request: ParsedRequest) -> Reply:
    return _page_of(ctx, request, _filtered(ctx, request, state=request.path.get("state", request.query.get("state"))))


def list_with_article(ctx: Context, request: ParsedRequest) -> Reply:
    article = str(request.path["article_id"])
    max_state = request.query.get("max_state")
    orders = [
        o
        for o in _filtered(ctx, request, state=None)
        if any(str(a.get("articleId")) == article for a in o.get("articles") or [])
        and (max_state is None or int(o.get("state", 0)) <= int(max_state))
    ]
    return _page_of(ctx, request, orders)


def last_delivered(ctx: Context, request: ParsedRequest) -> Reply:
    article = str(request.path["article_id"])
    delivered = [
        o
        for o in ctx.collection(ORDERS)
        if o.get("state") in (RECEIVED, FINISHED)
        and any(str(a.get("articleId")) == article for a in o.get("articles") or [])
    ]
    delivered.sort(key=lambda o: o.get("deliveredDate") or 0, reverse=True)
    return _page_of(ctx, request, delivered[:1])


def dropshipment(ctx: Context, request: ParsedRequest) -> Reply:
    fields = {"customerOrderId": request.path["customer_order_id"]}
    if "supplier_id" in request.path:
        fields["supplierId"] = request.path["supplier_id"]
    return _page_of(ctx, request, _filtered(ctx, request, state=None, **fields))


def next_po_ref(ctx: Context, request: ParsedRequest) -> Reply:
    orders = ctx.collection(ORDERS)
    number = len(orders) + 1
    while orders.find(poReference=f"PO-{number:05d}") is not None:
        number += 1
    return ctx.reply(request.operation, {"poReference": f"PO-{number:05d}"})


def _move(order: Item, allowed: tuple[int, ...], target: int) -> None:
    if order.get("state") not in allowed:
        raise HttpError(
            (409, 400),
            f"purchase order {order.get('id')} is in state {order.get('state')}",
            kind="conflict",
            field="state",
        )
    order["state"] = target
    if target in (RECEIVED, FINISHED):
        for row in order.get("articles") or []:
            row["deliveredAmount"] = row.get("orderedAmount", row.get("deliveredAmount"))


def _transition(
    allowed: tuple[int, ...], target: int, stamp: str | None = None
) -> Callable[[Context, ParsedRequest], Reply]:
    def handler(ctx: Context, request: ParsedRequest) -> Reply:
        order = _order(ctx, request)
        _move(order, allowed, target)
        if stamp:
            order[stamp] = request.query.get("delivered_date") or _now_ms()
        return ctx.reply(request.operation, order)

    return handler


def verify(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body or {}
    order = _order(ctx, request)
    if body.get("verify", True):
        _move(order, (RECEIVED, FINISHED), FINISHED)
    if body.get("externalInvoiceReference") is not None:
        order["externalInvoiceReference"] = body["externalInvoiceReference"]
    return ctx.reply(request.operation, order)


def _created(ctx: Context, order: Item) -> None:
    order["state"] = NEW
    for stamp in ("orderSentDate", "deliveredDate"):  # a new order was neither sent nor delivered
        order.pop(stamp, None)
    order["articles"] = [_article_fields(row) for row in _rows(order)]
    for row in _rows(order):  # row ids are the server's (sent ones only matter for updates)
        row["id"] = ctx.gen.next_int()
    order["productCount"] = len(_rows(order))


def _row_schema(ctx: Context) -> SchemaRef | None:
    schema = ctx.resources[ORDERS].schema
    articles = ctx.schemas.property(schema, "articles") if schema is not None else None
    return ctx.schemas.items(articles) if articles is not None else None


def _article_fields(row: Item) -> Item:
    """``row`` without an empty ``articleId``: a row without one is a free-text row (PurchaseOrderArticle),
    and an id ``""`` names no article (nor could a URL address it)."""
    return {k: v for k, v in row.items() if not (k == "articleId" and v == "")}


def _new_row(ctx: Context, data: Item) -> Item:
    """A row as the server stores it: the posted fields, its defaults and read-only fields, a new id."""
    data = _article_fields(data)
    schema = _row_schema(ctx)
    row = ctx.records.build(schema, data, schema) if schema is not None else dict(data)
    row["id"] = ctx.gen.next_int()
    return row


def _rows(order: Item) -> list[Item]:
    rows = order.get("articles")
    if not isinstance(rows, list):
        rows = order["articles"] = []
    return rows


def add_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    _rows(order).append(_new_row(ctx, request.body or {}))
    order["productCount"] = len(_rows(order))
    ctx.merge(ORDERS, order, {"articles": _rows(order)})
    return ctx.reply(request.operation, order)


def update_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    body = request.body or {}
    row = _find_row(order, body)
    row.update(_article_fields(body))
    ctx.merge(ORDERS, order, {"articles": _rows(order)})
    return ctx.reply(request.operation, order)


def remove_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    row = _find_row(order, request.body or {})
    _rows(order).remove(row)
    order["productCount"] = len(_rows(order))
    return ctx.reply(request.operation, order)


def _find_row(order: Item, body: Item) -> Item:
    for row in _rows(order):
        if body.get("id") is not None and row.get("id") == body.get("id"):
            return row
        if body.get("articleId") is not None and str(row.get("articleId")) == str(body.get("articleId")):
            return row
    raise HttpError((404, 400), f"no such row on purchase order {order.get('id')}", kind="not_found", field="articleId")


def deliver_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    body = request.body or {}
    row = _find_row(order, {"id": body.get("id")})
    # "Repeated calls add to the quantity already delivered"; an absent amount is 0 (x-server-default).
    row["deliveredAmount"] = (row.get("deliveredAmount") or 0) + body.get("deliveredAmount", 0)
    return ctx.reply(request.operation, body)  # the spec's answer is the delivery that was recorded


def deliver_all(ctx: Context, request: ParsedRequest) -> Reply:
    _transition((SENT, RECEIVED), RECEIVED, "deliveredDate")(ctx, request)
    return ctx.synthesize(request.operation)


def set_rate(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    for row in _rows(order):
        row["rate"] = (request.body or {}).get("rate")
    ctx.merge(ORDERS, order, {"articles": _rows(order)})
    return ctx.reply(request.operation, order)


def printout(ctx: Context, request: ParsedRequest) -> Reply:
    _order(ctx, request)
    return ctx.synthesize(request.operation)


def list_order_products(ctx: Context, request: ParsedRequest) -> Reply:
    rows = _rows(_order(ctx, request))
    page, info = ctx.paginate(request.operation, request.query, rows)
    return ctx.reply_page(request.operation, page, info)


def list_batches(ctx: Context, request: ParsedRequest) -> Reply:
    row = _find_row(_order(ctx, request), {"articleId": request.path["article_id"]})
    return ctx.reply(request.operation, row.get("batches") or [])


def _new_order(ctx: Context, fields: Item, rows: list[Item]) -> Item:
    order = ctx.new_item(ORDERS, {**fields, "state": NEW})
    order["articles"] = []
    for row in rows:
        _rows(order).append(_new_row(ctx, {**row, "deliveredAmount": 0}))
    ctx.merge(ORDERS, order, {"articles": _rows(order)})
    order["productCount"] = len(_rows(order))
    return order


def from_source_order(field: str) -> Callable[[Context, ParsedRequest], Reply]:
    def handler(ctx: Context, request: ParsedRequest) -> Reply:
        body = request.body or {}
        order = _new_order(ctx, {field: body.get(field)}, list(body.get("articles") or []))
        return ctx.reply(request.operation, order)

    return handler


def add_articles(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body or {}
    rows = list(body.get("articles") or [])
    order = ctx.collection(ORDERS).get(body["orderId"]) if body.get("orderId") is not None else None
    if body.get("orderId") is not None and order is None:
        raise ctx.not_found(f"purchase order {body['orderId']}")
    if order is None:
        order = _new_order(ctx, {"supplierId": body.get("supplierId")}, rows)
    else:
        _rows(order).extend(_new_row(ctx, row) for row in rows)
        ctx.merge(ORDERS, order, {"articles": _rows(order)})
        order["productCount"] = len(_rows(order))
    return ctx.reply(request.operation, order)


def add_open_article(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    if body["articleId"] == "":
        # No article has an empty id, and `DELETE .../open/products/{article_id}` could never address one.
        raise ctx.invalid("articleId names no article", field="articleId")
    amount = body.get("amount") or 0
    existing = ctx.collection(OPEN).find(articleId=body["articleId"])
    if existing is not None:
        existing["orderedAmount"] = (existing.get("orderedAmount") or 0) + amount
    else:
        # Name, supplier and prices are the article's (generated); quantity and orders are ours.
        on_orders = [
            {"id": o["id"], "poReference": o.get("poReference")}
            for o in ctx.collection(ORDERS)
            if any(str(a.get("articleId")) == str(body["articleId"]) for a in _rows(o))
        ]
        fields = {"articleId": body["articleId"], "orderedAmount": amount, "orders": on_orders}
        ctx.new_item(OPEN, {**fields, "bundled": False, "bundleParts": []})
    return ctx.synthesize(request.operation)


def remove_open_article(ctx: Context, request: ParsedRequest) -> Reply:
    opened = ctx.collection(OPEN)
    article = opened.find(articleId=request.path["article_id"])
    if article is None:
        raise ctx.not_found(f"article {request.path['article_id']} on the open purchase order")
    opened.delete(article[opened.id_field])
    return ctx.synthesize(request.operation)


def move_open_article(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    opened = ctx.collection(OPEN)
    article = opened.find(articleId=body.get("articleId"))
    if article is None:
        raise ctx.not_found(f"article {body.get('articleId')} on the open purchase order")
    opened.delete(article[opened.id_field])
    row = {"articleId": body.get("articleId"), "orderedAmount": body.get("amount"), "purchasePrice": body.get("price")}
    order = ctx.collection(ORDERS).get(body["orderId"]) if body.get("orderId") is not None else None
    if order is None:
        _new_order(ctx, {"supplierId": body.get("supplierId")}, [row])
    else:
        _rows(order).append(_new_row(ctx, row))
        order["productCount"] = len(_rows(order))
    return ctx.synthesize(request.operation)


def _realistic_seed(ctx: Context) -> None:
    """Seeded orders get sequential references and a coherent state."""
    for number, order in enumerate(ctx.collection(ORDERS), start=1):
        order["poReference"] = f"PO-{number:05d}"
        order["state"] = number % 5
        if order["state"] != NEW:
            order["orderSentDate"] = order.get("deliveryDate", 0) - 14 * 86_400_000
        if order["state"] in (RECEIVED, FINISHED):
            order["deliveredDate"] = order.get("deliveryDate", 0)
        order["productCount"] = len(_rows(order))


BEHAVIOUR = Behaviour(
    error_body=error_body,
    credentials={
        "store": "demo-store",
        "api_key": "demo-api-key",
        "user_id": "demo-user",
        "user_token": "demo-user-token",
    },
    auth_statuses=(401, 400),
    actions={
        "get_purchase_order_by_po_ref": Action("get", ORDERS, ("path", "po_ref"), id_field="poReference"),
    },
    handlers={
        "list_purchase_orders": list_orders,
        "list_purchase_orders_by_state": list_orders,
        "get_order_value_by_state": list_orders,
        "list_purchase_orders_with_article": list_with_article,
        "list_last_delivered_purchase_orders_for_article": last_delivered,
        "list_dropshipment_orders_for_customer_order": dropshipment,
        "get_dropshipment_order_for_supplier": dropshipment,
        "get_available_po_ref": next_po_ref,
        "send_purchase_order": _transition((NEW, SENT), SENT, "orderSentDate"),
        "deliver_purchase_order": _transition((SENT, RECEIVED), RECEIVED, "deliveredDate"),
        "cancel_purchase_order": _transition((NEW, SENT, RECEIVED, CANCELLED), CANCELLED),
        "verify_purchase_order": verify,
        "deliver_article": deliver_row,
        "deliver_all_articles": deliver_all,
        "update_rate": set_rate,
        "print_purchase_order": printout,
        "print_purchase_order_verification": printout,
        "print_labels": printout,
        "list_purchase_order_products": list_order_products,
        "list_purchase_order_batch_products": list_batches,
        "add_row_to_purchase_order": add_row,
        "create_article": add_row,
        "update_purchase_order_product": update_row,
        "remove_purchase_order_product": remove_row,
        "add_articles_to_purchase_order": add_articles,
        "create_purchase_order_from_customer_order": from_source_order("customerOrderId"),
        "create_purchase_orders_from_production_order": from_source_order("productionOrderId"),
        "add_article_to_open_order": add_open_article,
        "remove_article_from_open_order": remove_open_article,
        "move_article_from_open_order": move_open_article,
    },
    after_seed=_realistic_seed,
    on_create={ORDERS: _created},
)
