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
from .._bindings import MockNames
from .._context import Context
from .._requests import HttpError, ParsedRequest
from .._spec import SchemaRef

# Every spec name this module reads, declared once and checked against the spec when an app is created.
NAMES = MockNames(__name__)
ORDERS = NAMES.collection("/purchase_orders")
OPEN = NAMES.collection("/purchase_orders/open/products")
NEW, SENT, RECEIVED, FINISHED, CANCELLED = (NAMES.value("PurchaseOrderState", n) for n in range(5))
ALL_STATES = NAMES.value("PurchaseOrderStateFilter", -1)
DESCENDING = NAMES.value("SortOrder", "desc")

# Parameters, with the operations whose handlers read them.
_BY_STATE = ("list_purchase_orders_by_state", "get_order_value_by_state")
_SORTED = ("list_purchase_orders", "list_purchase_orders_by_state", "list_purchase_orders_with_article")
_ON_AN_ORDER = (
    *("send_purchase_order", "deliver_purchase_order", "cancel_purchase_order", "verify_purchase_order"),
    *("deliver_article", "deliver_all_articles", "update_rate", "print_purchase_order", "print_labels"),
    *("print_purchase_order_verification", "list_purchase_order_products", "list_purchase_order_batch_products"),
    *("add_row_to_purchase_order", "create_article", "update_purchase_order_product"),
    "remove_purchase_order_product",
)
STATE_QUERY = NAMES.query("state", "list_purchase_orders")
STATE_PATH = NAMES.path("state", *_BY_STATE)
SUPPLIER_QUERY = NAMES.query("supplier_id", "list_purchase_orders", *_BY_STATE)
TEXT_QUERY = NAMES.query("query", "list_purchase_orders", "get_order_value_by_state")
SORT_COLUMN = NAMES.query("sort_column", *_SORTED)
SORT_ORDER = NAMES.query("order", *_SORTED)
MAX_STATE = NAMES.query("max_state", "list_purchase_orders_with_article")
DELIVERED_DATE = NAMES.query("delivered_date", "deliver_purchase_order")
ORDER_ID = NAMES.path("order_id", *_ON_AN_ORDER)
ARTICLE_ID_PATH = NAMES.path(
    "article_id",
    "list_purchase_orders_with_article",
    "list_last_delivered_purchase_orders_for_article",
    "list_purchase_order_batch_products",
    "remove_article_from_open_order",
)
CUSTOMER_ORDER_PATH = NAMES.path(
    "customer_order_id", "list_dropshipment_orders_for_customer_order", "get_dropshipment_order_for_supplier"
)
SUPPLIER_PATH = NAMES.path("supplier_id", "get_dropshipment_order_for_supplier")

# Fields of a stored purchase order, of its rows, and of an article on the open purchase order.
(
    ID,
    STATE,
    PO_REF,
    SUPPLIER_ID,
    SUPPLIER_NAME,
    SENT_DATE,
    DELIVERY_DATE,
    CONFIRMED_DATE,
    DELIVERED_DATE_FIELD,
    PRODUCT_COUNT,
    CUSTOMER_ORDER_ID,
    PRODUCTION_ORDER_ID,
    INVOICE_REFERENCE,
    ROWS,
) = NAMES.fields(
    "PurchaseOrder",
    *("id", "state", "poReference", "supplierId", "supplierName", "orderSentDate", "deliveryDate"),
    *("confirmedDeliveryDate", "deliveredDate", "productCount", "customerOrderId", "productionOrderId"),
    *("externalInvoiceReference", "articles"),
)
ROW_ID, ARTICLE_ID, ORDERED_AMOUNT, DELIVERED_AMOUNT, PURCHASE_PRICE, RATE, BATCHES = NAMES.fields(
    "PurchaseOrder.articles", "id", "articleId", "orderedAmount", "deliveredAmount", "purchasePrice", "rate", "batches"
)
OPEN_ARTICLE, OPEN_AMOUNT, OPEN_ORDERS, BUNDLED, BUNDLE_PARTS = NAMES.fields(
    "OpenPurchaseOrderArticleResponse", "articleId", "orderedAmount", "orders", "bundled", "bundleParts"
)
NAMES.fields("OpenPurchaseOrderArticleResponse.orders", ID, PO_REF)
(NEXT_PO_REF,) = NAMES.response("get_available_po_ref", "poReference")

