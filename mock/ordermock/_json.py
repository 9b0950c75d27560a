"""JSON request text as the mock accepts it: RFC 8259 JSON, at most :data:`MAX_DEPTH` levels deep, Unicode.

Python's :func:`json.loads` reads more than RFC 8259 allows (``NaN``, ``Infinity``, numbers beyond
any double, repeated keys) and recurses once per level of nesting: 5,000 ``[`` end in a
``RecursionError``, not a ``ValueError``, and a few hundred can, depending on how deep the stack
already is. So the nesting is measured first, without parsing and without recursion, and text
nested deeper than the limit never reaches the parser. Everything else the parser would let
through is refused while parsing. Every refusal is a :class:`TextError` (a 400 for a body);
:class:`JsonSyntaxError` marks text that is no JSON at all, which a caller may tolerate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import partial
from itertools import accumulate, repeat
from typing import Any

from ._text import SURROGATE, TextError, decode_utf8, integer, number

__all__ = ["MAX_DEPTH", "JsonSyntaxError", "check_depth", "deeper_than_limit", "nesting_depth", "parse_json"]

#: How deeply arrays and objects may nest in request JSON (``{}`` is 1 level, ``{"a": [1]}`` 2).
#: No vendor document nests more than a handful; 64 leaves room and keeps every walk shallow.
MAX_DEPTH = 64

#: An escape sequence in a JSON string (``\"`` ends no string); dropped before the quotes are counted.
_ESCAPE = re.compile(r"\\.", re.DOTALL)
#: Deletes every ASCII character but brackets (outside strings, JSON is ASCII).
_ONLY_BRACKETS = str.maketrans(dict.fromkeys(c for c in map(chr, range(128)) if c not in "[]{}"))
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class JsonSyntaxError(TextError):
    """Text that is not JSON at all (as opposed to JSON the mock refuses: too deep, NaN, 1e999 ...)."""


def nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in JSON ``text`` (0 for a scalar), without parsing it.

    Escapes are dropped, then every other piece between quotes is a string and left out; of the
    rest only brackets are kept, and the depth is the largest running count of open ones. String
    methods and ``accumulate`` do the work in C: no Python loop per character, no recursion.
    """
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    brackets = "".join(text.split('"')[::2]).translate(_ONLY_BRACKETS)
    return max(accumulate(map(_STEP.get, brackets, repeat(0))), default=0)


def check_depth(text: str, what: str = "request body") -> None:
    """Raise :class:`TextError` when JSON ``text`` nests deeper than :data:`MAX_DEPTH`."""
    # Text with no more openers than the limit cannot nest deeper: two counts decide most bodies.
    if text.count("[") + text.count("{") > MAX_DEPTH and nesting_depth(text) > MAX_DEPTH:
        raise TextError(f"{what} nests deeper than {MAX_DEPTH} levels of arrays and objects")


def deeper_than_limit(value: Any) -> bool:
    """Whether dicts and lists in ``value`` (a Python value, such as seed data) nest deeper than :data:`MAX_DEPTH`.

    A loop, not a recursion; it stops at the first level past the limit, so a cycle ends it too.
    """
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, level = stack.pop()
        children = node.values() if isinstance(node, Mapping) else node if isinstance(node, list | tuple) else None
        if children is not None:
            if level == MAX_DEPTH:
                return True
            stack.extend((child, level + 1) for child in children)
    return False


def parse_json(raw: bytes | str, what: str = "request body") -> Any:
    """JSON ``raw`` (UTF-8 bytes or text) that is Unicode text: not too deep, finite numbers, no repeated keys.

    Raises :class:`TextError` naming ``what`` (:class:`JsonSyntaxError` when it is no JSON at all).
    """
    text = decode_utf8(raw, what) if isinstance(raw, bytes) else raw
    check_depth(text, what)
    numbers = f"{what} has a number"
    # ``what`` goes to the object hook positionally: it runs once per object, and keywords cost more.
    try:
        value = json.loads(
            text,
            object_pairs_hook=partial(_object, what),
            parse_int=partial(integer, what=numbers),
            parse_float=partial(number, what=numbers),
            parse_constant=partial(_no_constant, what=what),
        )
    except TextError:
        raise
    except ValueError as exc:
        raise JsonSyntaxError(f"{what} is not valid JSON: {exc}") from exc
    _check_strings(value, what)
    return value


def _object(what: str, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    for key, _ in pairs:
        if SURROGATE.search(key):
            raise TextError(f"{what} has a lone surrogate in the key {key!r}; JSON text must be Unicode")
    if len(value) != len(pairs):
        # Servers disagree on which of two equal keys wins (first, last, or an error): ambiguous input.
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise TextError(f"{what} has a duplicate key {key!r}", key)
            seen.add(key)
    return value


def _no_constant(name: str, what: str) -> Any:
    raise TextError(f"{what} has {name}, but {name} is not JSON (RFC 8259 numbers are finite)")


def _check_strings(value: Any, what: str) -> None:
    """Lone surrogates in string values (keys are checked while parsing); a loop, not a recursion."""
    stack: list[tuple[Any, str | None]] = [(value, None)]
    while stack:
        node, top = stack.pop()
        if isinstance(node, str):
            if SURROGATE.search(node):
                where = f"the value of {top!r}" if top is not None else "a string"
                raise TextError(f"{what} has a lone surrogate in {where}; JSON text must be Unicode", top)
        elif isinstance(node, dict):
            stack.extend((child, key if node is value else top) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, top) for child in node)
