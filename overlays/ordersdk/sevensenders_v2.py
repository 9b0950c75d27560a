"""Seven Senders legacy v2 API with ``API-KEY`` (``.json`` paths).

Auth: header ``API-KEY``. Pagination: ``limit`` + ``offset``, the offset advancing by the orders
that arrived, until an empty page (the API documents no total). No documented
rate limit (pass ``rate_limit=RateLimit(...)`` to add one).

Example::

    from ordersdk import sevensenders_v2, paginate
    from sevensenders_v2_client.api.orders import list_orders

    client = sevensenders_v2.connect(api_key="...")  # or SEVENSENDERS_V2_API_KEY
    for order in paginate(list_orders, client=client):
        print(order.shop_order_id)
"""

from __future__ import annotations

from typing import Unpack

from sevensenders_v2_client import AuthenticatedClient

from . import spec
from ._client import ApiProfile, ConnectOptions, connect_with_headers
from ._credentials import CredentialSpec
from ._page_styles import LimitOffset
from .specnames import parameter_schema

__all__ = ["CREDENTIALS", "PAGINATION", "PROFILE", "connect"]

PROFILE = ApiProfile.from_spec("sevensenders_v2")
CREDENTIALS = CredentialSpec.from_spec("sevensenders_v2", ("api_key",))
# The documented default page size (20). A larger page_size= is safe: a server capping it costs
# requests, never items (the offset advances by what arrived and only an empty page ends the walk).
# The default page size is the spec's (`limit` default); it documents no largest `limit`: 1000 is our own cap.
_LIMIT = parameter_schema(spec.document("sevensenders_v2"), "list_orders", "limit")
PAGINATION = LimitOffset("limit", "offset", max_size=1000, default_size=_LIMIT["default"])


def connect(*, api_key: str | None = None, **options: Unpack[ConnectOptions]) -> AuthenticatedClient:
    """A ready Seven Senders v2 client (sync and async) with auth, retries and typed errors.

    ``api_key`` defaults to ``SEVENSENDERS_V2_API_KEY``. For ``options`` see
    :class:`ordersdk.ConnectOptions`.

    Example::

        client = sevensenders_v2.connect(api_key="...")
        order = get_order.sync(id=123, client=client)
    """
    values = CREDENTIALS.resolve(api_key=api_key)
    return connect_with_headers(PROFILE, AuthenticatedClient, CREDENTIALS.as_headers(values), options)
