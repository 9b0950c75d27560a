"""Seven Senders Portal API with JWT.

Auth: the access key is exchanged at ``POST /token`` (the generated ``create_token``
operation) for a JWT sent as ``Authorization: Bearer``; cached until shortly before its
``exp`` (else 60 minutes), refreshed once on a 401, single-flight across threads, tasks and
event loops; the exchange itself is retried on 5xx (it only issues another token). A failed
exchange is shared by every caller waiting for it and by every caller of the short back-off
after it (0.5 s, doubling to 8 s); no caller waits for a token past the retry policy's deadline. No documented rate
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

from . import spec
from ._auth import TokenExchangeAuth
from ._client import ApiProfile, ConnectOptions, prepare
from ._credentials import CredentialSpec
from ._errors import APIError
from .redaction import Secret

__all__ = ["CREDENTIALS", "PAGINATION", "PROFILE", "connect"]

# The spec marks POST /token x-read-only (exchanging the key again only issues another token): it is
# retried like a GET, so a transient 5xx there does not fail the (idempotent) call that needed the token.
PROFILE = ApiProfile.from_spec("sevensenders")
CREDENTIALS = CredentialSpec("sevensenders", {"access_key": "SEVENSENDERS_ACCESS_KEY"}, (("access_key",),))
PAGINATION = None
# The spec's x-token-lifetime-seconds (documented 60 minutes); used when the token carries no `exp`.
TOKEN_LIFETIME = spec.facts("sevensenders").token_lifetime or 3600.0


def _token_in(parsed: Error | Token | None) -> Secret | None:
    # Never raises: its frame (and the parsed model, which may hold the token or an echoed key) must not
    # end up in a traceback rendered with locals.
    if isinstance(parsed, Token) and isinstance(parsed.token, str) and parsed.token:
        return Secret(parsed.token)
    return None


_MALFORMED = (KeyError, TypeError, ValueError, AttributeError)


def _no_token() -> APIError:
    # Never echo the body: a malformed success response may still contain a credential.
    return APIError("POST /token answered without a token", operation="POST /token")


class _Exchange:
    """``POST /token`` through the generated ``create_token``, sync and async.

    The key is held as a :class:`Secret` and the ``TokenRequest`` is built inside the call: the
    generated frames that hold it show ``access_key='***'`` in a traceback rendered with locals.
    """

    def __init__(self, client: Client, key: Secret) -> None:
        self._client = client
        self._key = key

    def fetch(self) -> str:
        try:
            token = _token_in(create_token.sync_detailed(client=self._client, body=self._request()).parsed)
        except _MALFORMED:  # the generated parser on a success body without the required token
            token = None
        if token is None:
            raise _no_token()
        return token

    async def afetch(self) -> str:
        try:
            token = _token_in((await create_token.asyncio_detailed(client=self._client, body=self._request())).parsed)
        except _MALFORMED:
            token = None
        if token is None:
            raise _no_token()
        return token

    def _request(self) -> TokenRequest:
        return TokenRequest(access_key=self._key)

    def __repr__(self) -> str:
        return "_Exchange(POST /token)"


def connect(*, access_key: str | None = None, **options: Unpack[ConnectOptions]) -> AuthenticatedClient:
    """A ready Seven Senders Portal client (sync and async) with token auth, retries and typed errors.

    ``access_key`` defaults to ``SEVENSENDERS_ACCESS_KEY``. A rejected key raises
    :class:`ordersdk.AuthenticationError` on the first call. For ``options`` see
    :class:`ordersdk.ConnectOptions`.

    Example::

        client = sevensenders.connect(access_key="...")
        order = get_order.sync(id="123", client=client)
    """
    key = Secret(CREDENTIALS.resolve(access_key=access_key)["access_key"])
    connection = prepare(PROFILE, options, credentials=[key])
    # The exchange goes through the same retry/rate-limit transports, without the bearer auth.
    exchange = _Exchange(connection.build(Client, secrets=lambda: [key]), key)
    # No caller waits for a token longer than a whole call may take (the retry policy's deadline).
    auth = TokenExchangeAuth(
        exchange.fetch, exchange.afetch, key=key, lifetime=TOKEN_LIFETIME, max_wait=connection.policy.deadline
    )
    return connection.build(AuthenticatedClient, auth=auth, secrets=auth.secrets, token="")
