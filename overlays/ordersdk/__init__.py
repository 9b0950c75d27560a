"""ordersdk: production overlays for the generated order/purchasing API clients.

Each API module (``lagerkoll``, ``seventime``, ``sevensenders``, ``sevensenders_v2``,
``ordertime``) offers ``connect(...)``, which returns the *generated* client wired
with auth, retries, client-side rate limiting and typed errors; every vendor fact it
uses (base URL, rate limit, read-only operations, credential headers) is read from the
spec the generated client ships (:mod:`ordersdk.spec`). :func:`paginate` /
:func:`apaginate` walk any paginated generated operation lazily — without skipping items
when a server caps page sizes, stopping a server that repeats pages (:class:`PageLoopError`),
and resumable from the :class:`PagePosition` an interrupting error carries. Success bodies are
read tolerantly (unknown enum values, extra fields, unexpected nulls) or, with ``strict=True``,
strictly; what cannot be read raises :class:`APIResponseValidationError`, and every deviation from
the spec is counted (:func:`deviations`) and logged once on ``ordersdk.deviations``.

Example::

    from ordersdk import lagerkoll, paginate
    from lagerkoll_client.api.purchase_orders import list_purchase_orders
    from lagerkoll_client.models import PurchaseOrderStateFilter

    client = lagerkoll.connect(store="12", api_key="...")
    for order in paginate(list_purchase_orders, client=client, state=PurchaseOrderStateFilter.SENT):
        print(order.po_reference)
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from . import redaction, spec, specnames
from ._client import ConnectOptions
from ._deviations import Deviation, deviation_report, deviations, reset_deviations
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CredentialsError,
    NotFoundError,
    PageLimitError,
    PageLoopError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from ._limiter import LimiterBackend, RateLimiterUnavailableError
from ._pagination import PagePosition, apaginate, paginate
from ._ratelimit import Limiter, RateLimit, Slot, SlotLimiter
from ._ratelimit_redis import RedisRateLimiter
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from . import lagerkoll, ordertime, sevensenders, sevensenders_v2, seventime

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ConnectOptions",
    "CredentialsError",
    "Deviation",
    "Limiter",
    "LimiterBackend",
    "NotFoundError",
    "PageLimitError",
    "PageLoopError",
    "PagePosition",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiterUnavailableError",
    "RedisRateLimiter",
    "RetryPolicy",
    "ServerError",
    "Slot",
    "SlotLimiter",
    "apaginate",
    "deviation_report",
    "deviations",
    "lagerkoll",
    "ordertime",
    "paginate",
    "redaction",
    "reset_deviations",
    "sevensenders",
    "sevensenders_v2",
    "seventime",
    "spec",
    "specnames",
]


def __getattr__(name: str) -> ModuleType:
    # API modules import their generated package; load them on first use only. (Every other public
    # name is bound above, so a name of __all__ that reaches here is an API module.)
    if name in __all__:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
