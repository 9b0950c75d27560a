"""Seven Senders order rules shared by the Portal (JWT) and legacy v2 (API-KEY) mocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from .._behaviour import ErrorInfo
from .._context import Context

#: Shipment statuses that count as delivered when deciding whether an order is completed.
DELIVERED = {"delivered", "Delivered"}


def moment(text: Any) -> dt.datetime | None:
    """An ISO 8601 time (``Z``, ``+01:00`` or ``+0000``) as an aware datetime; UTC when it has no offset."""
    try:
        when = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def error_body(status: int, info: ErrorInfo) -> dict[str, Any]:
    # Symfony / LexikJWT style, as the Seven Senders API answers authentication failures.
    return {"code": status, "message": info.message}


def tag_pairs(body: Any) -> Any:
    """A body as the order stores it: ``order_tags`` sent as an object read back as name/content pairs."""
    if not isinstance(body, dict) or not isinstance(body.get("order_tags"), dict):
        return body
    pairs = [{"name": str(name), "content": str(value)} for name, value in body["order_tags"].items()]
    return {**body, "order_tags": pairs}


def record_state(order: dict[str, Any], state: str, when: str, location: str | None) -> None:
    """Move ``order`` into ``state`` and append the change to its history when it keeps one."""
    order["state"] = state
    history = order.get("states_history")
    if isinstance(history, list):
        entry: dict[str, Any] = {"id": len(history) + 1, "order": order.get("id"), "name": state, "datetime": when}
        if location is not None:
            entry["location"] = location
        history.append(entry)


def settle_completion(order: dict[str, Any], shipments: list[dict[str, Any]]) -> None:
    """An order is completed once boarding is complete (true or null) and every shipment is delivered."""
    if order.get("boarding_complete") is False or not shipments:
        return
    if all(str(s.get("status") or s.get("state") or "") in DELIVERED for s in shipments):
        order["state"] = "completed"


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
            order["state"] = "shipped"

    return after_seed
