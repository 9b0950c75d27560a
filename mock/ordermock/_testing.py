"""A mock started for a test, and a ready ``connect()``ed client for it (what the pytest fixtures hand out).

>>> with ordermock.start("lagerkoll", seed_data=5) as mock:                   # doctest: +SKIP
...     client = mock.client()       # lagerkoll.connect(...) wired to this mock, sync and async
...     paginate(list_purchase_orders, client=client)
...     mock.requests.last.status, mock.state["purchase_orders"]
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import httpx

from ._app import MockApp
from ._faults import FaultController
from ._registry import async_transport, create_app, transport
from ._requestlog import RequestLog
from ._seeding import StoreState
from ._server import serve_app

__all__ = ["RunningMock", "start"]

#: The Host of in-process URLs (never resolved: the in-process transports carry the requests).
IN_PROCESS_HOST = "http://mock"


class RunningMock:
    """One API's mock, started in-process or over HTTP on 127.0.0.1, and clients for it.

    ``url`` is the base URL a client uses (``http://127.0.0.1:PORT/v1`` over HTTP,
    ``http://mock/v1`` in-process); ``requests``, ``faults``, ``state``, ``seed()`` and ``reset()``
    are those of the :class:`ordermock.MockApp` (``app``). :meth:`close` (done for you by
    :func:`start` and the pytest fixtures) closes the clients made here and stops the server.
    """

    def __init__(self, app: MockApp, url: str, *, http: bool) -> None:
        self.app = app
        self.url = url
        self.http = http
        self._stack = ExitStack()

    def __repr__(self) -> str:
        return f"<RunningMock {self.api} at {self.url}>"

    @property
    def api(self) -> str:
        return self.app.api

    @property
    def requests(self) -> RequestLog:
        """Every request received (secrets masked): ``filter(operation=...)``, ``count(...)``, ``last``."""
        return self.app.requests

    @property
    def faults(self) -> FaultController:
        """Arm faults: ``mock.faults.fail_next(1, operation="add_purchase_order", when="after")``."""
        return self.app.faults

    @property
    def state(self) -> StoreState:
        """A snapshot of the store: ``mock.state["orders"]`` is a list of copies of the stored orders."""
        return self.app.state

    def seed(self, *items: Any, resource: str | None = None) -> list[dict[str, Any]]:
        """Store generated models or dicts, checked against the spec (see :meth:`ordermock.MockApp.seed`)."""
        return self.app.seed(*items, resource=resource)

    def reset(self) -> None:
        """Back to the state at start: seeded data only, no faults, an empty request log."""
        self.app.reset()

    def client(self, **options: Any) -> Any:
        """``ordersdk.<api>.connect(...)`` for this mock: the generated client, sync and async.

        Credentials are the app's (the demo ones unless the mock was started with others), in the
        spec's first credential mode; ``connect()`` credential arguments you pass pick the mode and
        replace those values (``user_id=..., user_token=...``: the app's ``store`` fills in). Options
        are ``connect()``'s; the defaults differ in two ways for tests: ``base_url`` is the mock's,
        with its in-process transports set (sync and async) unless it runs over HTTP, and
        ``rate_limit=None`` -- the client-side limiter is shared by every client of the same
        credentials in the process, so it would carry one test's budget into the next.
        """
        module = importlib.import_module(f"ordersdk.{self.api}")
        spec = module.CREDENTIALS
        given = {name: options.pop(name) for name in list(options) if name in spec.env}
        options.setdefault("base_url", self.url)
        options.setdefault("rate_limit", None)
        if not self.http:
            options.setdefault("transport", transport(self.app))
            options.setdefault("async_transport", async_transport(self.app))
        client = module.connect(**self._credentials(spec, given), **options)
        self._stack.callback(client.get_httpx_client().close)
        return client

    def httpx_client(self, **options: Any) -> httpx.Client:
        """A plain ``httpx.Client`` for this mock with its credentials as headers (no retries, no typed errors)."""
        headers = {**self.headers(), **options.pop("headers", {})}
        if not self.http:
            options.setdefault("transport", transport(self.app))
        client = httpx.Client(base_url=self.url, headers=headers, **options)
        self._stack.callback(client.close)
        return client

    def headers(self) -> dict[str, str]:
        """The request headers of the app's credentials (a bearer token of this app for token APIs)."""
        headers: dict[str, str] = {}
        known = {name.lower(): value for name, value in self.app.credentials.items()}
        for requirement in _first_requirement(self.app):
            scheme = self.app.spec.security_schemes.get(requirement, {})
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                headers[str(scheme["name"])] = known.get(str(scheme["name"]).lower(), "")
            elif scheme.get("type") == "http":
                headers["Authorization"] = f"Bearer {self.app.issue_token()}"
        return headers

    def _credentials(self, spec: Any, given: dict[str, Any]) -> dict[str, Any]:
        """``connect()`` credential arguments: those ``given``, the rest of their mode from the app's credentials."""
        mode = next((m for m in spec.modes if set(given) <= set(m)), None)
        if mode is None:  # no mode takes them all: connect() says what is wrong
            return given
        known = {name.lower(): value for name, value in self.app.credentials.items()}
        arguments = dict(given)
        for argument in mode:
            header = str(spec.headers.get(argument, argument))
            if argument not in arguments and header.lower() in known:
                arguments[argument] = known[header.lower()]
        return arguments

    def close(self) -> None:
        """Close the clients made here, end hanging requests, stop the HTTP server (if any)."""
        self.app.faults.release_hangs()
        self._stack.close()


def _first_requirement(app: MockApp) -> list[str]:
    for operation in app.spec.operations:
        for requirement in operation.security:
            if requirement:
                return list(requirement)
    return []


@contextmanager
def start(
    api: str, *, http: bool = False, host: str = "127.0.0.1", port: int = 0, **options: Any
) -> Iterator[RunningMock]:
    """Start a mock of ``api`` for a test; in-process, or over HTTP on ``host:port`` (any free port) with ``http=True``.

    ``options`` are :func:`ordermock.create_app`'s, except that the documented rate limit is off
    unless you pass ``rate_limit=None`` (the documented one) or a :class:`ordermock.RateLimit`.
    Everything is closed when the block ends.
    """
    options.setdefault("rate_limit", False)
    app = create_app(api, **options)
    with ExitStack() as stack:
        url = stack.enter_context(serve_app(app, host, port)) if http else IN_PROCESS_HOST + app.base_path
        mock = RunningMock(app, url, http=http)
        stack.callback(mock.close)
        yield mock
