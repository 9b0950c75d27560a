"""ordermock: a stateful, spec-driven mock of every API in ``specs/``.

One engine reads ``specs/<api>.yaml`` (routing, request validation, auth, data shapes); thin
behaviour modules in :mod:`ordermock.behaviours` add what a spec cannot say. Use it in-process::

    import httpx, ordermock

    app = ordermock.create_app("seventime", seed_data=25)
    with httpx.Client(base_url="http://mock" + app.base_path, transport=ordermock.transport(app),
                      headers=ordermock.demo_headers("seventime")) as client:
        client.get("/purchaseOrders").json()["meta"]
    app.faults.fail_next(2, status=503)

or over HTTP: ``uv run scripts/mock.py seventime --port 8080 --seed-data 250``. In tests,
:func:`start` (or the pytest fixtures ``ordermock_app`` / ``ordermock_server``, registered when
``ordersdk-mock`` is installed) gives a :class:`RunningMock` with a ready ``connect()``ed client,
its request log, targeted faults, seeding and a snapshot of its store::

    with ordermock.start("lagerkoll", seed_data=5) as mock:
        mock.faults.fail_next(1, status=503, operation="add_purchase_order", when="after")
        client = mock.client()
"""

from __future__ import annotations

from ._app import ConnectionDropped, MockApp, ResponseValidationError
from ._behaviour import Action, Behaviour, ErrorInfo, Reply
from ._fault_syntax import FAULT_SYNTAX, parse_faults
from ._faults import Aim, FaultController, FaultSpecError
from ._limits import RateLimit
from ._registry import ALL_APIS, apis, async_transport, bearer_headers, create_app, demo_headers, serve, transport
from ._requestlog import RecordedRequest, RequestLog
from ._seeding import SeedError, StoreState
from ._server import serve_app
from ._smoke import SmokeError, smoke
from ._spec import SpecError
from ._testing import RunningMock, start

#: The APIs with a spec present in ``specs/`` (a subset of ``ALL_APIS``, in that order).
APIS: tuple[str, ...] = apis()

__all__ = [
    "ALL_APIS",
    "APIS",
    "FAULT_SYNTAX",
    "Action",
    "Aim",
    "Behaviour",
    "ConnectionDropped",
    "ErrorInfo",
    "FaultController",
    "FaultSpecError",
    "MockApp",
    "RateLimit",
    "RecordedRequest",
    "Reply",
    "RequestLog",
    "ResponseValidationError",
    "RunningMock",
    "SeedError",
    "SmokeError",
    "SpecError",
    "StoreState",
    "async_transport",
    "bearer_headers",
    "create_app",
    "demo_headers",
    "parse_faults",
    "serve",
    "serve_app",
    "smoke",
    "start",
    "transport",
]
