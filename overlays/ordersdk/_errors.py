"""Typed errors raised by every ``ordersdk`` client (the mapping lives in ``_error_mapping``).

Any response with status >= 400 that survives the retry policy becomes an
:class:`APIStatusError` subclass chosen by status; transport failures become
:class:`APIConnectionError` / :class:`APITimeoutError`; a success response whose
body cannot be read as its spec documents it becomes :class:`APIResponseValidationError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._deviations import Deviation
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
    """A success response the client cannot read as its spec documents it, or (``strict=True``) any deviation.

    Raised for an empty or non-JSON body where JSON is documented, a truncated body, a value of the
    wrong type (a list for an object, text for a number), a missing required field, a null where a
    value is required — anywhere in the body, also inside :func:`~ordersdk.paginate`. Deviations with
    an obvious reading (an unknown enum value, an extra field, a null in an optional field) are read
    leniently instead, unless the client was connected with ``strict=True``.

    Attributes: ``operation`` (``"GET /v1/purchase_orders/7"``), ``operation_id`` (the spec's, e.g.
    ``"get_purchase_order"``; ``None`` when unknown), ``status_code``, ``pointer`` (JSON pointer of the
    deviation in the body, ``""`` for the whole body), ``kind`` (``empty``, ``not-json``, ``too-deep``,
    ``undecodable``, ``type``, ``missing``, ``null``, ``enum``, ``extra``, ``format``, ``constraint``,
    ``status``, ``content-type``, ``unreadable``), ``expected`` (what the spec says, never a value from the body), ``body_excerpt`` (a
    short excerpt around the deviation, secrets redacted), ``deviations`` (every deviation found in
    this body, as :class:`ordersdk.Deviation`) and ``headers`` (redacted). A create answered ``201``
    with an empty body has *created* the resource: ``headers.get("location")`` may say where.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        status_code: int,
        body_excerpt: str,
        operation_id: str | None = None,
        pointer: str = "",
        kind: str = "not-json",
        expected: str = "a JSON body",
        deviations: tuple[Deviation, ...] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, operation=operation)
        self.status_code = status_code
        self.body_excerpt = body_excerpt
        self.headers: Mapping[str, str] = dict(headers or {})
        self.operation_id = operation_id
        self.pointer = pointer
        self.kind = kind
        self.expected = expected
        self.deviations = deviations


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
