"""Order Time (``https://services.ordertime.com/api``).

Auth: headers ``apiKey`` + ``email`` + ``password``, or ``DevKey`` in place of ``password``.
Pagination: ``POST /list`` with ``PageNumber`` (from 1) + ``NumberOfRecords`` (<= 1000) in the
``ListInfo`` body, until an empty page (the API documents no total). ``POST /list`` and ``/entityref`` only read, so they
are retried like GETs; every other POST is never re-sent. No per-time rate limit is documented.

Example::

    from ordersdk import ordertime, paginate
    from ordertime_client.api.lists import list_records
    from ordertime_client.models import ListInfo, RecordType

    client = ordertime.connect(api_key="...", email="me@example.com", dev_key="...")
    for record in paginate(list_records, client=client, body=ListInfo(type_=RecordType.CUSTOMER)):
        print(record)
"""

from __future__ import annotations

from typing import Unpack

from ordertime_client import AuthenticatedClient

from ._client import ApiProfile, ConnectOptions, connect_with_headers
from ._credentials import CredentialSpec
from ._page_styles import BodyPageNumber

__all__ = ["CREDENTIALS", "PAGINATION", "PROFILE", "connect"]

# POST /list and /entityref only read ("neither changes data"), so they may be retried like a GET.
PROFILE = ApiProfile("ordertime", "https://services.ordertime.com/api", read_only_posts=("/list", "/entityref"))
CREDENTIALS = CredentialSpec(
    "ordertime",
    {
        "api_key": "ORDERTIME_API_KEY",
        "email": "ORDERTIME_EMAIL",
        "password": "ORDERTIME_PASSWORD",
        "dev_key": "ORDERTIME_DEV_KEY",
    },
    (("api_key", "email", "password"), ("api_key", "email", "dev_key")),
)
_HEADERS = {"api_key": "apiKey", "email": "email", "password": "password", "dev_key": "DevKey"}
PAGINATION = BodyPageNumber(
    "body",
    "page_number",
    "number_of_records",
    first_page=1,
    max_size=1000,
    default_size=1000,
    operations=frozenset({"list_records", "list_entity_refs"}),
)


def connect(
    *,
    api_key: str | None = None,
    email: str | None = None,
    password: str | None = None,
    dev_key: str | None = None,
    **options: Unpack[ConnectOptions],
) -> AuthenticatedClient:
    """A ready Order Time client (sync and async) with auth, retries and typed errors.

    Credentials not passed come from ``ORDERTIME_API_KEY``, ``ORDERTIME_EMAIL``,
    ``ORDERTIME_PASSWORD`` / ``ORDERTIME_DEV_KEY``. For ``options`` see
    :class:`ordersdk.ConnectOptions`.

    Example::

        client = ordertime.connect(api_key="...", email="me@example.com", password="...")
        customer = get_customer.sync(id=42, client=client)
    """
    values = CREDENTIALS.resolve(api_key=api_key, email=email, password=password, dev_key=dev_key)
    headers = {_HEADERS[name]: value for name, value in values.items()}
    return connect_with_headers(PROFILE, AuthenticatedClient, headers, options)
