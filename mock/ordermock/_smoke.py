"""Smoke test of a generated client against the in-process mock (used by ``scripts/build.py``)."""

from __future__ import annotations

import importlib
import re
from typing import Any

from ._registry import create_app, demo_headers, load_spec, transport
from ._spec import Operation, Spec

__all__ = ["SmokeError", "smoke"]


class SmokeError(RuntimeError):
    """The generated client could not complete a read-only call against the mock."""


def _snake(name: str) -> str:
    try:
        from openapi_python_client.utils import snake_case
    except ImportError:  # the generator is a dev dependency; keep a close approximation
        name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
        return re.sub(r"[^a-zA-Z0-9]+", "_", name).strip("_").lower()
    return str(snake_case(name))


def _candidate(spec: Spec) -> Operation:
    """The first GET that needs no argument (no required path/query/header parameter)."""
    for operation in spec.operations:
        if operation.method != "GET":
            continue
        if not any(p.required for p in operation.parameters):
            return operation
    raise SmokeError(f"{spec.source}: no read-only operation without required parameters to smoke")


def smoke(api: str) -> str:
    """Call one read-only operation of ``<api>_client`` against the mock; returns a one-line summary.

    >>> smoke("seventime")  # doctest: +SKIP
    'seventime: list_purchase_orders -> 200 PurchaseOrderList'
    """
    spec = load_spec(api)
    operation = _candidate(spec)
    package = f"{api}_client"
    tag = (operation.raw.get("tags") or ["default"])[0]
    module_name = f"{package}.api.{_snake(tag)}.{_snake(operation.operation_id)}"
    try:
        client_module = importlib.import_module(package)
        endpoint = importlib.import_module(module_name)
    except ImportError as exc:
        raise SmokeError(f"{api}: cannot import the generated client ({module_name}): {exc}") from exc
    app = create_app(api, seed_data=3, validate_responses=True)
    client: Any = client_module.Client(
        base_url="http://mock" + app.base_path,
        headers=demo_headers(api),
        httpx_args={"transport": transport(app)},
        raise_on_unexpected_status=True,
    )
    try:
        response = endpoint.sync_detailed(client=client)
    except Exception as exc:
        raise SmokeError(f"{api}: {operation.operation_id} failed against the mock: {exc!r}") from exc
    status = int(response.status_code)
    if not 200 <= status < 300 or response.parsed is None:
        raise SmokeError(f"{api}: {operation.operation_id} -> {status}: {response.content[:200]!r}")
    return f"{api}: {operation.operation_id} -> {status} {type(response.parsed).__name__}"
