"""Seven Senders Portal API with JWT.

Auth: the access key is exchanged at ``POST /token`` (the generated ``create_token``
operation) for a JWT sent as ``Authorization: Bearer``; cached until shortly before its
``exp`` (else 60 minutes), refreshed once on a 401, single-flight; the exchange itself is
retried on 5xx (it only issues another token). No documented rate
limit and no paginated operation (``GET /orders`` returns one array).

Example::

    from ordersdk import sevensenders
    from sevensenders_client.api.orders import list_orders

    client = sevensenders.connect(access_key="...")  # or SEVENSENDERS_ACCESS_KEY
    orders = list_orders.sync(client=client, state="paid")
"""

from __future__ import annotations

from typing import Unpack

from sevensenders_client import AuthenticatedClient, Client
from sevensenders_client.api.authentication import create_token
from sevensenders_client.models import Error, Token, TokenRequest
from sevensenders_client.types import Response

from ._auth import TokenExchangeAuth
from ._client import ApiProfile, ConnectOptions, prepare
from ._credentials import CredentialSpec
from ._errors import APIError

__all__ = ["CREDENTIALS", "PAGINATION", "PROFILE", "connect"]

# The spec marks POST /token x-read-only (exchanging the key again only issues another token): it is
# retried like a GET, so a transient 5xx there does not fail the (idempotent) call that needed the token.
PROFILE = ApiProfile.from_spec("sevensenders")
CREDENTIALS = CredentialSpec("sevensenders", {"access_key": "SEVENSENDERS_ACCESS_KEY"}, (("access_key",),))
PAGINATION = None
TOKEN_LIFETIME = 3600.0  # documented; used when the token carries no `exp`


def _token_of(response: Response[Error | Token]) -> str:
    # Never echo the body: a malformed success response may still contain a credential.
    if isinstance(response.parsed, Token) and response.parsed.token:
        return response.parsed.token
    raise APIError("POST /token answered without a token", operation="POST /token")


def connect(*, access_key: str | None = None, **options: Unpack[ConnectOptions]) -> AuthenticatedClient:
    """A ready Seven Senders Portal client (sync and async) with token auth, retries and typed errors.

    ``access_key`` defaults to ``SEVENSENDERS_ACCESS_KEY``. A rejected key raises
    :class:`ordersdk.AuthenticationError` on the first call. For ``options`` see
    :class:`ordersdk.ConnectOptions`.

    Example::

        client = sevensenders.connect(access_key="...")
        order = get_order.sync(id="123", client=client)
    """
    key = CREDENTIALS.resolve(access_key=access_key)["access_key"]
    connection = prepare(PROFILE, options, credentials=[key])
    # The exchange goes through the same retry/rate-limit transports, without the bearer auth.
    exchange = connection.build(Client, secrets=lambda: [key])
    request = TokenRequest(access_key=key)

    def fetch() -> str:
        return _token_of(create_token.sync_detailed(client=exchange, body=request))

    async def afetch() -> str:
        return _token_of(await create_token.asyncio_detailed(client=exchange, body=request))

    auth = TokenExchangeAuth(fetch, afetch, key=key, lifetime=TOKEN_LIFETIME)
    return connection.build(AuthenticatedClient, auth=auth, secrets=auth.secrets, token="")
