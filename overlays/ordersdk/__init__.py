"""ordersdk: production overlays for the generated order/purchasing API clients.

Each API module (``lagerkoll``, ``seventime``, ``sevensenders``, ``sevensenders_v2``,
``ordertime``) offers ``connect(...)``, which returns the *generated* client wired
with auth, retries, client-side rate limiting and typed errors. :func:`paginate` /
:func:`apaginate` walk any paginated generated operation lazily.

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

from ._client import ConnectOptions
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
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from ._limiter import LimiterBackend, RateLimiterUnavailableError
from ._pagination import apaginate, paginate
from ._ratelimit import Limiter, RateLimit
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
    "Limiter",
    "LimiterBackend",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiterUnavailableError",
    "RedisRateLimiter",
    "RetryPolicy",
    "ServerError",
    "apaginate",
    "lagerkoll",
    "ordertime",
    "paginate",
    "sevensenders",
    "sevensenders_v2",
    "seventime",
]

_APIS = frozenset({"lagerkoll", "ordertime", "sevensenders", "sevensenders_v2", "seventime"})


def __getattr__(name: str) -> ModuleType:
    # API modules import their generated package; load them on first use only.
    if name in _APIS:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
