"""One redaction for the whole project: known secrets in any plausible encoding, and credential-shaped values.

Public because every part of the project uses it: ``ordersdk``'s errors and logs, the mock's request log
(``ordermock``) and the contract runner's output (``ordertools``); use it for your own logs too.

:func:`redact` replaces

* every known secret (4 characters or more), matched all at once by one compiled pattern —
  the longest secret first at each position, and overlapping matches merged, so a secret
  that is a prefix of another (``u-1001`` / ``u-1001-9f8e...``) never leaves the longer
  one's tail behind — in the forms servers send text back: verbatim, JSON-escaped
  (``ab\\/cd``, ``\\u00e4``, any hex case, escaped twice), URL-encoded (``%2F``, ``%2f``,
  ``+`` for a space, encoded twice) and as HTML entities (``&amp;``, ``&#47;``, ``&#x2F;``);
* with ``may_be_cut=True``, a text that *ends* inside a known secret (a body cut off in
  transit): that head too;
* values that look like credentials even when nobody told us the secret: JWTs (``eyJ...``,
  cut off or whole), the values of credential-named JSON fields (``"token": "..."``,
  ``"password"``, ``"api_key"``, ...), of such query / form parameters, and bearer tokens.

Redact first, cut afterwards: ``redact(text, secrets, limit=500)`` cuts the *redacted* text,
so a secret straddling the cut cannot keep its head. :func:`redact_headers` does the same for
a header mapping and hides whole values of credential-carrying headers. :class:`Secret` is a
``str`` whose ``repr`` (and any slice of it) shows ``'***'``: objects that must hold a credential
(a generated request model) hold a :class:`Secret`, so tracebacks rendered with their locals
show nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import SupportsIndex

__all__ = ["CREDENTIAL_NAMES", "MASK", "MIN_SECRET_LENGTH", "Secret", "redact", "redact_headers", "secret_keys"]

MASK = "***"
#: Shorter values are not redacted: masking "12" everywhere would destroy every message.
MIN_SECRET_LENGTH = 4

# Names (case-insensitive) whose values are credentials wherever they appear: JSON fields, query / form
# parameters and headers. Ours and the vendors': Client-Secret, API-KEY, api_key, user_token, apiKey, DevKey.
_CREDENTIAL_NAMES = [
    "access_key",
    "accesskey",
    "access_token",
    "refresh_token",
    "id_token",
    "token",
    "jwt",
    "api_key",
    "apikey",
    "api-key",
    "x-api-key",
    "client_secret",
    "client-secret",
    "secret",
    "password",
    "passwd",
    "user_token",
    "usertoken",
    "dev_key",
    "devkey",
    "authorization",
    "proxy-authorization",
    "cookie",
    "set-cookie",
]
#: Names whose whole value is a credential: JSON fields, parameters and headers (compare lower-cased).
CREDENTIAL_NAMES = frozenset(_CREDENTIAL_NAMES)
_NAME = "|".join(re.escape(n) for n in sorted(_CREDENTIAL_NAMES, key=len, reverse=True))
# Credential-shaped values; the named group that matched is what gets masked.
_SHAPES = re.compile(
    # A JWT (header.payload.signature, or cut off anywhere): base64url JSON always starts with "eyJ".
    r"(?P<v>eyJ[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*){0,2})"
    # "token": "value" (also escaped inside another JSON string), the value up to its closing quote or the end.
    rf'|(?i:\\*"(?:{_NAME})\\*"\s*:\s*\\*")(?P<j>(?:[^"\\]|\\(?!\\*"))+)'
    # token=value in a query string or a form body.
    rf"|(?:^|[?&;\s])(?i:{_NAME})=(?P<q>[^&\s\"'<>]+)"
    # Authorization: Bearer value
    r"|(?i:bearer\s+)(?P<b>[A-Za-z0-9._~+/=-]{8,})",
)
_SHAPE_GROUPS = ("v", "j", "q", "b")


class Secret(str):
    """A ``str`` that never shows itself in a ``repr`` — nor does any slice of it.

    Used for credentials that generated models must carry (``TokenRequest(access_key=...)``):
    ``repr``, ``pretty_repr``, a traceback's captured locals and error trackers show ``'***'``,
    while the value still serialises (JSON, headers, ``str()``, f-strings) unchanged.

    Example::

        key = Secret("my-access-key")
        repr(TokenRequest(access_key=key))   # "TokenRequest(access_key='***', ...)"
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(MASK)

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        # rich truncates long locals as ``value[:80]``: a slice of a secret is a secret.
        return Secret(str.__getitem__(self, key))


