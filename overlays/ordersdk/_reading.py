"""How ``connect()`` reads a documented success body: decoded once, checked, then parsed or a typed error.

The generated endpoints read every documented JSON success through ``ordersdk_runtime.read_json``,
which hands it to the :class:`Reader` our httpx client attached to the response. The reader:

1. takes the body as decoded once per response (``_bodies.decoded``; the retry layer decoded
   it already to spot a truncated body), so it is parsed once, not twice;
2. checks it against the operation's response schema (``_schema_check``); lenient by default - an
   unknown enum value, an extra field, a null in an optional property, a constraint, an undocumented
   success status or a JSON body under another content type are read - strict (``connect(strict=True)``)
   refuses any deviation;
3. counts every deviation and logs each new one once (``_deviations``);
4. runs the generated parser on the checked data; whatever it raises becomes the typed error too.

What it raises is always :class:`~ordersdk.APIResponseValidationError` with the operation, status,
the JSON pointer of the deviation, what the spec expected and a short redacted excerpt - never a bare
``KeyError`` / ``ValueError`` / ``TypeError`` / ``JSONDecodeError``. The error is built in a helper and
raised from a frame holding no body (a traceback rendered with its locals shows no secret).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any, TypeVar

import httpx

from ._bodies import NOT_JSON, body_failure, decoded, is_json, release_decoded, text_of
from ._deviations import Deviation, record
from ._error_mapping import excerpt, operation_of, scrub
from ._errors import APIResponseValidationError
from ._schema_check import Finding, Schemas, check, pointer_of
from .redaction import redact_headers, secret_keys

__all__ = ["Reader"]

T = TypeVar("T")
_EXCERPT = 200
_UNSEEN: Any = object()
_DEVIATES: Any = object()
_SCHEMAS: dict[str, Schemas] = {}
_SCHEMAS_LOCK = threading.Lock()


def _schemas(api: str) -> Schemas:
    with _SCHEMAS_LOCK:
        if api not in _SCHEMAS:
            _SCHEMAS[api] = Schemas(api)
        return _SCHEMAS[api]


class _Refused:
    __slots__ = ("error",)

    def __init__(self, error: APIResponseValidationError) -> None:
        self.error = error


class Reader:
    """The ``ordersdk_runtime.Reader`` of one ``connect()``-ed client (``strict``: refuse any deviation).

    Example (what ``connect()`` does; users never build one)::

        reader = Reader("seventime", strict=False, secrets=lambda: ["client-secret"])
        response.extensions[ordersdk_runtime.READER] = reader
    """

    def __init__(self, api: str, *, strict: bool = False, secrets: Callable[[], Iterable[str]] = tuple) -> None:
        self.api = api
        self.strict = strict
        self._secrets = secrets
        self._schemas = _schemas(api)
        # (operation id, status) -> the validator this reader uses; every response asks, so look it up once.
        self._validators: dict[tuple[str, str], Any] = {}

    def __call__(self, response: httpx.Response, parse: Callable[[Any], T], operation_id: str, status: str) -> T:
        value = self._conforming(response, parse, operation_id, status)
        if value is not _DEVIATES:
            return value  # type: ignore[no-any-return]  # _conforming returns parse()'s T or the sentinel
        outcome = self._read(response, parse, operation_id, status)
        release_decoded(response)
        if isinstance(outcome, _Refused):
            raise outcome.error
        return outcome

    def _conforming(self, response: httpx.Response, parse: Callable[[Any], T], operation_id: str, status: str) -> Any:
        """The parsed body of a response without any deviation, else ``_DEVIATES`` (then :meth:`_read` says which).

        Every success body comes here first, so it does only what a conforming body needs: one schema check.
        """
        validator = self._validators.get((operation_id, status), _UNSEEN)
        if validator is _UNSEEN:
            validator = self._validator(operation_id, status)
        data = decoded(response)
        if data is NOT_JSON or not _documented(status, response.status_code) or not is_json(response):
            return _DEVIATES
        try:
            if validator is not None and not validator.is_valid(data):
                return _DEVIATES
            value = parse(data)
        except Exception:  # anything at all: _read examines the body and says what
            return _DEVIATES
        release_decoded(response)
        return value

    def _validator(self, operation_id: str, status: str) -> Any:
        validator = self._validators[(operation_id, status)] = self._schemas.validator(
            operation_id, status, formats=self.strict
        )
        return validator

    def __repr__(self) -> str:
        return f"Reader({self.api!r}, strict={self.strict})"

    def _read(
        self, response: httpx.Response, parse: Callable[[Any], T], operation_id: str, status: str
    ) -> T | _Refused:
        data = decoded(response)
        if data is NOT_JSON:
            kind, expected = body_failure(response) or (
                "not-json" if response.content.strip() else "empty",
                "a JSON body",
            )
            return self._refuse(response, operation_id, [Finding((), kind, expected, True)], None)
        found: list[Finding] = []
        if not is_json(response):
            found.append(Finding((), "content-type", "application/json", self.strict))
        if not _documented(status, response.status_code):
            found.append(Finding((), "status", f"status {status}", self.strict))
        validator = self._validators.get((operation_id, status), _UNSEEN)
        if validator is _UNSEEN:
            validator = self._validator(operation_id, status)
        if validator is not None:
            found += check(validator, data, strict=self.strict)
        if found and any(f.fatal for f in found):
            return self._refuse(response, operation_id, found, data)
        try:
            value = parse(data)
        except Exception as exc:  # whatever the generated parser raises becomes the typed error
            failure = type(exc).__name__
        else:
            if found:
                record(self._deviations(operation_id, found), status=response.status_code, raised=False)
            return value
        # The schema check let it through, the generated parser did not: most likely a format it cannot read.
        return self._refuse(response, operation_id, self._unreadable(operation_id, status, data, found, failure), data)

    def _unreadable(
        self, operation_id: str, status: str, data: Any, found: list[Finding], failure: str
    ) -> list[Finding]:
        """The findings of a body the parser refused: its format deviations first (they name the value), if any."""
        with_formats = self._schemas.validator(operation_id, status, formats=True)
        if with_formats is not None and not self.strict:
            found = [f for f in check(with_formats, data, strict=False) if f.kind == "format"] + found
        formats = [f for f in found if f.kind == "format"]
        if not formats:
            return [Finding((), "unreadable", f"a body the generated model can read (it raised {failure})", True)]
        return [replace(formats[0], fatal=True), *(f for f in found if f is not formats[0])]

    def _deviations(self, operation_id: str, found: list[Finding]) -> list[Deviation]:
        return [Deviation(self.api, operation_id, pointer_of(f.path, shape=True), f.kind, f.expected) for f in found]

    def _refuse(self, response: httpx.Response, operation_id: str, found: list[Finding], data: Any) -> _Refused:
        record(self._deviations(operation_id, found), status=response.status_code, raised=True)
        first = next(f for f in found if f.fatal)
        secrets = secret_keys(self._secrets())
        operation = operation_of(response.request)
        pointer = pointer_of(first.path)
        if first.kind in ("empty", "not-json", "too-deep", "undecodable"):
            shown = excerpt(text_of(response), secrets, may_be_cut=True, limit=_EXCERPT)
        else:
            shown = _node_excerpt(data, first.path[:-1] if first.kind == "missing" else first.path, secrets)
        others = len(found) - 1
        message = (
            f"{response.status_code} on {operation} ({operation_id}): {pointer or 'the body'}: {first.kind}, "
            f"expected {first.expected}" + (f" (and {others} more deviation(s))" if others else "")
        )
        return _Refused(
            APIResponseValidationError(
                message,
                operation=operation,
                status_code=response.status_code,
                body_excerpt=shown,
                operation_id=operation_id,
                pointer=pointer,
                kind=first.kind,
                expected=first.expected,
                deviations=tuple(self._deviations(operation_id, found)),
                headers=redact_headers(response.headers, secrets),
            )
        )


def _documented(status: str, code: int) -> bool:
    """Whether ``code`` is the documented ``status`` (``"200"``, or a range such as ``"2XX"``)."""
    text = str(code)
    return status == text or (status.endswith("XX") and status[0] == text[0])


def _node_excerpt(data: Any, path: tuple[str | int, ...], secrets: tuple[str, ...]) -> str:
    """The JSON of the node at ``path`` (or the deepest one that exists), credentials masked, redacted, cut."""
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    text = json.dumps(scrub(node, secrets), ensure_ascii=False, default=str)
    return excerpt(text, secrets, limit=_EXCERPT)
