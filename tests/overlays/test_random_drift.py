"""Random drift of the mock's own bodies, every API, lenient and strict: a value or a typed error, never bare.

``test_tolerant_reading`` drifts chosen fields in chosen ways; here Hypothesis picks the places (any
node of a get body or a list body, the whole body included) and the values (other JSON types, nulls,
huge and odd numbers, lone surrogates, containers, deletions, extra fields), one to three at a time.
Whatever a server sends, a call through ``connect()`` returns or raises an ``ordersdk.APIError``
(``APIResponseValidationError`` for a body it cannot read); walks included, sync and async.
"""

from __future__ import annotations

import asyncio
import copy
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ordersdk import APIError

from ._drift import APIS, Api, seeded

ODD = st.sampled_from(
    [None, True, False, 0, -1, 2**63, 2**70, -(2**70), 1.5, 1e308, -0.0, 5e-324, float("nan"), float("inf")]
)
TEXT = st.sampled_from(["", "x", "ten", "\ud800", "\x00", "2024-13-45", "2024-01-01T00:00:00Z", "9" * 40, "null"])
LEAF = ODD | TEXT
VALUE = st.recursive(
    LEAF, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3), max_leaves=6
)
# One change: (which node, counted in document order; what to do; the value to put there).
CHANGE = st.tuples(st.integers(min_value=0, max_value=10_000), st.sampled_from(["set", "delete", "extra"]), VALUE)


def _nodes(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):
            yield from _nodes(value, (*path, index))


def _apply(body: Any, changes: list[tuple[int, str, Any]]) -> Any:
    body = copy.deepcopy(body)
    for pick, action, value in changes:
        paths = list(_nodes(body))
        path = paths[pick % len(paths)]
        if not path:
            body = value if action == "set" else body
            continue
        parent = body
        for part in path[:-1]:
            parent = parent[part]
        if action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "extra" and isinstance(parent, dict):
            parent["driftedExtra"] = value
        else:
            parent[path[-1]] = value
    return body


async def _drain(walk: Any) -> list[Any]:
    if hasattr(walk, "__aiter__"):
        return [item async for item in walk]
    return list(await walk)


@pytest.fixture(scope="module", params=APIS, ids=[a.name for a in APIS])
def prepared(request: pytest.FixtureRequest) -> tuple[Api, Any, tuple[Any, Any], Any]:
    api: Api = request.param
    transport, lenient = seeded(api)
    item_id = api.item_id(next(iter(api.walk(lenient))))
    return api, transport, (lenient, api.client(transport, strict=True)), item_id


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(CHANGE, min_size=1, max_size=3))
def test_any_drift_is_read_or_a_typed_error(
    prepared: tuple[Api, Any, tuple[Any, Any], Any], changes: list[tuple[int, str, Any]]
) -> None:
    """Random changes to a get body and to every list page: each call returns or raises an APIError."""
    api, transport, clients, item_id = prepared
    transport.drift = lambda body: _apply(body, changes)
    try:
        for client in clients:
            for call in (
                lambda: api.get(client, item_id),
                lambda: asyncio.run(api.aget(client, item_id)),
                lambda: list(api.walk(client)),
                lambda: asyncio.run(_drain(api.awalk(client))),
            ):
                try:
                    call()
                except APIError:
                    pass  # typed: what the reader promises for a body it cannot read
                except Exception as exc:
                    # ``_drift``'s own accessors (``.orders[0]``) on a body read leniently may fail: not ordersdk's.
                    if not traceback.extract_tb(exc.__traceback__)[-1].filename.endswith("_drift.py"):
                        raise
    finally:
        transport.reset()
