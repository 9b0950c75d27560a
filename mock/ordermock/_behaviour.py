"""What a per-API behaviour module declares: only what the spec cannot say.

A behaviour module (``ordermock.behaviours.<api>``) exposes ``BEHAVIOUR = Behaviour(...)``:
the vendor's error body, demo credentials, and, for operations the
CRUD conventions of :mod:`ordermock._crud` cannot infer, an :class:`Action` or a handler.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ordersdk.specnames import SpecNames

    from ._context import Context
    from ._requests import ParsedRequest

__all__ = ["Action", "Behaviour", "ErrorInfo", "Handler", "Reply"]

ActionKind = Literal["create", "get", "list", "update", "delete", "synthesize"]


@dataclass
class Reply:
    """A response produced by a handler: JSON-able ``body`` (or ``bytes``), status, headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str | None = "application/json"


@dataclass(frozen=True)
class ErrorInfo:
    """Why a request failed: ``kind`` is auth, validation, not_found, method, rate_limit, fault or conflict."""

    kind: str
    message: str
    field: str | None = None
    operation_id: str | None = None


@dataclass(frozen=True)
class Action:
    """A CRUD action on a collection.

    ``id_from`` says where the item id is read: ``("path", "id")``, ``("query", "docNo")`` or
    ``("body", "_id")``; ``id_field`` is the id property in stored objects (inferred when ``None``).
    """

    kind: ActionKind
    resource: str
    id_from: tuple[str, str] | None = None
    id_field: str | None = None


Handler = Callable[["Context", "ParsedRequest"], Reply]
ErrorBody = Callable[[int, ErrorInfo], Any]


def plain_error(status: int, info: ErrorInfo) -> Any:
    return {"message": info.message}


@dataclass
class Behaviour:
    """Vendor knowledge for one API (keep it thin: the spec drives everything else)."""

    error_body: ErrorBody = plain_error
    credentials: Mapping[str, str] = field(default_factory=dict)
    actions: Mapping[str, Action] = field(default_factory=dict)
    handlers: Mapping[str, Handler] = field(default_factory=dict)
    #: Statuses for failed authentication, in order of preference (the first documented one is used).
    auth_statuses: tuple[int, ...] = (401, 403, 400)
    #: Id generators per resource: ``"int"``, ``"objectid"``, ``"uuid"`` (inferred from the schema if absent).
    id_kinds: Mapping[str, str] = field(default_factory=dict)
    #: Extra seeding after the generic one (e.g. link records together).
    after_seed: Callable[[Context], None] | None = None
    #: Fields the spec documents as unique, per resource: ``{"/orders": ("order_id",)}`` (see ``ordermock._unique``).
    unique: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Fields to set on every newly created item of a resource: ``{resource: fn(ctx, item)}``.
    on_create: Mapping[str, Callable[[Context, dict[str, Any]], None]] = field(default_factory=dict)
    #: The spec names the module reads (parameters, fields, enum values), checked when an app is created
    #: together with the keys above (see :mod:`ordermock._bindings`).
    names: SpecNames | None = None
