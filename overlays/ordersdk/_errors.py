"""Typed errors raised by every ``ordersdk`` client (the mapping lives in ``_error_mapping``).

Any response with status >= 400 that survives the retry policy becomes an
:class:`APIStatusError` subclass chosen by status; transport failures become
:class:`APIConnectionError` / :class:`APITimeoutError`; a success response whose
JSON is broken becomes :class:`APIResponseValidationError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._pagination import PagePosition

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialsError",
    "NotFoundError",
    "PageLimitError",
    "PageLoopError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
]


class CredentialsError(ValueError):
    """Raised by ``connect()`` when credentials are missing or contradictory."""


class APIError(Exception):
    """Base class of every error raised by an ``ordersdk`` client.

    ``position`` is set when the error interrupted a :func:`~ordersdk.paginate` walk: pass it
    as ``start=`` to resume the walk where it stopped.
    """

    position: PagePosition | None = None

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.operation = operation


class APIConnectionError(APIError):
    """The request could not be completed at the transport level (DNS, refused, reset, ...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (after the retry policy gave up)."""


class PaginationError(APIError):
    """A paginated walk cannot go on; ``position`` says where it stopped."""

    def __init__(self, message: str, *, operation: str, position: PagePosition) -> None:
        super().__init__(message, operation=operation)
        self.position = position


class PageLoopError(PaginationError):
    """The server answered a page with the same items as the previous one: it ignores the page parameters."""


class PageLimitError(PaginationError):
    """The walk fetched its ``max_pages`` and more pages remain; resume with ``start=error.position``."""


class APIResponseValidationError(APIError):
    """A success response whose body is not the JSON it claims to be (truncated, HTML, ...)."""

    def __init__(self, message: str, *, operation: str, status_code: int, body_excerpt: str) -> None:
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.body_excerpt = body_excerpt


class APIStatusError(APIError):
    """The API answered with status >= 400.

    Attributes: ``status_code``, ``operation`` (``"GET /v1/purchase_orders"``), ``request_id``
    (from the response headers, if any), ``body`` (parsed JSON, or ``None``), ``body_excerpt``
    (text, secrets redacted), and the vendor's ``error_code`` / ``error_message`` / ``error_field``.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        operation: str,
        request_id: str | None = None,
        body: Any = None,
        body_excerpt: str = "",
        error_code: str | int | None = None,
        error_message: str | None = None,
        error_field: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.request_id = request_id
        self.body = body
        self.body_excerpt = body_excerpt
        self.error_code = error_code
        self.error_message = error_message
        self.error_field = error_field
        self.headers: Mapping[str, str] = dict(headers or {})


class BadRequestError(APIStatusError):
    """400: the request was invalid."""


class AuthenticationError(APIStatusError):
    """401: the credentials were not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials lack the rights for this operation."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the data failed validation (Order Time returns a list of validation results)."""


class RateLimitError(APIStatusError):
    """429 that survived the retry policy; ``retry_after`` is the server's wait in seconds, if given."""

    retry_after: float | None = None


class ServerError(APIStatusError):
    """5xx that survived the retry policy."""
