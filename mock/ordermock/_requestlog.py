"""What a mock app received: every request with its answer, secrets masked, for assertions in tests.

>>> app.requests.count(operation="add_purchase_order")                   # doctest: +SKIP
1
>>> app.requests.last.status, app.requests.last.headers["api_key"]        # doctest: +SKIP
(200, '***')
>>> [r.body["poReference"] for r in app.requests.filter(method="POST")]   # doctest: +SKIP
['PO-4711']

Secrets are masked when a request is recorded, with the project's one redaction
(:func:`ordersdk.redaction.redact_headers` / ``redact``): credential headers whole, credential-named
body fields and query parameters, the app's own credentials wherever they appear, and
credential-shaped values (JWTs, bearer tokens). The log never holds a secret.

**Bounded**: it keeps the last ``capacity`` requests (1,000 by default; ``create_app(...,
request_log=N)``, 0 turns it off) and ``dropped`` counts those it forgot; a body larger than
:data:`MAX_LOGGED_BODY` bytes is recorded as ``None`` with its ``body_size``. At most
~1,000 x 64 KiB of bodies are ever held, however long a mock runs.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from ordersdk.redaction import CREDENTIAL_NAMES, MASK, redact, redact_headers

from ._json import parse_json
from ._requests import MockRequest
from ._spec import Operation
from ._target import Target, checked_target
from ._text import TextError

__all__ = ["DEFAULT_CAPACITY", "MAX_LOGGED_BODY", "RecordedRequest", "RequestLog", "mask_secrets"]

DEFAULT_CAPACITY = 1000
_UNREAD: Any = object()

#: Bodies larger than this (bytes, as received) are not kept: the record says only how large they were.
MAX_LOGGED_BODY = 65_536


@dataclass(frozen=True)
class RecordedRequest:
    """One request the mock received and how it answered (secrets masked as ``***``)."""

    method: str
    #: The path as received, base path included (``/v1/purchase_orders/12``).
    path: str
    #: Query parameters: one value as a string, a repeated parameter as a list.
    query: Mapping[str, str | list[str]]
    #: Request headers, names lower-case.
    headers: Mapping[str, str]
    #: The body as the server read it: JSON value, form fields, text or bytes; ``None`` if empty or too large.
    body: Any
    #: The status the client got; ``None`` when it got none (a dropped connection or a hang).
    status: int | None
    #: The operationId the request was routed to; ``None`` for an unknown path or method.
    operation: str | None
    #: The spec path of that operation (``/purchase_orders/{order_id}``).
    template: str | None = None
    #: Whether the server ran the operation and it succeeded (False for refused, failed or before-faulted requests).
    processed: bool = False
    #: The injected fault that shaped the answer (``"after: 503"``, ``"before: drop"``), if any.
    fault: str | None = None
    body_size: int = 0
    #: Arrival time (``time.time()``).
    at: float = field(default_factory=time.time)

    def __str__(self) -> str:
        outcome = "no response" if self.status is None else str(self.status)
        fault = f" [{self.fault}]" if self.fault else ""
        return f"{self.method} {self.path} ({self.operation or 'unrouted'}) -> {outcome}{fault}"


class RequestLog:
    """The requests one mock app received, oldest first, the last ``capacity`` of them (thread-safe).

    ``secrets`` are the values to redact wherever they appear (the app's credentials); ``operations``
    (the spec's) let queries for an operation or path the spec lacks fail instead of finding nothing.
    """

    def __init__(
        self,
        base_path: str = "",
        capacity: int = DEFAULT_CAPACITY,
        secrets: Iterable[str] = (),
        operations: Iterable[Operation] = (),
    ) -> None:
        if capacity < 0:
            raise ValueError(f"capacity must be 0 (off) or more, got {capacity}")
        self.base_path = base_path
        self.capacity = capacity
        #: Requests forgotten because the log was full (or never kept, with capacity 0).
        self.dropped = 0
        self._secrets = tuple(secrets)
        self._operations = tuple(operations)
        self._records: deque[RecordedRequest] = deque(maxlen=capacity or 1)
        self._lock = threading.Lock()
        #: Called with every new record (the CLI's ``--log-requests`` prints them).
        self.on_record: Callable[[RecordedRequest], None] | None = None

    def add(
        self,
        request: MockRequest,
        operation: Operation | None,
        status: int | None,
        *,
        body: Any = _UNREAD,
        processed: bool = False,
        fault: str | None = None,
    ) -> None:
        """Record ``request`` (masking its secrets); ``body`` is the body as parsed, when it was."""
        if not self.capacity:
            with self._lock:
                self.dropped += 1
            return
        size = len(request.body)
        if size > MAX_LOGGED_BODY:
            body = None
        elif body is _UNREAD:
            body = readable_body(request)
        entry = RecordedRequest(
            method=request.method,
            path=request.path,
            query=masked_query(request.query, self._secrets),
            headers=redact_headers(request.headers, self._secrets),
            body=mask_secrets(body, self._secrets),
            status=status,
            operation=operation.operation_id if operation is not None else None,
            template=operation.path if operation is not None else None,
            processed=processed,
            fault=fault,
            body_size=size,
        )
        with self._lock:
            if len(self._records) == self.capacity:
                self.dropped += 1
            self._records.append(entry)
        if self.on_record is not None:
            self.on_record(entry)

    def clear(self) -> None:
        with self._lock:
            self._records.clear()
            self.dropped = 0

    # -- reading -----------------------------------------------------------------------------------

    def all(self) -> list[RecordedRequest]:
        """Every kept request, oldest first (a copy)."""
        with self._lock:
            return list(self._records)

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.all())

    def __getitem__(self, index: int) -> RecordedRequest:
        return self.all()[index]

    def filter(
        self,
        operation: str | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
    ) -> list[RecordedRequest]:
        """The requests for ``operation`` (an operationId) or ``method`` / ``path`` (template or concrete), oldest first.

        ``status`` keeps only requests answered with it. An operation or path the spec does not have
        is a ``ValueError`` (a typo would otherwise count nothing, and ``count(...) == 0`` would pass).
        """
        target = checked_target(Target(operation, method, path), self._operations)
        return [
            entry
            for entry in self.all()
            if target.matches(entry.operation, entry.method, entry.template, entry.path, self.base_path)
            and (status is None or entry.status == status)
        ]

    def count(
        self,
        operation: str | None = None,
        *,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
    ) -> int:
        """How many requests :meth:`filter` would return."""
        return len(self.filter(operation, method=method, path=path, status=status))

    @property
    def last(self) -> RecordedRequest:
        """The most recent request; ``LookupError`` when none was received."""
        with self._lock:
            if not self._records:
                raise LookupError("the mock has received no request yet")
            return self._records[-1]

    def __repr__(self) -> str:
        return f"<RequestLog {len(self)} of at most {self.capacity}, {self.dropped} dropped>"


def mask_secrets(value: Any, secrets: Iterable[str]) -> Any:
    """``value`` (a parsed body) with credential-named fields masked and ``secrets`` redacted in every string."""
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, Mapping):
        return {
            key: MASK if str(key).lower() in CREDENTIAL_NAMES else mask_secrets(item, secrets)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [mask_secrets(item, secrets) for item in value]
    if isinstance(value, bytes):  # latin-1 maps every byte to one character and back
        return redact(value.decode("latin-1"), secrets).encode("latin-1")
    return value


def masked_query(pairs: Iterable[tuple[str, str]], secrets: Iterable[str]) -> dict[str, str | list[str]]:
    """Query pairs as a mapping (repeated names as lists), credential-named parameters masked."""
    keys = list(secrets)
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        masked = MASK if name.lower() in CREDENTIAL_NAMES else redact(value, keys)
        grouped.setdefault(name, []).append(masked)
    return {name: values[0] if len(values) == 1 else values for name, values in grouped.items()}


def readable_body(request: MockRequest) -> Any:
    """The body of a request the server did not parse (refused, or failed before): read as well as it goes.

    JSON is read by the server's own rules (no deeper than ``MAX_DEPTH``, so no walk over it can
    exhaust the stack); what they refuse is kept as text. A compressed body is kept as bytes.
    """
    if not request.body:
        return None
    if request.content_codings:
        return request.body
    media = request.media_type or ""
    text = request.body.decode("utf-8", errors="replace")
    if "json" in media:
        try:
            return parse_json(text)
        except TextError:
            return text
    if media == "application/x-www-form-urlencoded":
        return {name: values[0] if len(values) == 1 else values for name, values in parse_qs(text).items()}
    if media.startswith("text/") or not media:
        return text
    return request.body