def _hex(value: int, width: int) -> str:
    return f"(?i:0*{value:0{width}x})"


def _char(c: str) -> str:
    """A pattern for one character of a secret in every encoding a server may echo it in."""
    literal = re.escape(c)
    if c.isascii() and c.isalnum():
        return literal  # no encoder escapes ASCII letters and digits
    code = ord(c)
    if code > 0xFFFF:  # JSON escapes astral characters as a surrogate pair
        high, low = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
        json_escape = rf"\\+u{_hex(high, 4)}\\+u{_hex(low, 4)}"
    else:
        json_escape = rf"\\+u{_hex(code, 4)}"
    utf8 = c.encode()
    percent = "".join(f"%(?:25)?(?i:{b:02x})" for b in utf8)
    forms = [literal, rf"\\+{literal}", json_escape, percent, f"&#0*{code};", f"&#[xX]{_hex(code, 1)};"]
    forms += {" ": ["\\+"], "&": ["&amp;"], "<": ["&lt;"], ">": ["&gt;"], '"': ["&quot;"], "'": ["&apos;"]}.get(c, [])
    return "(?:" + "|".join(dict.fromkeys(forms)) + ")"


def secret_keys(secrets: Iterable[str | None]) -> tuple[str, ...]:
    """The secrets worth redacting, deduplicated, longest first (the order the pattern tries them in)."""
    usable = {str(s) for s in secrets if s and len(s) >= MIN_SECRET_LENGTH}
    return tuple(sorted(usable, key=lambda s: (-len(s), s)))


@functools.lru_cache(maxsize=128)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    if not secrets:
        return None
    alternatives = "|".join("".join(_char(c) for c in secret) for secret in secrets)
    # A lookahead finds the match starting at *every* position, so overlapping secrets are all covered.
    return re.compile(f"(?=({alternatives}))")


def _spans(text: str, secrets: tuple[str, ...], may_be_cut: bool) -> list[tuple[int, int]]:
    spans = [m.span(next(g for g in _SHAPE_GROUPS if m.group(g) is not None)) for m in _SHAPES.finditer(text)]
    pattern = _pattern(secrets)
    if pattern is not None:
        spans += [m.span(1) for m in pattern.finditer(text)]
        # A text that ends inside a secret (cut off in transit) keeps no head of it.
        for secret in secrets if may_be_cut else ():
            for size in range(min(len(secret) - 1, len(text)), MIN_SECRET_LENGTH - 1, -1):
                if text.endswith(secret[:size]):
                    spans.append((len(text) - size, len(text)))
                    break
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact(
    text: str,
    secrets: Iterable[str | None] = (),
    *,
    limit: int | None = None,
    may_be_cut: bool = False,
    mask: str = MASK,
) -> str:
    """``text`` with every secret and credential-shaped value replaced by ``mask``; then cut to ``limit``.

    ``may_be_cut``: the text may have been cut inside a secret before it reached us (a body
    truncated in transit), so a trailing head of a secret (4 characters or more) is masked too.

    Example::

        redact('{"errorMessage": "bad key ab\\\\/cd-12"}', ["ab/cd-12"])  # '{"errorMessage": "bad key ***"}'
        redact(body, secrets, limit=500)                                 # redacted, then cut
    """
    parts: list[str] = []
    position = 0
    for start, end in _merged(_spans(text, secret_keys(secrets), may_be_cut)):
        parts += [text[position:start], mask]
        position = end
    text = "".join([*parts, text[position:]])
    return text if limit is None else text[:limit]


def redact_headers(headers: Mapping[str, str], secrets: Iterable[str | None] = ()) -> dict[str, str]:
    """A copy of ``headers``: credential headers (``Authorization``, ``Set-Cookie``, ``api_key``, ...) hidden whole,
    every other value redacted."""
    keys = secret_keys(secrets)
    return {
        name: MASK if name.lower() in CREDENTIAL_NAMES else redact(str(value), keys) for name, value in headers.items()
    }
