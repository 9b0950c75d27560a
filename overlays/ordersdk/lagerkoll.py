"""Lagerkoll purchase orders.

Auth: headers ``store`` + ``api_key`` (machine access) or ``store`` + ``user_id`` +
``user_token`` (a logged-in user). Pagination: 0-based ``page`` + ``limit`` until
``pages``. Rate limit: the spec's ``x-rate-limit`` per credentials, enforced client-side.
Base URL, limit and credential headers are read from the spec (:mod:`ordersdk.spec`).

Example::

    from ordersdk import lagerkoll, paginate
    from lagerkoll_client.api.purchase_orders import list_purchase_orders
    from lagerkoll_client.models import PurchaseOrderStateFilter

    client = lagerkoll.connect(store="12", api_key="...")  # or LAGERKOLL_* variables
    for order in paginate(list_purchase_orders, client=client, state=PurchaseOrderStateFilter.SENT):
        print(order.po_reference)
"""

from __future__ import annotations

from typing import Any, Unpack

from lagerkoll_client import AuthenticatedClient

from . import spec
from ._client import ApiProfile, ConnectOptions, connect_with_headers
from ._credentials import CredentialSpec
from ._page_styles import PageNumber
from .specnames import parameter_schema

__all__ = ["CREDENTIALS", "PAGINATION", "PROFILE", "connect"]

PROFILE = ApiProfile.from_spec("lagerkoll")
CREDENTIALS = CredentialSpec.from_spec("lagerkoll", ("store", "api_key", "user_id", "user_token"))


def _total_pages(page: Any) -> Any:
    return page.pages


# No documented maximum for `limit`; `pages` is authoritative, so a server-side cap cannot skip items.
# The first page is the spec's (`page` minimum: 0-based). The spec documents no largest `limit`: 1000 is our
# own cap (pages stay small in memory), 100 our default; `pages` is authoritative, so a server-side cap
# cannot skip items.
_PAGE = parameter_schema(spec.document("lagerkoll"), "list_purchase_orders", "page")
PAGINATION = PageNumber(
    "page", "limit", first_page=_PAGE["minimum"], max_size=1000, default_size=100, total_pages=_total_pages
)


def connect(
    *,
    store: str | None = None,
    api_key: str | None = None,
    user_id: str | None = None,
    user_token: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A ready Lagerkoll client (sync and async) with auth, retries, rate limiting and typed errors.

    Credentials not passed come from ``LAGERKOLL_STORE``, ``LAGERKOLL_API_KEY``, ``LAGERKOLL_USER_ID``,
    ``LAGERKOLL_USER_TOKEN``. For ``options`` see :class:`ordersdk.ConnectOptions`.

    Example::

        client = lagerkoll.connect(store="12", api_key="...", timeout=10)
        order = get_purchase_order.sync(order_id=7, client=client)
    """
    values = CREDENTIALS.resolve(store=store, api_key=api_key, user_id=user_id, user_token=user_token)
    return connect_with_headers(PROFILE, AuthenticatedClient, CREDENTIALS.as_headers(values), options)
