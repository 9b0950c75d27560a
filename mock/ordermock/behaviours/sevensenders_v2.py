"""Seven Senders legacy v2: ``API-KEY`` header, form bodies, ``.json`` paths, ``location`` headers.

What the spec cannot say: bulk delete by shop-order date range, state changes found by
``shop_order_id``, that form flags sent as 0 / 1 and tags sent as JSON text are stored (and read
back) as booleans and name/content pairs, and the completion rule shared with the Portal API.
"""

from __future__ import annotations

from typing import Any

from .._behaviour import Behaviour, Reply
from .._bindings import MockNames
from .._context import Context
from .._json import JsonSyntaxError, parse_json
from .._requests import ParsedRequest
from .._text import TextError
from . import _orders
from ._orders import error_body, moment, record_state, seed_shipments, settle_completion, tag_pairs

NAMES = MockNames(__name__)
ORDERS = NAMES.collection("/orders")
SHIPMENTS = NAMES.collection("/shipments")
ID, SHOP_ORDER, SHOP_ORDER_DATE, LANGUAGE, SHOP_ORDER_URL, STATE, DAYS_SINCE_STATE, TAGS = NAMES.fields(
    "Order",
    *("id", "shop_order_id", "shop_order_date", "language", "shop_order_url", "state", "daysFromStatusChanged"),
    "order_tags",
)
NAMES.fields("Order", _orders.ID, _orders.STATE, _orders.HISTORY, _orders.BOARDING_COMPLETE)
NAMES.fields("State", *_orders.HISTORY_FIELDS)
NAMES.fields("Tag", *_orders.TAG_FIELDS)
#: Yes/no form fields, sent as 0 / 1 (``FormBoolean``) and read back as JSON booleans.
ORDER_FLAGS = NAMES.fields("Order", "boarding_complete")
SHIPMENT_FLAGS = NAMES.fields("Shipment", "return_parcel", "pickup_point_selected")
FLAGS = (*ORDER_FLAGS, *SHIPMENT_FLAGS)
# The spec leaves the error body and the state names open (any object, any string): the mock's own choice.
NEW, SHIPPED = "new", "shipped"
(SHIPMENT_ORDER,) = NAMES.fields("Shipment", "shop_order_id")
for _form in ("create_order", "update_order"):
    NAMES.body(_form, TAGS, *ORDER_FLAGS)
for _form in ("create_shipment", "update_shipment"):
    NAMES.body(_form, *SHIPMENT_FLAGS)
DATE_FROM, DATE_TO, BY_LANGUAGE, BY_URL = (
    NAMES.query(f"filters[{name}]", "delete_orders")
    for name in ("shop_order_date_from", "shop_order_date_to", "language", "shop_order_url")
)
STATE_ORDER, STATE_NAME, STATE_AT, STATE_WHERE = NAMES.body(
    "create_order_state", "shop_order_id", "state", "datetime", "location"
)


def _stored(ctx: Context, body: Any) -> Any:
    """A form body as the server stores it: 0/1 flags as booleans, and ``order_tags`` (a JSON object
    as text) as name/content pairs.

    The spec types the tags as any text, so text that is no JSON object stores no tags; JSON the
    mock refuses anywhere (too deep, NaN, 1e999, a lone surrogate, a repeated key) is a 400 here too.
    """
    if not isinstance(body, dict):
        return body
    body = {name: bool(value) if name in FLAGS else value for name, value in body.items()}
    if isinstance(body.get(TAGS), str):
        try:
            tags = parse_json(body[TAGS], what=f"form field {TAGS!r}")
        except JsonSyntaxError:
            tags = None
        except TextError as exc:
            raise ctx.invalid(exc.message, TAGS) from exc
        body[TAGS] = tags if isinstance(tags, dict) else {}
    return tag_pairs(body)


def delete_orders(ctx: Context, request: ParsedRequest) -> Reply:
    query = request.query
    start = moment(query.get(DATE_FROM))
    end = moment(query.get(DATE_TO))
    orders = ctx.collection(ORDERS)
    doomed = []
    for order in orders:
        when = moment(order.get(SHOP_ORDER_DATE))
        if when is None or start is None or end is None or not start <= when <= end:
            continue
        if query.get(BY_LANGUAGE) not in (None, order.get(LANGUAGE)):
            continue
        if query.get(BY_URL) not in (None, order.get(SHOP_ORDER_URL)):
            continue
        doomed.append(order)
    if not doomed:
        raise ctx.not_found("orders in that date range")
    for order in doomed:
        orders.delete(order[ID])
    return Reply(204, None, {}, None)


def create_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.create(ORDERS, request, _stored(ctx, request.body))
    order[STATE] = NEW  # no shipments and no state history yet (empty lists from the create)
    order[DAYS_SINCE_STATE] = 0
    return ctx.reply(request.operation, order, location=ctx.location(ORDERS, order))


def create_shipment(ctx: Context, request: ParsedRequest) -> Reply:
    shipment = ctx.create(SHIPMENTS, request, _stored(ctx, request.body))
    order = ctx.collection(ORDERS).find(**{SHOP_ORDER: shipment.get(SHIPMENT_ORDER)})
    if order is not None:
        order[STATE] = SHIPPED
    return ctx.reply(request.operation, None, location=ctx.location(SHIPMENTS, shipment))


def create_order_state(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    order = ctx.collection(ORDERS).find(**{SHOP_ORDER: body[STATE_ORDER]})
    if order is None:
        raise ctx.not_found(f"order {body[STATE_ORDER]}")
    record_state(order, body[STATE_NAME], body[STATE_AT], body.get(STATE_WHERE))
    return ctx.reply(request.operation, None, location=ctx.location(ORDERS, order))


def update_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.lookup(ctx.actions[request.operation.operation_id], request)
    ctx.update(ORDERS, order, _stored(ctx, request.body))
    shipments = [s for s in ctx.collection(SHIPMENTS) if s.get(SHIPMENT_ORDER) == order.get(SHOP_ORDER)]
    settle_completion(order, shipments)
    return ctx.reply(request.operation, order)


def update_shipment(ctx: Context, request: ParsedRequest) -> Reply:
    shipment = ctx.lookup(ctx.actions[request.operation.operation_id], request)
    ctx.update(SHIPMENTS, shipment, _stored(ctx, request.body))
    return ctx.reply(request.operation, shipment)


BEHAVIOUR = Behaviour(
    error_body=error_body,
    credentials={"API-KEY": "demo-api-key"},
    handlers={
        "delete_orders": delete_orders,
        "create_order": create_order,
        "create_shipment": create_shipment,
        "create_order_state": create_order_state,
        "update_order": update_order,
        "update_shipment": update_shipment,
    },
    names=NAMES,
    after_seed=seed_shipments(ORDERS, SHIPMENTS, SHOP_ORDER),
)
