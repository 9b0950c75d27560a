"""A response body, decoded once: its JSON, or why it has none (empty, not JSON, too deep, undecodable).

The retry transport (a truncated or undecodable success is retried for idempotent requests), the error
layer and the reader of success bodies (``_reading``) all ask for the same body; :func:`decoded` parses
it once and keeps the result on the response until :func:`release_decoded`. Nothing here raises on a
hostile body: a ``RecursionError`` from the parser is the ``too-deep`` failure, httpx's
``DecodingError`` the ``undecodable`` one (see :func:`undecodable`).
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

import httpx

__all__ = [
    "NOT_JSON",
    "body_failure",
    "broken_json",
    "decoded",
    "is_json",
    "release_decoded",
    "text_of",
    "undecodable",
]


def text_of(response: httpx.Response) -> str:
    """The body as text, in its declared charset (UTF-8 when none or unknown); undecodable bytes replaced."""
    try:
        return response.content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return response.content.decode("utf-8", errors="replace")


def is_json(response: httpx.Response) -> bool:
    """Whether the content type is JSON (``application/json``, ``…+json``), whatever its parameters."""
    value = str(response.headers.get("content-type", ""))
    if value == "application/json" or value.startswith("application/json;"):
        return True  # the usual header, answered without parsing it (every success body asks)
    media_type = value.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


class _NotJson:
    def __repr__(self) -> str:
        return "NOT_JSON"


#: What :func:`decoded` returns for a body that is empty or not JSON.
NOT_JSON: Any = _NotJson()
_DECODED = "ordersdk.json"  # response extension: the body decoded by decoded(), once per response
_FAILURE = "ordersdk.unreadable"  # response extension: "too-deep" / "undecodable" (see body_failure())
_FAILURE_DETAIL = "ordersdk.unreadable.detail"


def decoded(response: httpx.Response) -> Any:
    """The read body of ``response`` as JSON, or :data:`NOT_JSON`; decoded once and kept on the response.

    The retry transport (truncated bodies are retried), the error layer and the reader of success
    bodies (``_reading``) all ask; only the first decodes. A body is decoded whatever its content type
    (JSON under ``text/html`` is still JSON); UTF-8 as JSON requires, or the declared charset.
    """
    extensions = response.extensions
    if _DECODED in extensions:
        return extensions[_DECODED]
    content = response.content
    value: Any = NOT_JSON
    if content and not content.isspace():
        try:
            value = json.loads(content)
        except UnicodeDecodeError:  # not UTF-8 (JSON's encoding): an obvious reading when a charset is declared
            if response.charset_encoding:
                with contextlib.suppress(ValueError, RecursionError):
                    value = json.loads(text_of(response))
        except RecursionError:  # nested deeper than Python's parser goes: JSON, but no reading of it
            extensions[_FAILURE] = "too-deep"
        except ValueError:
            pass
    extensions[_DECODED] = value
    return value


def undecodable(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    """A stand-in for ``response`` (to ``request``), whose ``Content-Encoding`` could not be undone.

    Same status, request and headers (less the encoding), an empty body, marked so that
    :func:`broken_json` / :func:`body_failure` see it: the retry transport retries it like a truncated
    body (idempotent requests only) and the error layer raises the typed error, never httpx's bare
    ``DecodingError``.
    """
    headers = [(k, v) for k, v in response.headers.multi_items() if k not in ("content-encoding", "content-length")]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=b"",
        request=request,
        extensions={_FAILURE: "undecodable", _FAILURE_DETAIL: response.headers.get("content-encoding", "")},
    )


def body_failure(response: httpx.Response) -> tuple[str, str] | None:
    """Why a body could not be read as JSON beyond "not JSON": ``(kind, expected)``, else ``None``."""
    kind = response.extensions.get(_FAILURE)
    if kind == "too-deep":
        return kind, "JSON nested no deeper than the parser reads (about 900 levels)"
    if kind == "undecodable":
        encoding = response.extensions.get(_FAILURE_DETAIL, "")
        return kind, f"a body encoded as its Content-Encoding says ({encoding})"
    return None


def release_decoded(response: httpx.Response) -> None:
    """Forget the decoded body kept on ``response`` once its last reader is done with it.

    An httpx response lives in a reference cycle (its stream points back at it) and is freed by the
    garbage collector, not when the call returns; a parsed body kept on it would stay alive with it
    and make every collection slower.
    """
    response.extensions.pop(_DECODED, None)


def broken_json(response: httpx.Response) -> bool:
    """Whether a read response declares JSON but its body does not parse (truncated, HTML, ...).

    The retry transport asks first (an idempotent request is retried) and the error layer after it.
    """
    # decoded() first: on the usual path it is a dict lookup, and the header is never read.
    if decoded(response) is not NOT_JSON:
        return False
    reason = response.extensions.get(_FAILURE)
    if reason is not None:  # undecodable: broken on the way, like a truncated body; too-deep: the reader says
        return bool(reason == "undecodable")
    content = response.content
    return bool(content) and not content.isspace() and is_json(response)
