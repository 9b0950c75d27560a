"""Seven Senders Portal: JWTs from ``POST /token``, orders, order states, shipments and labels.

What the spec cannot say: the token exchange, that a state change finds the order by the shop's
``order_id``, that a shipment moves its order to ``shipped``, when an order is ``completed``, and
how the list filters on ``order_date`` select.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._behaviour import Behaviour, Reply
from .._bindings import MockNames
from .._context import Context
from .._requests import HttpError, ParsedRequest
from . import _orders
from ._orders import error_body, moment, record_state, seed_shipments, settle_completion, tag_pairs

NAMES = MockNames(__name__)
ORDERS = NAMES.collection("/orders")
SHIPMENTS = NAMES.collection("/shipments")
ORDER_ID, ORDER_DATE, STATE = NAMES.fields("Order", "order_id", "order_date", "state")
NAMES.fields("Order", _orders.ID, _orders.STATE, _orders.BOARDING_COMPLETE, _orders.TAGS)
NAMES.fields("OrderTag", *_orders.TAG_FIELDS)
# The spec leaves the error body and the state names open (any object, any string): the mock's own choice.
NEW, SHIPPED = "new", "shipped"
SHIPMENT_ORDER, SHIPMENT_REFERENCE = NAMES.fields("Shipment", "order_id", "reference_number")
(ACCESS_KEY,) = NAMES.body("create_token", "access_key")
(TOKEN,) = NAMES.response("create_token", "token")
FILTERS = (NAMES.query("order_id", "list_orders"), NAMES.query("state", "list_orders"))
BEFORE = NAMES.query("order_date[before]", "list_orders")
AFTER = NAMES.query("order_date[after]", "list_orders")
STATE_ORDER, STATE_NAME, STATE_AT, STATE_WHERE = NAMES.body(
    "create_order_state", "order_id", "state", "datetime", "location"
)
LABEL_ORDER, LABEL_CARRIER, LABEL_FORMAT = NAMES.body("create_label", "order_id", "carrier", "format")
# The spec leaves the label's keys open (its fields are not documented): the mock's own choice.
TRACKING, LABEL_URL = "tracking_code", "label_url"


def create_token(ctx: Context, request: ParsedRequest) -> Reply:
    if not ctx.auth.access_key_ok((request.body or {}).get(ACCESS_KEY)):
        raise HttpError((401,), "Invalid access key", kind="auth")
    return ctx.reply(request.operation, {TOKEN: ctx.auth.issue_token()})


def _order_by_reference(ctx: Context, reference: Any) -> dict[str, Any]:
    order = ctx.collection(ORDERS).find(**{ORDER_ID: reference})
    if order is None:
        raise ctx.not_found(f"order {reference}")
    return order


def create_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.create(ORDERS, request, tag_pairs(request.body))
    order[STATE] = NEW
    return ctx.reply(request.operation, order, Location=ctx.location(ORDERS, order))


def list_orders(ctx: Context, request: ParsedRequest) -> Reply:
    # The vendor documents no paging for GET /orders (its page size and paging parameters, if any,
    # are unknown) and the spec declares none, so every matching order is returned: a page size of
    # our own would silently drop orders a client has no way to ask for.
    query = request.query
    orders = ctx.filtered(ORDERS, {name: query[name] for name in FILTERS if name in query})
    # API-Platform date filters, as the published integration uses them: both bounds inclusive.
    before, after = moment(query.get(BEFORE)), moment(query.get(AFTER))
    if before is not None or after is not None:
        orders = [o for o in orders if _within(moment(o.get(ORDER_DATE)), after, before)]
    items, page = ctx.paginate(request.operation, query, orders)
    return ctx.reply_page(request.operation, items, page)


def _within(when: dt.datetime | None, after: dt.datetime | None, before: dt.datetime | None) -> bool:
    return when is not None and (after is None or when >= after) and (before is None or when <= before)


def create_order_state(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    order = _order_by_reference(ctx, body[STATE_ORDER])
    record_state(order, body[STATE_NAME], body[STATE_AT], body.get(STATE_WHERE))
    return ctx.reply(request.operation, None, Location=ctx.location(ORDERS, order))


def update_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.lookup(ctx.actions[request.operation.operation_id], request)
    ctx.update(ORDERS, order, tag_pairs(request.body))
    shipments = [s for s in ctx.collection(SHIPMENTS) if s.get(SHIPMENT_ORDER) == order.get(ORDER_ID)]
    settle_completion(order, shipments)
    return ctx.reply(request.operation, order)


def _shipped(ctx: Context, shipment: dict[str, Any]) -> None:
    order = ctx.collection(ORDERS).find(**{ORDER_ID: shipment.get(SHIPMENT_ORDER)})
    if order is not None:
        order[STATE] = SHIPPED


def create_label(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    tracking = f"JJD{ctx.gen.next_int():012d}"
    label = {
        TRACKING: tracking,
        LABEL_URL: f"https://labels.example.com/{tracking}.{body.get(LABEL_FORMAT, 'pdf')}",
        LABEL_CARRIER: body.get(LABEL_CARRIER),
        LABEL_ORDER: body.get(LABEL_ORDER),
    }
    return ctx.reply(request.operation, label)


BEHAVIOUR = Behaviour(
    error_body=error_body,
    # No signing key here: each app signs its tokens with 32 random bytes of its own (see _auth).
    credentials={"access_key": "demo-access-key"},
    handlers={
        "create_token": create_token,
        "create_order": create_order,
        "list_orders": list_orders,
        "create_order_state": create_order_state,
        "update_order": update_order,
        "create_label": create_label,
    },
    on_create={SHIPMENTS: _shipped},
    names=NAMES,
    after_seed=seed_shipments(ORDERS, SHIPMENTS, ORDER_ID),
    unique={ORDERS: (ORDER_ID,), SHIPMENTS: (SHIPMENT_REFERENCE,)},
)
