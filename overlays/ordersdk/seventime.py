"""Seven Time purchase orders.

Auth: header ``Client-Secret``. Pagination: 1-based ``page`` + ``limit`` (<= 500) until
``meta.totalPages``. Rate limit: the spec's ``x-rate-limit`` per credentials, enforced client-side.
Base URL, limit and credential header are read from the spec (:mod:`ordersdk.spec`).

Example::

    from ordersdk import seventime, paginate
    from seventime_client.api.purchase_orders import list_purchase_orders

    client = seventime.connect(client_secret="...")  # or SEVENTIME_CLIENT_SECRET
    for order in paginate(list_purchase_orders, client=client, distributor="5f1d..."):
        print(order.purchase_order_number)
"""

from __future__ import annotations

from typing import Any, Unpack

from seventime_client import AuthenticatedClient

from . import spec
from ._client import ApiProfile, ConnectOptions, connect_with_headers
from ._credentials import CredentialSpec
from ._page_styles import PageNumber
from .specnames import parameter_schema

__all__ = ["CREDENTIALS", "PAGINATION", "PROFILE", "connect"]

PROFILE = ApiProfile.from_spec("seventime")
CREDENTIALS = CredentialSpec.from_spec("seventime", ("client_secret",))


def _total_pages(page: Any) -> Any:
    return page.meta.total_pages


# The first page and the largest page are the spec's (`page` minimum, `limit` maximum); we ask for the largest.
_PAGE = parameter_schema(spec.document("seventime"), "list_purchase_orders", "page")
_LIMIT = parameter_schema(spec.document("seventime"), "list_purchase_orders", "limit")
PAGINATION = PageNumber(
    "page",
    "limit",
    first_page=_PAGE["minimum"],
    max_size=_LIMIT["maximum"],
    default_size=_LIMIT["maximum"],
    total_pages=_total_pages,
)


def connect(*, client_secret: str | None = None, **options: Unpack[ConnectOptions]) -> AuthenticatedClient:
    """A ready Seven Time client (sync and async) with auth, retries, rate limiting and typed errors.

    ``client_secret`` defaults to ``SEVENTIME_CLIENT_SECRET``. For ``options`` see
    :class:`ordersdk.ConnectOptions`.

    Example::

        client = seventime.connect(client_secret="...", max_retries=3)
        order = get_purchase_order.sync("5fca4b8e...", client=client)
    """
    values = CREDENTIALS.resolve(client_secret=client_secret)
    return connect_with_headers(PROFILE, AuthenticatedClient, CREDENTIALS.as_headers(values), options)
