"""Request JSON is measured before it is parsed: exact depths, a refusal past MAX_DEPTH, no recursion on the way."""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from typing import Any

import pytest
from ordermock._json import MAX_DEPTH, check_depth, deeper_than_limit, nesting_depth, parse_json
from ordermock._requestlog import readable_body
from ordermock._requests import MockRequest
from ordermock._text import TextError

#: Characters that would fool a scan that does not know where strings end.
TRICKY = ["[", "]", "{", "}", '"', "\\", "\\]", "é", "\n", "\U0001f600", "a", " ", "\\u005b"]


def depth_of(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((depth_of(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth_of(v) for v in value), default=0)
    return 0


def random_json(rng: random.Random, budget: int) -> Any:
    kind = rng.choice(["list", "dict", "str", "num", "lit"] if budget else ["str", "num", "lit"])
    if kind == "list":
        return [random_json(rng, budget - 1) for _ in range(rng.randint(0, 3))]
    if kind == "dict":
        return {"".join(rng.choices(TRICKY, k=3)): random_json(rng, budget - 1) for _ in range(rng.randint(0, 3))}
    if kind == "str":
        return "".join(rng.choices(TRICKY, k=rng.randint(0, 6)))
    return rng.choice([0, -1.5e10, True, None]) if kind == "lit" else rng.randint(-(10**6), 10**6)


@pytest.mark.parametrize("dumps", [json.dumps, lambda v: json.dumps(v, indent=2, ensure_ascii=False)])
def test_nesting_depth_is_exact_for_json(dumps: Callable[[Any], str]) -> None:
    """Brackets, quotes and backslashes inside strings do not count; compact or indented alike."""
    rng = random.Random(7)
    for _ in range(300):
        value = random_json(rng, rng.randint(0, 12))
        assert nesting_depth(dumps(value)) == depth_of(value), dumps(value)


@pytest.mark.parametrize(
    ("text", "depth"),
    [("1", 0), ('"[[["', 0), ("{}", 1), ('{"a": [1]}', 2), ('[[], [[]], {"x": {"y": []}}]', 4), ('["\\"[", [2]]', 2)],
)
def test_nesting_depth_examples(text: str, depth: int) -> None:
    """A scalar is 0 levels; ``{}`` is 1; a string's brackets and escaped quotes are text."""
    assert nesting_depth(text) == depth


def test_the_limit_is_inclusive() -> None:
    """MAX_DEPTH levels parse; one more is a TextError naming the limit (before json.loads runs)."""
    at_limit = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert depth_of(parse_json(at_limit.encode())) == MAX_DEPTH
    with pytest.raises(TextError, match=f"request body nests deeper than {MAX_DEPTH} levels"):
        parse_json(b"[" + at_limit.encode() + b"]")
    with pytest.raises(TextError, match="form field 'tags' nests deeper"):
        check_depth("{" * 100, "form field 'tags'")


def test_python_values_are_held_to_the_same_limit() -> None:
    """Seed data: MAX_DEPTH levels of dicts and lists pass, one more or a cycle does not (a loop, no recursion)."""
    at_limit = json.loads("[" * (MAX_DEPTH - 1) + "{}" + "]" * (MAX_DEPTH - 1))
    assert not deeper_than_limit(at_limit) and not deeper_than_limit("scalar")
    deep: list[Any] = []
    for _ in range(5000):
        deep = [deep]
    assert deeper_than_limit({"a": at_limit}) and deeper_than_limit(deep)
    cycle: list[Any] = []
    cycle.append(cycle)
    assert deeper_than_limit(cycle)


def test_many_brackets_inside_strings_are_not_nesting() -> None:
    """Text with thousands of brackets in strings (past the quick count) is measured, and accepted."""
    value = {"note": "[" * 5000, "rows": [{"x": "{" * 100}] * 50}
    assert parse_json(json.dumps(value).encode()) == value


def near_the_recursion_limit(headroom: int, call: Callable[[], Any]) -> Any:
    """``call()`` with only ``headroom`` frames left before the recursion limit."""
    depth, frame = 0, sys._getframe()
    while frame is not None:
        depth, frame = depth + 1, frame.f_back
    return _descend(sys.getrecursionlimit() - depth - headroom, call)


def _descend(levels: int, call: Callable[[], Any]) -> Any:
    return _descend(levels - 1, call) if levels > 0 else call()


def test_no_recursion_error_near_the_stack_limit() -> None:
    """With 150 frames to spare, 100,000 levels are a TextError and MAX_DEPTH levels still parse."""
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(TextError, match="nests deeper"):
        near_the_recursion_limit(150, lambda: parse_json(deep))
    at_limit = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    assert near_the_recursion_limit(150, lambda: parse_json(at_limit))
    request = MockRequest("POST", "/", [], {"content-type": "application/json"}, deep[:20_000])
    assert near_the_recursion_limit(150, lambda: readable_body(request)) == deep[:20_000].decode()
