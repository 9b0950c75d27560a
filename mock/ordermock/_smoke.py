"""Smoke test of a generated client against the in-process mock (used by ``scripts/build.py``)."""

from __future__ import annotations

import copy
import importlib
import re
from collections.abc import Mapping
from typing import Any

from ._app import MockApp
from ._bindings import check_behaviour
from ._registry import create_app, demo_headers, load_behaviour, transport
from ._spec import Operation, Spec

__all__ = ["SmokeError", "smoke"]


class SmokeError(RuntimeError):
    """The generated client could not complete a read-only call against the mock."""


def _snake(name: str) -> str:
    # The generator names endpoint modules after the snake_cased operationId. Our specs'
    # operationIds are snake_case already (scripts/build.py enforces it), so this is the
    # identity for them; importing the generator itself would cost over a second.
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-zA-Z0-9]+", "_", name).strip("_").lower()


def read_only_call(app: MockApp) -> tuple[Operation, dict[str, Any]]:
    """A GET the seeded mock answers with 200, and its parameter values by spec name.

    Prefers an operation without required parameters; otherwise reads a seeded item by its id.
    """
    ctx = app.ctx
    for operation in app.spec.operations:
        if operation.method == "GET" and not any(p.required for p in operation.parameters):
            return operation, {}
    for operation in app.spec.operations:
        action = ctx.actions[operation.operation_id]
        if operation.method != "GET" or action.kind != "get" or action.id_from is None:
            continue
        required = [p.name for p in operation.parameters if p.required]
        item = next(iter(ctx.collection(action.resource)), None)
        if item is not None and required == [action.id_from[1]]:
            field = action.id_field or ctx.collection(action.resource).id_field
            return operation, {action.id_from[1]: item[field]}
    raise SmokeError(f"{app.spec.source}: no read-only operation the mock can answer without more input")


def _app(api: str, document: Mapping[str, Any] | None, source: str) -> MockApp:
    if document is None:
        return create_app(api, seed_data=3, validate_responses=True)
    spec, behaviour = Spec(copy.deepcopy(dict(document)), name=api, source=source), load_behaviour(api)
    check_behaviour(spec, behaviour, f"ordermock.behaviours.{api}")
    return MockApp(spec, behaviour, seed_data=3, validate_responses=True)


def smoke(api: str, document: Mapping[str, Any] | None = None, source: str = "") -> str:
    """Call one read-only operation of ``<api>_client`` against the mock; returns a one-line summary.

    The mock serves ``document`` when given (the build passes the spec it has just built), else the spec the
    installed client ships. Either way the behaviour module's spec names are checked first: a name the spec
    lacks raises :class:`SpecError` naming the module and the name.

    >>> smoke("seventime")  # doctest: +SKIP
    'seventime: list_purchase_orders -> 200 PurchaseOrderList'
    """
    app = _app(api, document, source or f"{api}_client/openapi.json")
    operation, arguments = read_only_call(app)
    package = f"{api}_client"
    tag = (operation.raw.get("tags") or ["default"])[0]
    module_name = f"{package}.api.{_snake(tag)}.{_snake(operation.operation_id)}"
    try:
        client_module = importlib.import_module(package)
        endpoint = importlib.import_module(module_name)
    except ImportError as exc:
        raise SmokeError(f"{api}: cannot import the generated client ({module_name}): {exc}") from exc
    client: Any = client_module.Client(
        base_url="http://mock" + app.base_path,
        headers=demo_headers(api),
        httpx_args={"transport": transport(app)},
        raise_on_unexpected_status=True,
    )
    try:
        response = endpoint.sync_detailed(client=client, **{_snake(k): v for k, v in arguments.items()})
    except Exception as exc:
        raise SmokeError(f"{api}: {operation.operation_id} failed against the mock: {exc!r}") from exc
    status = int(response.status_code)
    if not 200 <= status < 300 or response.parsed is None:
        raise SmokeError(f"{api}: {operation.operation_id} -> {status}: {response.content[:200]!r}")
    return f"{api}: {operation.operation_id} -> {status} {type(response.parsed).__name__}"
