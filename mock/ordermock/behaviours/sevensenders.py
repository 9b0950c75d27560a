"""Seven Senders Portal: JWTs from ``POST /token``, orders, order states, shipments and labels.

What the spec cannot say: the token exchange, that a state change finds the order by the shop's
``order_id``, that a shipment moves its order to ``shipped``, when an order is ``completed``, and
how the list filters on ``order_date`` select.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._behaviour import Behaviour, Reply
from .._context import Context
from .._requests import HttpError, ParsedRequest
from ._orders import error_body, moment, record_state, seed_shipments, settle_completion, tag_pairs

ORDERS = "/orders"
SHIPMENTS = "/shipments"


def create_token(ctx: Context, request: ParsedRequest) -> Reply:
    if not ctx.auth.access_key_ok((request.body or {}).get("access_key")):
        raise HttpError((401,), "Invalid access key", kind="auth")
    return ctx.reply(request.operation, {"token": ctx.auth.issue_token()})


def _order_by_reference(ctx: Context, reference: Any) -> dict[str, Any]:
    order = ctx.collection(ORDERS).find(order_id=reference)
    if order is None:
        raise ctx.not_found(f"order {reference}")
    return order


def create_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.create(ORDERS, request, tag_pairs(request.body))
    order["state"] = "new"
    return ctx.reply(request.operation, order, Location=ctx.location(ORDERS, order))


def list_orders(ctx: Context, request: ParsedRequest) -> Reply:
    # The vendor documents no paging for GET /orders (its page size and paging parameters, if any,
    # are unknown) and the spec declares none, so every matching order is returned: a page size of
    # our own would silently drop orders a client has no way to ask for.
    query = request.query
    orders = ctx.filtered(ORDERS, {name: query[name] for name in ("order_id", "state") if name in query})
    # API-Platform date filters, as the published integration uses them: both bounds inclusive.
    before, after = moment(query.get("order_date[before]")), moment(query.get("order_date[after]"))
    if before is not None or after is not None:
        orders = [o for o in orders if _within(moment(o.get("order_date")), after, before)]
    items, page = ctx.paginate(request.operation, query, orders)
    return ctx.reply_page(request.operation, items, page)


def _within(when: dt.datetime | None, after: dt.datetime | None, before: dt.datetime | None) -> bool:
    return when is not None and (after is None or when >= after) and (before is None or when <= before)


def create_order_state(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    order = _order_by_reference(ctx, body["order_id"])
    record_state(order, body["state"], body["datetime"], body.get("location"))
    return ctx.reply(request.operation, None, Location=ctx.location(ORDERS, order))


def update_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.lookup(ctx.actions[request.operation.operation_id], request)
    ctx.update(ORDERS, order, tag_pairs(request.body))
    shipments = [s for s in ctx.collection(SHIPMENTS) if s.get("order_id") == order.get("order_id")]
    settle_completion(order, shipments)
    return ctx.reply(request.operation, order)


def _shipped(ctx: Context, shipment: dict[str, Any]) -> None:
    order = ctx.collection(ORDERS).find(order_id=shipment.get("order_id"))
    if order is not None:
        order["state"] = "shipped"


def create_label(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    tracking = f"JJD{ctx.gen.next_int():012d}"
    label = {
        "tracking_code": tracking,
        "label_url": f"https://labels.example.com/{tracking}.{body.get('format', 'pdf')}",
        "carrier": body.get("carrier"),
        "order_id": body.get("order_id"),
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
    after_seed=seed_shipments(ORDERS, SHIPMENTS, "order_id"),
    unique={ORDERS: ("order_id",), SHIPMENTS: ("reference_number",)},
)
