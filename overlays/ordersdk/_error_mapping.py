"""From error responses and transport failures to the typed errors of ``_errors``.

The vendor error body is parsed defensively: a truncated, HTML or otherwise
unexpected body never surfaces as ``KeyError`` / ``JSONDecodeError`` — the vendor
fields are simply ``None`` and ``body_excerpt`` keeps the first characters for a
person to read. Secrets are redacted (:mod:`ordersdk.redaction`) from everything an error carries —
message, excerpt, parsed body, vendor fields, request id and headers — and always
*before* a text is cut to its excerpt.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import httpx

from ._bodies import body_failure, broken_json, text_of
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)
from .redaction import CREDENTIAL_NAMES, MASK, redact, redact_headers, secret_keys

__all__ = [
    "excerpt",
    "invalid_body_error",
    "operation_of",
    "parse_retry_after",
    "scrub",
    "status_error",
    "transport_error",
]

_EXCERPT_CHARS = 500
#: How deep :func:`scrub` copies a parsed body; deeper containers become a marker (no vendor body nests
#: more than a handful of levels).
SCRUB_DEPTH = 32
_TOO_DEEP_MARKER = f"[nested deeper than {SCRUB_DEPTH} levels]"
_SUMMARY_CHARS = 200
# Vendor error bodies, most specific first: Lagerkoll {errorCode, errorMessage, errorField},
# Seven Time {errorMessage}, Order Time 400 {Message} / 409 [{ErrorMessage, MemberNames}, ...],
# Seven Senders (undocumented; API-Platform style) {message | detail | hydra:description}.
_MESSAGE_KEYS = (
    "errorMessage",
    "ErrorMessage",  # Order Time ValidationResult
    "message",
    "Message",
    "detail",
    "hydra:description",
    "error_description",
    "title",
)
_CODE_KEYS = ("errorCode", "code", "Code")
_FIELD_KEYS = ("errorField", "field", "PropertyName")
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid")


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def parse_retry_after(headers: Mapping[str, str], *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds to wait from ``retry-after-ms`` or ``Retry-After`` (seconds or HTTP date); ``None`` if absent/invalid."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now())


def operation_of(request: httpx.Request) -> str:
    """``"METHOD /path"``; the query string is left out (it may carry filter values)."""
    return f"{request.method} {request.url.path}"


def scrub(value: Any, secrets: tuple[str, ...], _depth: int = 0) -> Any:
    """``value`` (parsed JSON) with every secret redacted from its strings, credential fields masked whole.

    Containers nested deeper than :data:`SCRUB_DEPTH` are replaced by a marker: a hostile body must not
    exhaust the recursion limit of the error path (what is kept is for people to read).
    """
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, (list, dict)) and _depth >= SCRUB_DEPTH:
        return _TOO_DEEP_MARKER
    if isinstance(value, list):
        return [scrub(item, secrets, _depth + 1) for item in value]
    if isinstance(value, dict):
        return {
            redact(str(key), secrets): MASK
            if str(key).lower() in CREDENTIAL_NAMES and item not in (None, "")
            else scrub(item, secrets, _depth + 1)
            for key, item in value.items()
        }
    return value


def _first(body: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = body.get(key)
        if value is not None and not isinstance(value, (dict, list)):
            return value
    return None


def _vendor_fields(body: Any) -> tuple[str | int | None, str | None, str | None]:
    """(code, message, field) from whatever JSON the vendor sent; never raises."""
    if isinstance(body, str):
        return None, body, None
    if isinstance(body, list):
        parts = [_vendor_fields(entry) for entry in body if isinstance(entry, (dict, str))]
        messages = [message for _, message, _ in parts if message]
        return None, ("; ".join(messages) or None), next((f for _, _, f in parts if f), None)
    if not isinstance(body, dict):
        return None, None, None
    code = _first(body, _CODE_KEYS)
    error = body.get("error")
    if isinstance(error, dict):
        nested_code, message, field = _vendor_fields(error)
        return code if code is not None else nested_code, message, field
    message = _first(body, _MESSAGE_KEYS)
    if message is None and isinstance(error, str):
        message = error
    field = _first(body, _FIELD_KEYS)
    members = body.get("MemberNames")  # Order Time ValidationResult: the offending properties
    if field is None and isinstance(members, list) and members and isinstance(members[0], str):
        field = members[0]
    return (
        code if isinstance(code, (int, str)) and not isinstance(code, bool) else None,
        None if message is None else str(message),
        None if field is None else str(field),
    )


def _parse(text: str) -> Any:
    try:
        return json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        return None


def _decode(response: httpx.Response, secrets: tuple[str, ...]) -> tuple[Any, str]:
    """(parsed JSON or None, redacted text excerpt); tolerant of truncated, non-JSON and non-UTF-8 bodies."""
    text = text_of(response)
    # Redact the whole text, then cut: a secret straddling the cut must not keep its head.
    return _parse(text), redact(text, secrets, limit=_EXCERPT_CHARS, may_be_cut=True)


def status_error(response: httpx.Response, *, secrets: Iterable[str] = ()) -> APIStatusError:
    """Build the typed error for an error response whose body has been read."""
    secrets = secret_keys(secrets)
    operation = operation_of(response.request)
    body, excerpt = _decode(response, secrets)
    body = scrub(body, secrets)
    code, vendor_message, field = _vendor_fields(body)
    headers = redact_headers(response.headers, secrets)
    request_id = next((headers[h] for h in _REQUEST_ID_HEADERS if h in headers), None)
    status = response.status_code
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIStatusError)
    summary = vendor_message or (excerpt.strip().splitlines() or [""])[0][:_SUMMARY_CHARS] or response.reason_phrase
    message = f"{status} {response.reason_phrase} on {operation}"
    if code is not None:
        message += f" (error {code})"
    message += f": {summary}"
    if request_id:
        message += f" [request id {request_id}]"
    error = cls(
        redact(message, secrets),
        status_code=status,
        operation=operation,
        request_id=request_id,
        body=body if isinstance(body, (dict, list)) else None,
        body_excerpt=excerpt,
        error_code=code,
        error_message=vendor_message,
        error_field=field,
        headers=headers,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = parse_retry_after(response.headers)
    return error


def transport_error(exc: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    """Map an httpx transport failure to the ordersdk hierarchy (message names the operation only)."""
    operation = operation_of(request)
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if cls is APITimeoutError else f"failed ({type(exc).__name__})"
    return cls(f"{operation} {what}", operation=operation)


def excerpt(text: str, secrets: Iterable[str] = (), *, may_be_cut: bool = False, limit: int = _EXCERPT_CHARS) -> str:
    """``text`` redacted, then cut to ``limit`` characters (the order matters: see :mod:`ordersdk.redaction`)."""
    return redact(text, secret_keys(secrets), limit=limit, may_be_cut=may_be_cut)


def invalid_body_error(response: httpx.Response, *, secrets: Iterable[str] = ()) -> APIResponseValidationError | None:
    """An error if a read success response declares JSON but its body does not parse; else ``None``.

    The generated parsers would otherwise raise a bare ``JSONDecodeError`` on a truncated body.
    """
    if not broken_json(response):
        return None
    operation = operation_of(response.request)
    kind, expected = body_failure(response) or ("not-json", "a JSON body")
    what = "could not be decoded" if kind == "undecodable" else "is not valid JSON (truncated or not JSON)"
    return APIResponseValidationError(
        f"{response.status_code} on {operation}: the body {what}",
        operation=operation,
        status_code=response.status_code,
        body_excerpt=excerpt(text_of(response), secrets, may_be_cut=True),
        kind=kind,
        expected=expected,
        headers=redact_headers(response.headers, secrets),
    )
