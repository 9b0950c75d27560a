"""The five APIs: which spec and behaviour module each mock is built from, and their demo credentials."""

from __future__ import annotations

import copy
import importlib
import pkgutil
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Literal

import httpx
from ordersdk import spec as shipped

from . import behaviours
from ._app import MockApp
from ._auth import demo_token
from ._behaviour import Behaviour
from ._bindings import check_behaviour
from ._limits import RateLimit
from ._requestlog import DEFAULT_CAPACITY
from ._server import serve_app
from ._spec import Spec, SpecError, specs_dir
from ._transport import AsyncMockTransport, MockTransport

__all__ = ["ALL_APIS", "apis", "async_transport", "bearer_headers", "create_app", "demo_headers", "serve", "transport"]

#: Every API the mock has a behaviour module for (:mod:`ordermock.behaviours`), in name order.
ALL_APIS: tuple[str, ...] = tuple(
    sorted(m.name for m in pkgutil.iter_modules(behaviours.__path__) if not m.name.startswith("_"))
)


def _spec_file(api: str) -> Any:
    folder = specs_dir()
    if folder is None:
        return None
    return next((p for p in (folder / f"{api}.yaml", folder / f"{api}.json") if p.is_file()), None)


def apis() -> tuple[str, ...]:
    """The APIs whose spec is available: shipped by the installed ``<api>_client`` (or in ``$ORDERMOCK_SPECS_DIR``)."""
    return tuple(api for api in ALL_APIS if _available(api))


def _available(api: str) -> bool:
    if specs_dir() is not None:
        return _spec_file(api) is not None
    try:
        shipped.document(api)
    except shipped.SpecNotFoundError:
        return False
    return True


@lru_cache(maxsize=16)
def load_spec(api: str) -> Spec:
    """The spec the mock of ``api`` serves: the one its installed generated client was built from."""
    if api not in ALL_APIS:
        raise ValueError(f"unknown API {api!r}; expected one of {', '.join(ALL_APIS)}")
    if specs_dir() is not None:
        path = _spec_file(api)
        if path is None:
            raise SpecError(f"{specs_dir()}: no {api}.yaml or {api}.json")
        return Spec.load(path, name=api)
    try:
        document = shipped.document(api)
    except shipped.SpecNotFoundError as exc:
        raise SpecError(str(exc)) from exc
    # A private copy: the shared document is ordersdk's (read-only by contract).
    return Spec(copy.deepcopy(dict(document)), name=api, source=f"{api}_client/{shipped.SPEC_FILE}")


def load_behaviour(api: str) -> Behaviour:
    module = importlib.import_module(f"ordermock.behaviours.{api}")
    behaviour: Behaviour = module.BEHAVIOUR
    return behaviour


def create_app(
    api: str,
    *,
    seed_data: int = 0,
    seed: int = 0,
    credentials: Mapping[str, str] | None = None,
    rate_limit: RateLimit | Literal[False] | None = None,
    token_ttl: float | None = None,
    validate_responses: bool = False,
    request_log: int = DEFAULT_CAPACITY,
) -> MockApp:
    """A fresh mock of ``api`` (one of :data:`ordermock.APIS`).

    ``seed_data`` items are generated per collection (same ``seed`` → same data); ``credentials``
    override demo values by header name (``{"Client-Secret": "s3cret"}``; ``access_key`` for the
    Seven Senders token endpoint; ``signing_key``, at least 32 bytes, replaces the random per-app
    token key); ``rate_limit=None`` keeps the documented limit, ``False`` turns it off;
    ``token_ttl`` is the bearer token lifetime in seconds (``exp`` is a whole second, at least 1 s
    after issue); ``validate_responses`` makes the mock check its own responses against the spec and
    raise :class:`ResponseValidationError` on a mismatch; ``request_log`` is how many requests
    ``app.requests`` keeps (the last ones; 0 keeps none).

    Raises :class:`SpecError` when the behaviour module relies on a name the spec does not have (an operation,
    parameter, field or enum value it renamed or removed), naming the module and each such name.

    >>> app = create_app("seventime", seed_data=3)  # doctest: +SKIP
    >>> client = httpx.Client(base_url="http://mock" + app.base_path, transport=transport(app))  # doctest: +SKIP
    """
    spec, behaviour = load_spec(api), load_behaviour(api)
    check_behaviour(spec, behaviour, f"ordermock.behaviours.{api}")
    return MockApp(
        spec,
        behaviour,
        seed_data=seed_data,
        seed=seed,
        credentials=credentials,
        rate_limit=rate_limit,
        token_ttl=token_ttl,
        validate_responses=validate_responses,
        request_log=request_log,
    )


def transport(app: MockApp) -> httpx.BaseTransport:
    """A sync httpx transport calling ``app`` in-process."""
    return MockTransport(app)


def async_transport(app: MockApp) -> httpx.AsyncBaseTransport:
    """An async httpx transport calling ``app`` in-process."""
    return AsyncMockTransport(app)


def demo_headers(api: str) -> dict[str, str]:
    """Headers the mock of ``api`` accepts with default credentials.

    For token-based APIs (Seven Senders Portal) this includes a demo bearer token, valid for an
    hour at every app that accepts the demo access key; use :func:`bearer_headers` to get the
    app's own token through ``POST /token``.
    """
    spec = load_spec(api)
    behaviour = load_behaviour(api)
    requirement = _first_requirement(spec)
    headers: dict[str, str] = {}
    credentials = {name.lower(): value for name, value in behaviour.credentials.items()}
    for scheme_name in requirement:
        scheme = spec.security_schemes.get(scheme_name, {})
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            name = str(scheme["name"])
            headers[name] = credentials.get(name.lower(), "")
        elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
            headers["Authorization"] = f"Bearer {demo_token()}"
    return headers


def bearer_headers(app: MockApp, access_key: str | None = None) -> dict[str, str]:
    """Obtain a token from the app's ``POST /token`` and return the ``Authorization`` header."""
    key = access_key if access_key is not None else app.credentials.get("access_key", "")
    with httpx.Client(base_url="http://mock" + app.base_path, transport=transport(app)) as client:
        response = client.post("/token", json={"access_key": key})
    if response.status_code != 200:
        raise RuntimeError(f"{app.api}: POST /token answered {response.status_code}: {response.text[:200]}")
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _first_requirement(spec: Spec) -> tuple[str, ...]:
    counts: dict[tuple[str, ...], int] = {}
    for operation in spec.operations:
        for requirement in operation.security:
            if requirement:
                key = tuple(requirement)
                counts[key] = counts.get(key, 0) + 1
    if not counts:
        return ()
    return max(counts, key=lambda key: counts[key])


@contextmanager
def serve(api: str, host: str = "127.0.0.1", port: int = 0, **options: Any) -> Iterator[str]:
    """Run a mock of ``api`` over HTTP in a background thread; yields its base URL.

    ``options`` are those of :func:`create_app`.

    >>> with serve("seventime", seed_data=10) as url:  # doctest: +SKIP
    ...     httpx.get(url + "/purchaseOrders", headers=demo_headers("seventime"))
    """
    app = create_app(api, **options)
    with serve_app(app, host, port) as url:
        yield url