# Request bodies.
VERIFY, VERIFY_INVOICE_REFERENCE = NAMES.body("verify_purchase_order", "verify", "externalInvoiceReference")
DELIVERY_ROW, DELIVERY_AMOUNT = NAMES.body("deliver_article", "id", "deliveredAmount")
(NEW_RATE,) = NAMES.body("update_rate", "rate")
ROW_BODY = ("update_purchase_order_product", "remove_purchase_order_product")
for _operation in ROW_BODY:
    NAMES.body(_operation, ROW_ID, ARTICLE_ID)
ADD_TO_ORDER, ADD_SUPPLIER, ADD_ROWS = NAMES.body("add_articles_to_purchase_order", "orderId", "supplierId", "articles")
OPEN_ADD_ARTICLE, OPEN_ADD_AMOUNT = NAMES.body("add_article_to_open_order", "articleId", "amount")
MOVE_ARTICLE, MOVE_AMOUNT, MOVE_PRICE, MOVE_TO_ORDER, MOVE_SUPPLIER = NAMES.body(
    "move_article_from_open_order", "articleId", "amount", "price", "orderId", "supplierId"
)
NAMES.body("create_purchase_order_from_customer_order", CUSTOMER_ORDER_ID, ROWS)
NAMES.body("create_purchase_orders_from_production_order", PRODUCTION_ORDER_ID, ROWS)

#: ``sort_column`` values (PurchaseOrderSortColumn) -> the field they sort by.
SORT_FIELDS = {
    NAMES.value("PurchaseOrderSortColumn", column): field
    for column, field in (
        ("id", ID),
        ("po_ref", PO_REF),
        ("delivery_date", DELIVERY_DATE),
        ("confirmed_delivery_date", CONFIRMED_DATE),
        ("delivered_date", DELIVERED_DATE_FIELD),
        ("supplier", SUPPLIER_NAME),
    )
}
DEFAULT_SORT = NAMES.value("PurchaseOrderSortColumn", "po_ref")

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
    order = ctx.collection(ORDERS).get(request.path.get(ORDER_ID))
    if order is None:
        raise ctx.not_found(f"purchase order {request.path.get(ORDER_ID)}")
    return order


def _page_of(ctx: Context, request: ParsedRequest, orders: list[Item]) -> Reply:
    query = request.query
    column = SORT_FIELDS.get(str(query.get(SORT_COLUMN, DEFAULT_SORT)), PO_REF)
    orders = sorted(
        orders, key=lambda o: (o.get(column) is None, str(o.get(column))), reverse=query.get(SORT_ORDER) == DESCENDING
    )
    page, info = ctx.paginate(request.operation, query, orders)
    return ctx.reply_page(request.operation, page, info)


def _filtered(ctx: Context, request: ParsedRequest, **fields: Any) -> list[Item]:
    query = request.query
    orders = list(ctx.collection(ORDERS))
    state = fields.pop(STATE, query.get(STATE_QUERY, ALL_STATES))
    if state is not None and state != ALL_STATES:
        orders = [o for o in orders if o.get(STATE) == state]
    if query.get(SUPPLIER_QUERY) is not None:
        fields[SUPPLIER_ID] = query[SUPPLIER_QUERY]
    for name, value in fields.items():
        orders = [o for o in orders if str(o.get(name)) == str(value)]
    text = str(query.get(TEXT_QUERY) or "").lower()
    if text:
        orders = [o for o in orders if text in f"{o.get(PO_REF)} {o.get(SUPPLIER_NAME)}".lower()]
    return orders


def list_orders(ctx: Context, request: ParsedRequest) -> Reply:
    state = request.path.get(STATE_PATH, request.query.get(STATE_QUERY))
    return _page_of(ctx, request, _filtered(ctx, request, **{STATE: state}))


def list_with_article(ctx: Context, request: ParsedRequest) -> Reply:
    article = str(request.path[ARTICLE_ID_PATH])
    max_state = request.query.get(MAX_STATE)
    orders = [
        o
        for o in _filtered(ctx, request, **{STATE: None})
        if any(str(a.get(ARTICLE_ID)) == article for a in o.get(ROWS) or [])
        and (max_state is None or int(o.get(STATE, 0)) <= int(max_state))
    ]
    return _page_of(ctx, request, orders)


