"""ordermock: a stateful, spec-driven mock of every API in ``specs/``.

One engine reads ``specs/<api>.yaml`` (routing, request validation, auth, data shapes); thin
behaviour modules in :mod:`ordermock.behaviours` add what a spec cannot say. Use it in-process::

    import httpx, ordermock

    app = ordermock.create_app("seventime", seed_data=25)
    with httpx.Client(base_url="http://mock" + app.base_path, transport=ordermock.transport(app),
                      headers=ordermock.demo_headers("seventime")) as client:
        client.get("/purchaseOrders").json()["meta"]
    app.faults.fail_next(2, status=503)

or over HTTP: ``uv run scripts/mock.py seventime --port 8080 --seed-data 250``.
"""

from __future__ import annotations

from ._app import ConnectionDropped, MockApp, ResponseValidationError
from ._behaviour import Action, Behaviour, ErrorInfo, Reply
from ._faults import FaultController, FaultSpecError, parse_faults
from ._limits import RateLimit
from ._registry import ALL_APIS, apis, async_transport, bearer_headers, create_app, demo_headers, serve, transport
from ._server import serve_app
from ._smoke import SmokeError, smoke
from ._spec import SpecError

#: The APIs with a spec present in ``specs/`` (a subset of ``ALL_APIS``, in that order).
APIS: tuple[str, ...] = apis()

__all__ = [
    "ALL_APIS",
    "APIS",
    "Action",
    "Behaviour",
    "ConnectionDropped",
    "ErrorInfo",
    "FaultController",
    "FaultSpecError",
    "MockApp",
    "RateLimit",
    "Reply",
    "ResponseValidationError",
    "SmokeError",
    "SpecError",
    "async_transport",
    "bearer_headers",
    "create_app",
    "demo_headers",
    "parse_faults",
    "serve",
    "serve_app",
    "smoke",
    "transport",
]
