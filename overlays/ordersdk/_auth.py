"""Authentication as ``httpx.Auth`` classes.

* :class:`HeaderAuth` — a fixed set of headers (API keys, store ids, passwords).
* :class:`TokenExchangeAuth` — a short-lived bearer token obtained by exchanging
  a long-lived key (Seven Senders Portal ``POST /token``). The token is cached
  until shortly before its expiry (the JWT's ``exp`` when present, read without
  verifying the signature — we are the audience, not the verifier — else the
  documented lifetime), refreshed once on a 401, and the request is then sent
  once more. Refresh is single-flight: concurrent threads share one refresh, and
  so do concurrent tasks of an event loop.

Neither class ever shows a secret: ``repr`` names header names only, and
:meth:`secrets` lets the error layer redact values from error excerpts.
"""

from __future__ import annotations

import asyncio
import math
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Mapping
from dataclasses import dataclass, field

import httpx
import jwt

from ._redact import Secret

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
        request.headers.update(self._headers)
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

    Example::

        auth = TokenExchangeAuth(fetch=get_token, afetch=aget_token, key="...")
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
        clock: Callable[[], float] = time.time,
        header: str = "Authorization",
        prefix: str = "Bearer",
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._key = key
        self._lifetime = lifetime
        self._refresh_before = refresh_before
        self._clock = clock
        self._header = header
        self._prefix = prefix
        self._token: _Token | None = None
        self._state_lock = threading.Lock()  # guards _token and _async_locks; never held across I/O
        self._sync_lock = threading.Lock()  # single-flight refresh among threads
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    # --- token state -----------------------------------------------------------------------------
    def _fresh(self) -> _Token | None:
        with self._state_lock:
            token = self._token
        if token is not None and self._clock() < token.refresh_at:
            return token
        return None

    def _reusable(self, stale: _Token | None) -> _Token | None:
        """After waiting for the refresh lock: the token another caller just obtained, if any."""
        current = self._fresh()
        return current if current is not None and current is not stale else None

    def _store(self, value: str) -> _Token:
        now = self._clock()
        expires_at = self._expiry(value, now)
        lead = min(self._refresh_before, max(expires_at - now, 0.0) * 0.1)
        token = _Token(Secret(value), expires_at - lead)
        with self._state_lock:
            self._token = token
        return token

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

    def _sign(self, request: httpx.Request, token: _Token) -> None:
        request.headers[self._header] = f"{self._prefix} {token.value}" if self._prefix else token.value

    # --- sync ------------------------------------------------------------------------------------
    def _refresh_sync(self, stale: _Token | None) -> _Token:
        with self._sync_lock:
            return self._reusable(stale) or self._store(self._fetch())

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._fresh() or self._refresh_sync(None)
        self._sign(request, token)
        response = yield request
        if response.status_code == 401:
            # The token was rejected (revoked, clock skew): refresh once and send once more.
            # httpx reads and closes the rejected response itself.
            self._sign(request, self._refresh_sync(token))
            yield request

    # --- async -----------------------------------------------------------------------------------
    def _loop_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def _refresh_async(self, stale: _Token | None) -> _Token:
        async with self._loop_lock():
            return self._reusable(stale) or self._store(await self._afetch())

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        token = self._fresh() or await self._refresh_async(None)
        self._sign(request, token)
        response = yield request
        if response.status_code == 401:
            self._sign(request, await self._refresh_async(token))
            yield request

    def secrets(self) -> tuple[str, ...]:
        """The exchanged key and the current token, for redaction."""
        with self._state_lock:
            token = self._token
        return (self._key,) if token is None else (self._key, token.value)

    def __repr__(self) -> str:
        with self._state_lock:
            state = "no token" if self._token is None else "token cached"
        return f"TokenExchangeAuth({self._header}, {state})"
