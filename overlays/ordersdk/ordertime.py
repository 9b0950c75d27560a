"""Order Time.

Auth: headers ``apiKey`` + ``email`` + ``password``, or ``DevKey`` in place of ``password``.
Pagination: ``POST /list`` with ``PageNumber`` (from 1) + ``NumberOfRecords`` (<= 1000) in the
``ListInfo`` body, until an empty page (the API documents no total). The operations the spec marks
``x-read-only`` (``POST /list``, ``PUT /list``, ``POST /entityref``) only read, so they are retried like
GETs; every other POST is never re-sent. No per-time rate limit is documented.

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

from . import spec
from ._client import ApiProfile, ConnectOptions, connect_with_headers
from ._credentials import CredentialSpec
from ._page_styles import BodyPageNumber
from .specnames import property_schema

__all__ = ["CREDENTIALS", "PAGINATION", "PROFILE", "connect"]

PROFILE = ApiProfile.from_spec("ordertime")
CREDENTIALS = CredentialSpec.from_spec("ordertime", ("api_key", "email", "password", "dev_key"))
# The first page and the largest page (1000 rows a query) are the spec's ListInfo bounds; we ask for the largest.
_PAGE = property_schema(spec.document("ordertime"), "ListInfo", "PageNumber")
_SIZE = property_schema(spec.document("ordertime"), "ListInfo", "NumberOfRecords")
PAGINATION = BodyPageNumber(
    "body",
    "page_number",
    "number_of_records",
    first_page=_PAGE["minimum"],
    max_size=_SIZE["maximum"],
    default_size=_SIZE["maximum"],
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
    return connect_with_headers(PROFILE, AuthenticatedClient, CREDENTIALS.as_headers(values), options)
