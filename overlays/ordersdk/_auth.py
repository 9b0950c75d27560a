"""Authentication as ``httpx.Auth`` classes.

* :class:`HeaderAuth` — a fixed set of headers (API keys, store ids, passwords).
* :class:`TokenExchangeAuth` — a short-lived bearer token obtained by exchanging
  a long-lived key (Seven Senders Portal ``POST /token``). The token is cached
  until shortly before its expiry (the JWT's ``exp`` when present, read without
  verifying the signature — we are the audience, not the verifier — else the
  documented lifetime), refreshed once on a 401, and the request is then sent
  once more. Refresh is single-flight across threads, tasks and event loops, a
  failed refresh is shared and followed by a short back-off, and no caller waits
  for a token past its deadline.

Neither class ever shows a secret: ``repr`` names header names only, and
:meth:`secrets` lets the error layer redact values from error excerpts.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field

import httpx
import jwt

from ._error_mapping import operation_of
from ._single_flight import SingleFlight
from .redaction import Secret

__all__ = ["HeaderAuth", "TokenExchangeAuth"]


class HeaderAuth(httpx.Auth):
    """Adds fixed headers to every request.

    Example::

        auth = HeaderAuth({"Client-Secret": "..."})
        httpx.Client(auth=auth)
    """

    def __init__(self, headers: Mapping[str, str]) -> None:
        self._headers = {name: Secret(value) for name, value in headers.items()}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        headers = request.headers
        for name, value in self._headers.items():  # item by item: update() builds a Headers copy first
            headers[name] = value
        yield request

    def secrets(self) -> tuple[str, ...]:
        """The header values, for redaction."""
        return tuple(self._headers.values())

    def __repr__(self) -> str:
        return f"HeaderAuth(headers={sorted(self._headers)!r})"


@dataclass(frozen=True)
class _Token:
    value: str = field(repr=False)
    refresh_at: float  # wall-clock seconds (a JWT's exp is epoch time)


class TokenExchangeAuth(httpx.Auth):
    """Bearer-token auth whose token comes from ``fetch()`` (sync) / ``afetch()`` (async).

    ``fetch`` performs the exchange (e.g. a generated ``create_token`` call on an
    un-authenticated client sharing the same transports) and returns the token.
    The token counts as stale ``refresh_before`` seconds before expiry, or a tenth
    of its lifetime before, whichever is shorter (short-lived test tokens stay usable).

    The exchange is single-flight (:class:`~ordersdk._single_flight.SingleFlight`): threads,
    tasks and event loops share one exchange, and its failure — every caller waiting for it
    gets that error, and so does every caller during a short back-off after it (0.5 s,
    doubling per consecutive failure up to 8 s). No caller waits for a token longer than
    ``max_wait`` seconds (connect() passes the retry policy's deadline); then it gets
    :class:`~ordersdk.APITimeoutError` while the exchange goes on for the callers after it.

    Example::

        auth = TokenExchangeAuth(fetch=get_token, afetch=aget_token, key="...", max_wait=30)
        httpx.Client(auth=auth)
    """

    def __init__(
        self,
        fetch: Callable[[], str],
        afetch: Callable[[], Awaitable[str]],
        *,
        key: str,
        lifetime: float = 3600.0,
        refresh_before: float = 60.0,
        max_wait: float | None = 120.0,
        failure_backoff: float = 0.5,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        header: str = "Authorization",
        prefix: str = "Bearer",
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._key = Secret(key)
        self._lifetime = lifetime
        self._refresh_before = refresh_before
        self._max_wait = max_wait
        self._clock = clock
        self._monotonic = monotonic
        self._header = header
        self._prefix = prefix
        self._issued: deque[str] = deque(maxlen=3)  # recent tokens, for redaction of late echoes
        self._tokens = SingleFlight(
            self._exchange, self._aexchange, what="the token exchange", backoff=failure_backoff, monotonic=monotonic
        )

    # --- token state -----------------------------------------------------------------------------
    def _exchange(self) -> _Token:
        return self._token(self._fetch())

    async def _aexchange(self) -> _Token:
        return self._token(await self._afetch())

    def _token(self, value: str) -> _Token:
        now = self._clock()
        expires_at = self._expiry(value, now)
        lead = min(self._refresh_before, max(expires_at - now, 0.0) * 0.1)
        self._issued.append(value)
        return _Token(Secret(value), expires_at - lead)

    def _expiry(self, value: str, now: float) -> float:
        try:
            claims = jwt.decode(value, options={"verify_signature": False, "verify_exp": False})
        except jwt.PyJWTError:
            claims = {}
        exp = claims.get("exp")
        if isinstance(exp, (int, float)) and not isinstance(exp, bool):
            # Validators commonly compare whole seconds (PyJWT truncates exp), so a fractional
            # exp may be enforced up to a second early: count on the whole second only.
            return float(math.floor(exp))
        return now + self._lifetime

    def _usable(self, rejected: _Token | None) -> Callable[[_Token], bool]:
        """Fresh, and not the token the server just rejected."""
        return lambda token: token is not rejected and self._clock() < token.refresh_at

    def _deadline(self) -> float | None:
        return None if self._max_wait is None else self._monotonic() + self._max_wait

    def _sign(self, request: httpx.Request, token: _Token) -> None:
        request.headers[self._header] = f"{self._prefix} {token.value}" if self._prefix else token.value

    # --- flows -----------------------------------------------------------------------------------
    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        deadline, operation = self._deadline(), operation_of(request)  # one budget for both token waits
        token = self._tokens.get(self._usable(None), deadline=deadline, operation=operation)
        self._sign(request, token)
        response = yield request
        if response.status_code == 401:
            # The token was rejected (revoked, clock skew): refresh once and send once more.
            # httpx reads and closes the rejected response itself.
            self._sign(request, self._tokens.get(self._usable(token), deadline=deadline, operation=operation))
            yield request

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        deadline, operation = self._deadline(), operation_of(request)
        token = await self._tokens.aget(self._usable(None), deadline=deadline, operation=operation)
        self._sign(request, token)
        response = yield request
        if response.status_code == 401:
            self._sign(request, await self._tokens.aget(self._usable(token), deadline=deadline, operation=operation))
            yield request

    def secrets(self) -> tuple[str, ...]:
        """The exchanged key and the recent tokens, for redaction."""
        return (self._key, *self._issued)

    def __repr__(self) -> str:
        state = "no token" if self._tokens.value is None else "token cached"
        return f"TokenExchangeAuth({self._header}, {state})"
