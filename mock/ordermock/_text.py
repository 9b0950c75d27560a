"""Request text as the mock accepts it: UTF-8 that decodes to Unicode, or a :class:`TextError`.

JSON exchanged between systems is UTF-8 (RFC 8259 §8.1) and the vendors ask for UTF-8 too
(Lagerkoll's "Basics"). A lone surrogate escaped as ``"\\ud800"`` is valid JSON *syntax* but no
Unicode text: once stored, every later response holding it fails to encode. So each place where
request text enters -- JSON and form bodies, query strings, path segments, header parameters --
decodes strictly here, and what does not decode is refused before anything is stored. JSON text
is read by :mod:`ordermock._json` with these rules and its own (nesting, NaN, repeated keys).
"""

from __future__ import annotations

import math
import re
import sys
from urllib.parse import parse_qsl, unquote_to_bytes

__all__ = [
    "SURROGATE",
    "TextError",
    "decode_utf8",
    "header_text",
    "integer",
    "number",
    "path_text",
    "query_pairs",
]

#: The largest integer a double can hold. A number beyond it fits no vendor's number type (and an
#: integer of over 4,300 digits would not even convert), so it is refused wherever it is sent.
_MAX_NUMBER = int(sys.float_info.max)
_MAX_DIGITS = len(str(_MAX_NUMBER))

#: A lone surrogate: no Unicode character, so text holding one can never be encoded in a response.
SURROGATE = re.compile("[\ud800-\udfff]")


class TextError(ValueError):
    """Request text the mock refuses (answered 400); ``field`` names the body property when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def decode_utf8(raw: bytes, what: str = "request body") -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TextError(f"{what} is not valid UTF-8") from exc


def query_pairs(raw: bytes, what: str = "query string", *, errors: str = "strict") -> list[tuple[str, str]]:
    """``a=1&b=caf%C3%A9`` as name/value pairs; raw bytes and percent-escapes are both read as UTF-8.

    Also for ``application/x-www-form-urlencoded`` bodies (the same syntax). ``errors="replace"``
    gives the lenient reading used to route a request that is then refused.
    """
    # latin-1 maps each byte (raw or percent-escaped) to one character, so the pairs can be turned
    # back into their exact bytes and decoded once, strictly.
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
    try:
        return [(_utf8(name, errors), _utf8(value, errors)) for name, value in pairs]
    except UnicodeDecodeError as exc:
        raise TextError(f"{what} is not valid UTF-8") from exc


def _utf8(text: str, errors: str) -> str:
    return text if text.isascii() else text.encode("latin-1").decode("utf-8", errors)


def path_text(raw_path: bytes, *, errors: str = "strict") -> str:
    """The percent-decoded path of an ASGI ``raw_path`` (some servers leave the query on it)."""
    try:
        return unquote_to_bytes(raw_path.split(b"?", 1)[0]).decode("utf-8", errors)
    except UnicodeDecodeError as exc:
        raise TextError("request path is not valid UTF-8") from exc


def header_text(value: str, name: str) -> str:
    """A header value (decoded by the server as latin-1, one character per byte) read as UTF-8."""
    if value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeEncodeError:  # already text, from a request built in-process
        if SURROGATE.search(value):
            raise TextError(f"header {name} is not valid Unicode") from None
        return value
    except UnicodeDecodeError as exc:
        raise TextError(f"header {name} is not valid UTF-8") from exc


def integer(text: str, what: str = "number") -> int:
    """``text`` (matching ``-?[0-9]+``) as an int within the range of a double, else :class:`TextError`."""
    digits = len(text) - (text[:1] in "+-")
    value = int(text) if digits <= _MAX_DIGITS else None  # never convert thousands of digits
    if value is None or abs(value) > _MAX_NUMBER:
        raise TextError(f"{what} out of range: {_excerpt(text)}")
    return value


def number(text: str, what: str = "number") -> float:
    """``text`` as a finite float, else :class:`TextError` (``1e400`` would be infinity)."""
    value = float(text)
    if math.isinf(value):
        raise TextError(f"{what} out of range: {_excerpt(text)}")
    return value


def _excerpt(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:20]}... ({len(text)} characters)"
