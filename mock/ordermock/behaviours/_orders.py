"""Seven Senders order rules shared by the Portal (JWT) and legacy v2 (API-KEY) mocks.

The helpers read and write fields by the names below; each calling module declares the ones its own spec must
have (see :mod:`ordermock._bindings`): the two specs differ (only v2 keeps a state history).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .._behaviour import ErrorInfo
from .._context import Context

#: Shipment statuses that count as delivered when deciding whether an order is completed.
DELIVERED = {"delivered", "Delivered"}
#: Order fields: its id, state, state history (v2 only) and the boarding-complete flag; the state it ends in.
ID, STATE, HISTORY, BOARDING_COMPLETE = "id", "state", "states_history", "boarding_complete"
COMPLETED, SHIPPED = "completed", "shipped"
#: The order's tags and the fields of one stored tag (name/content pairs).
TAGS, TAG_FIELDS = "order_tags", ("name", "content")
#: Fields of one state-history entry (v2's ``State``).
HISTORY_FIELDS = ("id", "order", "name", "datetime", "location")
#: Fields of the vendors' error body (``Error``).
ERROR_FIELDS = ("code", "message")


def moment(text: Any) -> dt.datetime | None:
    """An ISO 8601 time (``Z``, ``+01:00`` or ``+0000``) as an aware datetime; UTC when it has no offset."""
    try:
        when = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def error_body(status: int, info: ErrorInfo) -> dict[str, Any]:
    # Symfony / LexikJWT style, as the Seven Senders API answers authentication failures.
    code, message = ERROR_FIELDS
    return {code: status, message: info.message}


def tag_pairs(body: Any) -> Any:
    """A body as the order stores it: ``order_tags`` sent as an object read back as name/content pairs."""
    if not isinstance(body, dict) or not isinstance(body.get(TAGS), dict):
        return body
    tag_name, tag_content = TAG_FIELDS
    pairs = [{tag_name: str(name), tag_content: str(value)} for name, value in body[TAGS].items()]
    return {**body, TAGS: pairs}


def record_state(order: dict[str, Any], state: str, when: str, location: str | None) -> None:
    """Move ``order`` into ``state`` and append the change to its history when it keeps one."""
    order[STATE] = state
    history = order.get(HISTORY)
    if isinstance(history, list):
        entry_id, entry_order, name, at, where = HISTORY_FIELDS
        entry: dict[str, Any] = {entry_id: len(history) + 1, entry_order: order.get(ID), name: state, at: when}
        if location is not None:
            entry[where] = location
        history.append(entry)


def settle_completion(order: dict[str, Any], shipments: list[dict[str, Any]]) -> None:
    """An order is completed once boarding is complete (true or null) and every shipment is delivered."""
    if order.get(BOARDING_COMPLETE) is False or not shipments:
        return
    # Neither spec gives a shipment a `status` or `state` field (v2 has `shipment_status_history`): kept
    # tolerant, so the rule applies to shipments stored with one; see the report of the bindings change.
    if all(str(s.get("status") or s.get("state") or "") in DELIVERED for s in shipments):
        order[STATE] = COMPLETED


def seed_shipments(orders: str, shipments: str, reference: str) -> Callable[[Context], None]:
    """Seeded data as a shop has it: every order its own ``reference``, shipments for half of the orders.

    Each seeded shipment belongs to one of the first half of the orders, which are ``shipped``;
    the other orders keep their generated state. (Generated references all repeat the spec's
    example, and the shipments would point at no order.)
    """

    def after_seed(ctx: Context) -> None:
        seeded = list(ctx.collection(orders))
        if not seeded:
            return
        if len({str(order.get(reference)) for order in seeded}) < len(seeded):
            for number, order in enumerate(seeded, start=1):
                order[reference] = f"order{123456 + number}"
        shipped = seeded[: max(1, (len(seeded) + 1) // 2)]
        for index, shipment in enumerate(ctx.collection(shipments)):
            order = shipped[index % len(shipped)]
            shipment[reference] = order[reference]
            order[STATE] = SHIPPED

    return after_seed
