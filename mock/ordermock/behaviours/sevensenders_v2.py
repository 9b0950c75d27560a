"""Seven Senders legacy v2: ``API-KEY`` header, form bodies, ``.json`` paths, ``location`` headers.

What the spec cannot say: bulk delete by shop-order date range, state changes found by
``shop_order_id``, that form flags sent as 0 / 1 and tags sent as JSON text are stored (and read
back) as booleans and name/content pairs, and the completion rule shared with the Portal API.
"""

from __future__ import annotations

import json
from typing import Any

from .._behaviour import Behaviour, Reply
from .._context import Context
from .._requests import ParsedRequest
from ._orders import error_body, moment, record_state, seed_shipments, settle_completion, tag_pairs

ORDERS = "/orders"
SHIPMENTS = "/shipments"
#: Yes/no form fields, sent as 0 / 1 (``FormBoolean``) and read back as JSON booleans.
FLAGS = ("boarding_complete", "return_parcel", "pickup_point_selected")


def _stored(body: Any) -> Any:
    """A form body as the server stores it: 0/1 flags as booleans, and ``order_tags`` (a JSON object
    as text) as name/content pairs."""
    if not isinstance(body, dict):
        return body
    body = {name: bool(value) if name in FLAGS else value for name, value in body.items()}
    if isinstance(body.get("order_tags"), str):
        try:
            tags = json.loads(body["order_tags"])
        except ValueError:
            tags = None
        body["order_tags"] = tags if isinstance(tags, dict) else {}
    return tag_pairs(body)


def delete_orders(ctx: Context, request: ParsedRequest) -> Reply:
    query = request.query
    start = moment(query.get("filters[shop_order_date_from]"))
    end = moment(query.get("filters[shop_order_date_to]"))
    orders = ctx.collection(ORDERS)
    doomed = []
    for order in orders:
        when = moment(order.get("shop_order_date"))
        if when is None or start is None or end is None or not start <= when <= end:
            continue
        if query.get("filters[language]") not in (None, order.get("language")):
            continue
        if query.get("filters[shop_order_url]") not in (None, order.get("shop_order_url")):
            continue
        doomed.append(order)
    if not doomed:
        raise ctx.not_found("orders in that date range")
    for order in doomed:
        orders.delete(order["id"])
    return Reply(204, None, {}, None)


def create_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.create(ORDERS, request, _stored(request.body))
    order["state"] = "new"  # no shipments and no state history yet (empty lists from the create)
    order["daysFromStatusChanged"] = 0
    return ctx.reply(request.operation, order, location=ctx.location(ORDERS, order))


def create_shipment(ctx: Context, request: ParsedRequest) -> Reply:
    shipment = ctx.create(SHIPMENTS, request, _stored(request.body))
    order = ctx.collection(ORDERS).find(shop_order_id=shipment.get("shop_order_id"))
    if order is not None:
        order["state"] = "shipped"
    return ctx.reply(request.operation, None, location=ctx.location(SHIPMENTS, shipment))


def create_order_state(ctx: Context, request: ParsedRequest) -> Reply:
    body = request.body
    order = ctx.collection(ORDERS).find(shop_order_id=body["shop_order_id"])
    if order is None:
        raise ctx.not_found(f"order {body['shop_order_id']}")
    record_state(order, body["state"], body["datetime"], body.get("location"))
    return ctx.reply(request.operation, None, location=ctx.location(ORDERS, order))


def update_order(ctx: Context, request: ParsedRequest) -> Reply:
    order = ctx.lookup(ctx.actions[request.operation.operation_id], request)
    ctx.update(ORDERS, order, _stored(request.body))
    shipments = [s for s in ctx.collection(SHIPMENTS) if s.get("shop_order_id") == order.get("shop_order_id")]
    settle_completion(order, shipments)
    return ctx.reply(request.operation, order)


def update_shipment(ctx: Context, request: ParsedRequest) -> Reply:
    shipment = ctx.lookup(ctx.actions[request.operation.operation_id], request)
    ctx.update(SHIPMENTS, shipment, _stored(request.body))
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
    after_seed=seed_shipments(ORDERS, SHIPMENTS, "shop_order_id"),
)