def last_delivered(ctx: Context, request: ParsedRequest) -> Reply:
    article = str(request.path[ARTICLE_ID_PATH])
    delivered = [
        o
        for o in ctx.collection(ORDERS)
        if o.get(STATE) in (RECEIVED, FINISHED) and any(str(a.get(ARTICLE_ID)) == article for a in o.get(ROWS) or [])
    ]
    delivered.sort(key=lambda o: o.get(DELIVERED_DATE_FIELD) or 0, reverse=True)
    return _page_of(ctx, request, delivered[:1])


def dropshipment(ctx: Context, request: ParsedRequest) -> Reply:
    fields = {STATE: None, CUSTOMER_ORDER_ID: request.path[CUSTOMER_ORDER_PATH]}
    if SUPPLIER_PATH in request.path:
        fields[SUPPLIER_ID] = request.path[SUPPLIER_PATH]
    return _page_of(ctx, request, _filtered(ctx, request, **fields))


def next_po_ref(ctx: Context, request: ParsedRequest) -> Reply:
    orders = ctx.collection(ORDERS)
    number = len(orders) + 1
    while orders.find(**{PO_REF: f"PO-{number:05d}"}) is not None:
        number += 1
    return ctx.reply(request.operation, {NEXT_PO_REF: f"PO-{number:05d}"})


def _move(order: Item, allowed: tuple[int, ...], target: int) -> None:
    if order.get(STATE) not in allowed:
        raise HttpError(
            (409, 400),
            f"purchase order {order.get(ID)} is in state {order.get(STATE)}",
            kind="conflict",
            field=STATE,
        )
    order[STATE] = target
    if target in (RECEIVED, FINISHED):
        for row in order.get(ROWS) or []:
            row[DELIVERED_AMOUNT] = row.get(ORDERED_AMOUNT, row.get(DELIVERED_AMOUNT))


def _transition(
    allowed: tuple[int, ...], target: int, stamp: str | None = None
) -> Callable[[Context, ParsedRequest], Reply]:
    def handler(ctx: Context, request: ParsedRequest) -> Reply:
        order = _order(ctx, request)
        _move(order, allowed, target)
        if stamp:
            order[stamp] = request.query.get(DELIVERED_DATE) or _now_ms()
        return ctx.reply(request.operation, order)

    return handler


