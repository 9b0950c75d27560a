"""Enforcing the spec's security schemes: API keys (header, query, cookie) and bearer JWTs.

A security requirement list is an OR of ANDs (OpenAPI): the request passes when every scheme of
at least one requirement is satisfied. API-key values are compared with the configured
credentials in constant time; bearer tokens are HS256 JWTs this mock issued itself, with ``exp``.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Mapping
from typing import Any

import jwt

from ._requests import HttpError, MockRequest
from ._spec import Operation

__all__ = ["Authenticator", "Credentials"]

Credentials = Mapping[str, str]

_AUTH_STATUSES = (401, 403, 400)


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
        signing_key: str,
        statuses: tuple[int, ...] = _AUTH_STATUSES,
    ) -> None:
        self.schemes = schemes
        self.credentials = {name.lower(): value for name, value in credentials.items()}
        self.token_ttl = token_ttl
        self._signing_key = signing_key
        self.statuses = statuses

    def __repr__(self) -> str:  # never show the secrets
        return f"Authenticator(schemes={sorted(self.schemes)}, credentials=<{len(self.credentials)} hidden>)"

    def check(self, operation: Operation, request: MockRequest) -> None:
        """Raise :class:`HttpError` (kind ``auth``) unless one requirement is met."""
        if not operation.security or any(not requirement for requirement in operation.security):
            return
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
                return
            problems.extend(missing_or_wrong)
        raise HttpError(self.statuses, problems[0] if problems else "credentials required", kind="auth")

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
        if location == "header":
            given = request.headers.get(param.lower())
        elif location == "query":
            given = next((value for key, value in request.query if key == param), None)
        else:
            cookies = dict(
                part.strip().split("=", 1) for part in request.headers.get("cookie", "").split(";") if "=" in part
            )
            given = cookies.get(param)
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
        try:
            jwt.decode(token.strip(), self._signing_key, algorithms=["HS256"], options={"require": ["exp"]})
        except jwt.ExpiredSignatureError:
            return "token expired"
        except jwt.InvalidTokenError:
            return "invalid token"
        return None

    # -- tokens ------------------------------------------------------------------------------------

    def access_key_ok(self, given: object) -> bool:
        expected = self.credentials.get("access_key")
        return (
            isinstance(given, str) and expected is not None and hmac.compare_digest(given.encode(), expected.encode())
        )

    def issue_token(self, subject: str = "demo", *, now: float | None = None) -> str:
        """A signed JWT valid for ``token_ttl`` seconds."""
        issued = time.time() if now is None else now
        claims = {"sub": subject, "iat": int(issued), "exp": issued + self.token_ttl}
        return jwt.encode(claims, self._signing_key, algorithm="HS256")
