"""Enforcing the spec's security schemes: API keys (header, query, cookie) and bearer JWTs.

A security requirement list is an OR of ANDs (OpenAPI): the request passes when every scheme of
at least one requirement is satisfied. API-key values are compared with the configured
credentials in constant time; bearer tokens are HS256 JWTs this mock issued itself, with an
integer ``exp`` (JWT NumericDate; validators compare whole seconds).

Each app signs with a key of its own (32 random bytes unless configured), so a token from one
mock is worthless at another. Tokens minted by :func:`demo_token` (what ``demo_headers()`` sends
without an app at hand) carry a per-process key and are accepted by apps that still accept the
demo access key: such a token is worth exactly what the demo key can buy at ``POST /token``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping
from typing import Any

import jwt

from ._requests import HttpError, MockRequest
from ._spec import Operation

__all__ = ["MIN_KEY_BYTES", "Authenticator", "Credentials", "demo_token", "signing_key"]

Credentials = Mapping[str, str]

_AUTH_STATUSES = (401, 403, 400)

#: RFC 7518 §3.2: an HS256 key must be at least as long as the hash (PyJWT warns below that).
MIN_KEY_BYTES = 32

#: Signs the tokens of :func:`demo_token`; random per process, never configured or shown.
_DEMO_KEY = secrets.token_bytes(MIN_KEY_BYTES)


def signing_key(configured: str | bytes | None = None) -> bytes:
    """``configured`` as bytes (at least :data:`MIN_KEY_BYTES` long), or a fresh random key."""
    if not configured:
        return secrets.token_bytes(MIN_KEY_BYTES)
    key = configured.encode() if isinstance(configured, str) else configured
    if len(key) < MIN_KEY_BYTES:
        raise ValueError(f"signing_key must be at least {MIN_KEY_BYTES} bytes for HS256, got {len(key)}")
    return key


def demo_token(ttl: float = 3600.0) -> str:
    """A bearer token every app accepting the demo access key accepts (see the module docstring)."""
    return _issue(_DEMO_KEY, "demo", time.time(), ttl)


def _issue(key: bytes, subject: str, issued: float, ttl: float) -> str:
    iat = int(issued)
    # An integer exp (RFC 7519 NumericDate) that validators truncating to whole seconds read the
    # same way; never before iat + 1, so even a tiny ttl yields a token that is valid when issued.
    # jti: two tokens issued within the same second still differ, like a real issuer's.
    claims = {"sub": subject, "iat": iat, "exp": max(int(issued + ttl), iat + 1), "jti": secrets.token_hex(8)}
    return jwt.encode(claims, key, algorithm="HS256")


class Authenticator:
    """Checks requests against an operation's security requirements.

    ``credentials`` maps a header / query parameter name (case-insensitive) to the one accepted value;
    the key ``access_key`` is the secret exchanged for a bearer token.
    """

    def __init__(
        self,
        schemes: Mapping[str, Mapping[str, Any]],
        credentials: Credentials,
        *,
        token_ttl: float,
        signing_key: bytes,
        accept_demo_tokens: bool = False,
        statuses: tuple[int, ...] = _AUTH_STATUSES,
    ) -> None:
        self.schemes = schemes
        self.credentials = {name.lower(): value for name, value in credentials.items()}
        self.token_ttl = token_ttl
        self._signing_key = signing_key
        self._keys = (signing_key, _DEMO_KEY) if accept_demo_tokens else (signing_key,)
        self.statuses = statuses

    def __repr__(self) -> str:  # never show the secrets
        return f"Authenticator(schemes={sorted(self.schemes)}, credentials=<{len(self.credentials)} hidden>)"

    def check(self, operation: Operation, request: MockRequest) -> str | None:
        """Raise :class:`HttpError` (kind ``auth``) unless one requirement is met.

        Returns who is asking -- a digest of the credentials that met the requirement, the key of
        per-credential quotas -- or ``None`` for an operation without security.
        """
        if not operation.security or any(not requirement for requirement in operation.security):
            return None
        # A credential that is sent but wrong fails the request even when another combination of
        # schemes would be satisfied (a wrong DevKey next to a right password is still an error).
        for name in {name for requirement in operation.security for name in requirement}:
            problem = self._scheme_problem(name, request)
            if problem is not None and not problem.startswith("missing"):
                raise HttpError(self.statuses, problem, kind="auth")
        problems: list[str] = []
        for requirement in operation.security:
            missing_or_wrong = [
                problem for name in requirement if (problem := self._scheme_problem(name, request)) is not None
            ]
            if not missing_or_wrong:
                return self._identity(requirement, request)
            problems.extend(missing_or_wrong)
        raise HttpError(self.statuses, problems[0] if problems else "credentials required", kind="auth")

    def _identity(self, requirement: Mapping[str, Any], request: MockRequest) -> str:
        parts = []
        for name in sorted(requirement):
            scheme = self.schemes[name]
            if scheme.get("type") == "apiKey":
                parts.append(f"{name}={_api_key_given(str(scheme.get('name', name)), str(scheme.get('in')), request)}")
            else:  # bearer: every token of one subject is one client, however often it was refreshed
                token = request.headers.get("authorization", "").partition(" ")[2].strip()
                parts.append(f"{name}={jwt.decode(token, options={'verify_signature': False}).get('sub')}")
        # A digest, so no secret sits in the rate limiter's keys.
        return hashlib.sha256("\n".join(parts).encode("utf-8", "replace")).hexdigest()[:32]

    def _scheme_problem(self, name: str, request: MockRequest) -> str | None:
        scheme = self.schemes.get(name)
        if scheme is None:
            return f"unknown security scheme {name!r}"
        kind = scheme.get("type")
        if kind == "apiKey":
            return self._api_key_problem(str(scheme.get("name", name)), str(scheme.get("in", "header")), request)
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            return self._bearer_problem(request)
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            return "basic authentication is not supported by the mock"
        return f"security scheme {name!r} of type {kind!r} is not supported by the mock"

    def _api_key_problem(self, param: str, location: str, request: MockRequest) -> str | None:
        given = _api_key_given(param, location, request)
        if given is None:
            return f"missing credentials: {param}"
        expected = self.credentials.get(param.lower())
        if expected is None or not hmac.compare_digest(given.encode(), expected.encode()):
            return "credentials don't match"
        return None

    def _bearer_problem(self, request: MockRequest) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return "missing bearer token"
        for key in self._keys:  # the signature is checked before the claims, so a foreign key never says "expired"
            try:
                jwt.decode(token.strip(), key, algorithms=["HS256"], options={"require": ["exp"]})
            except jwt.ExpiredSignatureError:
                return "token expired"
            except jwt.InvalidTokenError:
                continue
            return None
        return "invalid token"

    # -- tokens ------------------------------------------------------------------------------------

    def access_key_ok(self, given: object) -> bool:
        expected = self.credentials.get("access_key")
        return (
            isinstance(given, str) and expected is not None and hmac.compare_digest(given.encode(), expected.encode())
        )

    def issue_token(self, subject: str = "demo", *, now: float | None = None) -> str:
        """A JWT signed with this app's key, valid until ``int(now + token_ttl)`` (at least 1 s after ``iat``)."""
        return _issue(self._signing_key, subject, time.time() if now is None else now, self.token_ttl)


def _api_key_given(param: str, location: str, request: MockRequest) -> str | None:
    if location == "header":
        return request.headers.get(param.lower())
    if location == "query":
        return next((value for key, value in request.query if key == param), None)
    cookies = dict(part.strip().split("=", 1) for part in request.headers.get("cookie", "").split(";") if "=" in part)
    return cookies.get(param)
