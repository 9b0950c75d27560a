"""Typed errors: status -> class, vendor bodies parsed defensively, request ids, Retry-After, redaction."""

from __future__ import annotations

import email.utils

import httpx
import ordersdk
import pytest
from ordersdk._error_mapping import parse_retry_after, status_error, transport_error

REQUEST = httpx.Request("GET", "https://capi.lagerkoll.com/v1/purchase_orders/42?query=x")


def _response(status: int, content: bytes | str = b"", **headers: str) -> httpx.Response:
    body = content.encode() if isinstance(content, str) else content
    response = httpx.Response(status, content=body, headers=headers, request=REQUEST)
    response.read()
    return response


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ordersdk.BadRequestError),
        (401, ordersdk.AuthenticationError),
        (403, ordersdk.PermissionDeniedError),
        (404, ordersdk.NotFoundError),
        (409, ordersdk.ConflictError),
        (429, ordersdk.RateLimitError),
        (500, ordersdk.ServerError),
        (503, ordersdk.ServerError),
        (418, ordersdk.APIStatusError),
    ],
)
def test_status_selects_the_error_class(status: int, cls: type[ordersdk.APIStatusError]) -> None:
    """Each documented status maps to its class; all are APIStatusError and APIError."""
    error = status_error(_response(status, "{}"))
    assert type(error) is cls
    assert isinstance(error, ordersdk.APIStatusError) and isinstance(error, ordersdk.APIError)
    assert error.status_code == status
    assert error.operation == "GET /v1/purchase_orders/42"


def test_lagerkoll_error_body_is_parsed() -> None:
    """Lagerkoll's errorCode / errorMessage / errorField land on the error and in its message."""
    body = '{"errorCode": 900001, "errorMessage": "Credentials do not match", "errorField": "api_key"}'
    error = status_error(_response(401, body, **{"x-request-id": "req-7"}))
    assert (error.error_code, error.error_message, error.error_field) == (900001, "Credentials do not match", "api_key")
    assert error.request_id == "req-7"
    assert str(error) == (
        "401 Unauthorized on GET /v1/purchase_orders/42 (error 900001): Credentials do not match [request id req-7]"
    )
    assert error.body == {"errorCode": 900001, "errorMessage": "Credentials do not match", "errorField": "api_key"}


def test_seventime_and_ordertime_bodies_are_parsed() -> None:
    """Seven Time {errorMessage}, Order Time validation lists and plain JSON strings all yield a message."""
    assert status_error(_response(404, '{"errorMessage": "No such order"}')).error_message == "No such order"
    validation = '[{"PropertyName": "Name", "Message": "Name is required"}, {"Message": "Date is invalid"}]'
    conflict = status_error(_response(409, validation))
    assert conflict.error_message == "Name is required; Date is invalid"
    assert conflict.error_field == "Name"
    assert isinstance(conflict.body, list)
    assert status_error(_response(400, '"Bad filter"')).error_message == "Bad filter"


def test_ordertime_validation_results_in_the_spec_shape() -> None:
    """The 409 body as specs/ordertime.yaml models it ({ErrorMessage, MemberNames}) yields message and field."""
    body = '[{"ErrorMessage": "Price is required", "MemberNames": ["Price", "Quantity"]}, {"ErrorMessage": "Bad date"}]'
    conflict = status_error(_response(409, body))
    assert isinstance(conflict, ordersdk.ConflictError)
    assert conflict.error_message == "Price is required; Bad date"
    assert conflict.error_field == "Price"


@pytest.mark.parametrize(
    "content",
    [
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b'{"errorCode": 900101, "errorMess',
        b"\xff\xfe\x00garbage",
        b"",
        b"[1, 2, 3]",
        b'{"errorCode": {"nested": true}, "errorMessage": ["a"]}',
        b"null",
    ],
)
def test_unexpected_bodies_never_raise_parse_errors(content: bytes) -> None:
    """HTML, truncated JSON, binary, empty and odd shapes give an error object, never KeyError/JSONDecodeError."""
    error = status_error(_response(502, content, **{"content-type": "application/json"}))
    assert isinstance(error, ordersdk.ServerError)
    assert error.error_code is None
    assert str(error).startswith("502 Bad Gateway on GET /v1/purchase_orders/42")
    assert len(error.body_excerpt) <= 500


def test_html_error_page_excerpt_is_kept() -> None:
    """A non-JSON body keeps a readable excerpt and its first line becomes the summary."""
    error = status_error(_response(503, "Service down for maintenance\n<p>back soon</p>"))
    assert error.body is None
    assert error.body_excerpt.startswith("Service down")
    assert str(error).endswith(": Service down for maintenance")


def test_rate_limit_error_carries_retry_after() -> None:
    """RateLimitError.retry_after comes from Retry-After (seconds)."""
    error = status_error(_response(429, '{"errorCode": 900429}', **{"retry-after": "17"}))
    assert isinstance(error, ordersdk.RateLimitError)
    assert error.retry_after == 17.0
    assert error.error_code == 900429


def test_retry_after_forms() -> None:
    """retry-after-ms wins; seconds and HTTP dates are understood; junk and past dates are safe."""
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(httpx.Headers({"retry-after-ms": "250", "retry-after": "9"}), now=lambda: now) == 0.25
    assert parse_retry_after(httpx.Headers({"retry-after": "2.5"}), now=lambda: now) == 2.5
    assert parse_retry_after(httpx.Headers({"retry-after": date}), now=lambda: now) == pytest.approx(30.0)
    assert parse_retry_after(httpx.Headers({"retry-after": "soon"}), now=lambda: now) is None
    assert parse_retry_after(httpx.Headers({"retry-after": "-5"}), now=lambda: now) == 0.0
    assert parse_retry_after(httpx.Headers({}), now=lambda: now) is None


def test_secrets_in_error_bodies_are_redacted() -> None:
    """A server echoing a credential back never puts it into the message or excerpt."""
    secret = "sk-very-secret-key"
    error = status_error(_response(400, f'{{"errorMessage": "bad key {secret}"}}'), secrets=[secret])
    assert secret not in str(error)
    assert secret not in error.body_excerpt
    assert secret not in (error.error_message or "")
    assert secret not in repr(error.body) and "bad key ***" in repr(error.body)


def test_transport_errors_map_to_connection_and_timeout() -> None:
    """Timeouts become APITimeoutError; other transport failures APIConnectionError; messages name the operation."""
    timeout = transport_error(httpx.ReadTimeout("read timed out"), REQUEST)
    refused = transport_error(httpx.ConnectError("refused"), REQUEST)
    assert type(timeout) is ordersdk.APITimeoutError and isinstance(timeout, ordersdk.APIConnectionError)
    assert type(refused) is ordersdk.APIConnectionError
    assert str(refused) == "GET /v1/purchase_orders/42 failed (ConnectError)"
    assert "query=x" not in str(timeout)