def verify(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body or {}
    order = _order(ctx, request)
    if body.get(VERIFY, True):
        _move(order, (RECEIVED, FINISHED), FINISHED)
    if body.get(VERIFY_INVOICE_REFERENCE) is not None:
        order[INVOICE_REFERENCE] = body[VERIFY_INVOICE_REFERENCE]
    return ctx.reply(request.operation, order)


def _created(ctx: Context, order: Item) -> None:
    order[STATE] = NEW
    for stamp in (SENT_DATE, DELIVERED_DATE_FIELD):  # a new order was neither sent nor delivered
        order.pop(stamp, None)
    order[ROWS] = [_article_fields(row) for row in _rows(order)]
    for row in _rows(order):  # row ids are the server's (sent ones only matter for updates)
        row[ROW_ID] = ctx.gen.next_int()
    order[PRODUCT_COUNT] = len(_rows(order))


def _row_schema(ctx: Context) -> SchemaRef | None:
    schema = ctx.resources[ORDERS].schema
    articles = ctx.schemas.property(schema, ROWS) if schema is not None else None
    return ctx.schemas.items(articles) if articles is not None else None


def _article_fields(row: Item) -> Item:
    """``row`` without an empty ``articleId``: a row without one is a free-text row (PurchaseOrderArticle),
    and an id ``""`` names no article (nor could a URL address it)."""
    return {k: v for k, v in row.items() if not (k == ARTICLE_ID and v == "")}


def _new_row(ctx: Context, data: Item) -> Item:
    """A row as the server stores it: the posted fields, its defaults and read-only fields, a new id."""
    data = _article_fields(data)
    schema = _row_schema(ctx)
    row = ctx.records.build(schema, data, schema) if schema is not None else dict(data)
    row[ROW_ID] = ctx.gen.next_int()
    return row


def _rows(order: Item) -> list[Item]:
    rows = order.get(ROWS)
    if not isinstance(rows, list):
        rows = order[ROWS] = []
    return rows


def add_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    _rows(order).append(_new_row(ctx, request.body or {}))
    order[PRODUCT_COUNT] = len(_rows(order))
    ctx.merge(ORDERS, order, {ROWS: _rows(order)})
    return ctx.reply(request.operation, order)


def update_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    body = request.body or {}
    row = _find_row(order, body)
    row.update(_article_fields(body))
    ctx.merge(ORDERS, order, {ROWS: _rows(order)})
    return ctx.reply(request.operation, order)


def remove_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    row = _find_row(order, request.body or {})
    _rows(order).remove(row)
    order[PRODUCT_COUNT] = len(_rows(order))
    return ctx.reply(request.operation, order)


def _find_row(order: Item, body: Item) -> Item:
    for row in _rows(order):
        if body.get(ROW_ID) is not None and row.get(ROW_ID) == body.get(ROW_ID):
            return row
        if body.get(ARTICLE_ID) is not None and str(row.get(ARTICLE_ID)) == str(body.get(ARTICLE_ID)):
            return row
    raise HttpError((404, 400), f"no such row on purchase order {order.get(ID)}", kind="not_found", field=ARTICLE_ID)


def deliver_row(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    body = request.body or {}
    row = _find_row(order, {ROW_ID: body.get(DELIVERY_ROW)})
    # "Repeated calls add to the quantity already delivered"; an absent amount is 0 (x-server-default).
    row[DELIVERED_AMOUNT] = (row.get(DELIVERED_AMOUNT) or 0) + body.get(DELIVERY_AMOUNT, 0)
    return ctx.reply(request.operation, body)  # the spec's answer is the delivery that was recorded


def deliver_all(ctx: Context, request: ParsedRequest) -> Reply:
    _transition((SENT, RECEIVED), RECEIVED, DELIVERED_DATE_FIELD)(ctx, request)
    return ctx.synthesize(request.operation)


def set_rate(ctx: Context, request: ParsedRequest) -> Reply:
    order = _order(ctx, request)
    for row in _rows(order):
        row[RATE] = (request.body or {}).get(NEW_RATE)
    ctx.merge(ORDERS, order, {ROWS: _rows(order)})
    return ctx.reply(request.operation, order)


def printout(ctx: Context, request: ParsedRequest) -> Reply:
    _order(ctx, request)
    return ctx.synthesize(request.operation)


def list_order_products(ctx: Context, request: ParsedRequest) -> Reply:
    rows = _rows(_order(ctx, request))
    page, info = ctx.paginate(request.operation, request.query, rows)
    return ctx.reply_page(request.operation, page, info)


def list_batches(ctx: Context, request: ParsedRequest) -> Reply:
    row = _find_row(_order(ctx, request), {ARTICLE_ID: request.path[ARTICLE_ID_PATH]})
    return ctx.reply(request.operation, row.get(BATCHES) or [])


def _new_order(ctx: Context, fields: Item, rows: list[Item]) -> Item:
    order = ctx.new_item(ORDERS, {**fields, STATE: NEW})
    order[ROWS] = []
    for row in rows:
        _rows(order).append(_new_row(ctx, {**row, DELIVERED_AMOUNT: 0}))
    ctx.merge(ORDERS, order, {ROWS: _rows(order)})
    order[PRODUCT_COUNT] = len(_rows(order))
    return order


def from_source_order(field: str) -> Callable[[Context, ParsedRequest], Reply]:
    def handler(ctx: Context, request: ParsedRequest) -> Reply:
        body = request.body or {}
        order = _new_order(ctx, {field: body.get(field)}, list(body.get(ROWS) or []))
        return ctx.reply(request.operation, order)

    return handler


def add_articles(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body or {}
    rows = list(body.get(ADD_ROWS) or [])
    target = body.get(ADD_TO_ORDER)
    order = ctx.collection(ORDERS).get(target) if target is not None else None
    if target is not None and order is None:
        raise ctx.not_found(f"purchase order {target}")
    if order is None:
        order = _new_order(ctx, {SUPPLIER_ID: body.get(ADD_SUPPLIER)}, rows)
    else:
        _rows(order).extend(_new_row(ctx, row) for row in rows)
        ctx.merge(ORDERS, order, {ROWS: _rows(order)})
        order[PRODUCT_COUNT] = len(_rows(order))
    return ctx.reply(request.operation, order)


def add_open_article(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    if body[OPEN_ADD_ARTICLE] == "":
        # No article has an empty id, and `DELETE .../open/products/{article_id}` could never address one.
        raise ctx.invalid("articleId names no article", field=OPEN_ADD_ARTICLE)
    amount = body.get(OPEN_ADD_AMOUNT) or 0
    article = body[OPEN_ADD_ARTICLE]
    existing = ctx.collection(OPEN).find(**{OPEN_ARTICLE: article})
    if existing is not None:
        existing[OPEN_AMOUNT] = (existing.get(OPEN_AMOUNT) or 0) + amount
    else:
        # Name, supplier and prices are the article's (generated); quantity and orders are ours.
        on_orders = [
            {ID: o[ID], PO_REF: o.get(PO_REF)}
            for o in ctx.collection(ORDERS)
            if any(str(a.get(ARTICLE_ID)) == str(article) for a in _rows(o))
        ]
        fields = {OPEN_ARTICLE: article, OPEN_AMOUNT: amount, OPEN_ORDERS: on_orders}
        ctx.new_item(OPEN, {**fields, BUNDLED: False, BUNDLE_PARTS: []})
    return ctx.synthesize(request.operation)


def remove_open_article(ctx: Context, request: ParsedRequest) -> Reply:
    opened = ctx.collection(OPEN)
    article = opened.find(**{OPEN_ARTICLE: request.path[ARTICLE_ID_PATH]})
    if article is None:
        raise ctx.not_found(f"article {request.path[ARTICLE_ID_PATH]} on the open purchase order")
    opened.delete(article[opened.id_field])
    return ctx.synthesize(request.operation)


def move_open_article(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    opened = ctx.collection(OPEN)
    article = opened.find(**{OPEN_ARTICLE: body.get(MOVE_ARTICLE)})
    if article is None:
        raise ctx.not_found(f"article {body.get(MOVE_ARTICLE)} on the open purchase order")
    opened.delete(article[opened.id_field])
    row = {
        ARTICLE_ID: body.get(MOVE_ARTICLE),
        ORDERED_AMOUNT: body.get(MOVE_AMOUNT),
        PURCHASE_PRICE: body.get(MOVE_PRICE),
    }
    target = body.get(MOVE_TO_ORDER)
    order = ctx.collection(ORDERS).get(target) if target is not None else None
    if order is None:
        _new_order(ctx, {SUPPLIER_ID: body.get(MOVE_SUPPLIER)}, [row])
    else:
        _rows(order).append(_new_row(ctx, row))
        order[PRODUCT_COUNT] = len(_rows(order))
    return ctx.synthesize(request.operation)


def _realistic_seed(ctx: Context) -> None:
    """Seeded orders get sequential references and a coherent state."""
    for number, order in enumerate(ctx.collection(ORDERS), start=1):
        order[PO_REF] = f"PO-{number:05d}"
        order[STATE] = number % 5
        if order[STATE] != NEW:
            order[SENT_DATE] = order.get(DELIVERY_DATE, 0) - 14 * 86_400_000
        if order[STATE] in (RECEIVED, FINISHED):
            order[DELIVERED_DATE_FIELD] = order.get(DELIVERY_DATE, 0)
        order[PRODUCT_COUNT] = len(_rows(order))


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
        "get_purchase_order_by_po_ref": Action(
            "get", ORDERS, ("path", NAMES.path("po_ref", "get_purchase_order_by_po_ref")), id_field=PO_REF
        ),
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
        "send_purchase_order": _transition((NEW, SENT), SENT, SENT_DATE),
        "deliver_purchase_order": _transition((SENT, RECEIVED), RECEIVED, DELIVERED_DATE_FIELD),
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
        "create_purchase_order_from_customer_order": from_source_order(CUSTOMER_ORDER_ID),
        "create_purchase_orders_from_production_order": from_source_order(PRODUCTION_ORDER_ID),
        "add_article_to_open_order": add_open_article,
        "remove_article_from_open_order": remove_open_article,
        "move_article_from_open_order": move_open_article,
    },
    after_seed=_realistic_seed,
    on_create={ORDERS: _created},
    names=NAMES,
    unique={ORDERS: (PO_REF,)},
)
