"""The shared ``connect()`` machinery: httpx clients with auth, retry, rate limit and typed errors.

The stack, outermost first::

    _ErrorsClient.send      status outside 2xx -> APIStatusError; broken JSON -> APIResponseValidationError;
                            transport failures -> APIConnectionError; attaches the success-body Reader
      httpx.Auth            headers / bearer token (refresh + one resend on 401)
        RetryTransport      the retry policy (429, idempotent 5xx, not-sent connection failures)
          RateLimitTransport  one shared budget per credentials
            inner transport   httpx.HTTPTransport, or a test's MockTransport

Typed errors sit *above* auth on purpose: the token auth must see a 401 to
refresh. The generated client receives the finished httpx clients through its
``set_httpx_client`` / ``set_async_httpx_client`` seams; generated code is never
touched. The generated endpoints read documented success bodies through the :class:`~._reading.Reader`
each response carries (``ordersdk_runtime.read_json``): lenient by default, strict with ``strict=True``.
Configure through ``connect()`` rather than the generated client's ``with_headers``/``with_timeout``:
those build a fresh client without the overlays.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypedDict, TypeVar

import httpx
from ordersdk_runtime import READER

from . import spec
from ._auth import HeaderAuth
from ._bodies import broken_json
from ._error_mapping import invalid_body_error, status_error, transport_error
from ._limiter import LimiterBackend, resolve_limiter
from ._ratelimit import AsyncRateLimitTransport, Limiter, RateLimit, RateLimitTransport, credentials_key
from ._reading import Reader
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._transports import inner_transports

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiProfile",
    "ConnectOptions",
    "Connection",
    "GeneratedClient",
    "connect_with_headers",
    "prepare",
]

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
Secrets = Callable[[], Iterable[str]]


def _no_secrets() -> Iterable[str]:
    return ()


class _UnkeptCookies(httpx.Cookies):
    """A cookie jar that keeps no cookie a server sets; cookies a caller sets on it are still sent.

    Every vendor here authenticates each request by its own headers and documents no cookie, so a
    ``connect()`` client is stateless: a session or load-balancer cookie one response sets is not
    replayed on later requests (nor across the threads sharing the client). It is also the single
    largest per-request cost httpx adds: ``Cookies.extract_cookies`` builds a ``urllib`` request and
    an ``email`` message for every response (``scripts/bench.py``'s overhead note gives the figure).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        return None


class _Stateless:
    """What :class:`_ErrorsClient` and :class:`_AsyncErrorsClient` share: the :class:`_UnkeptCookies` jar.

    ``cookies`` is httpx's public property, overridden: httpx reads ``self.cookies`` to merge cookies into
    a request and to extract them from a response.
    """

    _kept: httpx.Cookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._kept

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._kept = _UnkeptCookies(cookies)


class _ErrorsClient(_Stateless, httpx.Client):
    """An ``httpx.Client`` whose ``send`` raises ordersdk's typed errors and attaches the body reader."""

    def __init__(self, *, secrets: Secrets, reader: Reader, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = kwargs.get("cookies")
        self._secrets = secrets
        self._reader = reader

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, request) from exc
        if not 200 <= response.status_code <= 299:  # >= 400, and redirects / 1xx the generated clients cannot read
            response.read()
            response.close()
            raise status_error(response, secrets=self._secrets())
        if not kwargs.get("stream"):
            # broken_json first: the secrets are only asked for when an error is built
            if broken_json(response) and (invalid := invalid_body_error(response, secrets=self._secrets())):
                raise invalid
            response.extensions[READER] = self._reader
        return response


class _AsyncErrorsClient(_Stateless, httpx.AsyncClient):
    """The asyncio twin of :class:`_ErrorsClient`."""

    def __init__(self, *, secrets: Secrets, reader: Reader, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = kwargs.get("cookies")
        self._secrets = secrets
        self._reader = reader

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc, request) from exc
        if not 200 <= response.status_code <= 299:
            await response.aread()
            await response.aclose()
            raise status_error(response, secrets=self._secrets())
        if not kwargs.get("stream"):
            # broken_json first: the secrets are only asked for when an error is built
            if broken_json(response) and (invalid := invalid_body_error(response, secrets=self._secrets())):
                raise invalid
            response.extensions[READER] = self._reader
        return response


class GeneratedClient(Protocol):
    """The seams every openapi-python-client ``Client`` / ``AuthenticatedClient`` offers."""

    def set_httpx_client(self, client: httpx.Client) -> Any: ...

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Any: ...


ClientT = TypeVar("ClientT", bound=GeneratedClient)


@dataclass(frozen=True)
class ApiProfile:
    """What ``connect()`` needs to know about one API besides its auth: read from its spec.

    See :mod:`ordersdk.spec` for where each fact comes from; :meth:`from_spec` is the only way the
    API modules build one, so no vendor fact is restated in the overlays.
    """

    name: str
    base_url: str  # the spec's production server
    rate_limit: RateLimit | None = None
    # Operations (method, path below the base URL) the spec marks x-read-only: the retry policy
    # re-sends them like a GET. Every other POST is never sent twice once it may have arrived.
    read_only: frozenset[tuple[str, str]] = frozenset()
    # Headers the vendor asks every request to carry (the spec's x-default-headers).
    default_headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_spec(cls, api: str) -> ApiProfile:
        """The profile of ``api`` from the spec its installed generated client ships."""
        facts = spec.facts(api)
        limit = facts.rate_limit
        return cls(
            name=api,
            base_url=facts.base_url,
            rate_limit=RateLimit(limit.requests, limit.per) if limit else None,
            read_only=frozenset((op.method, op.path) for op in facts.read_only),
            default_headers=dict(facts.default_headers),
        )


class ConnectOptions(TypedDict, total=False):
    """Options every ``connect()`` accepts.

    ``base_url`` (default: the spec's production server), ``timeout`` (default 30 s, 10 s to connect),
    ``max_retries`` (default 2) or a full ``retry_policy``, ``rate_limit`` (a :class:`RateLimit`, or
    ``None`` to disable; default: the vendor's documented limit), ``limiter`` (where that budget lives: a
    :class:`ordersdk.LimiterBackend` such as :class:`ordersdk.RedisRateLimiter`, or one :class:`ordersdk.Limiter`;
    default: ``ORDERSDK_RATE_LIMIT_URL`` if set, else this process), and inner ``transport`` /
    ``async_transport`` (tests pass an ``httpx.MockTransport``, which serves both). A ``transport``
    given alone serves async calls too (in a worker thread); an ``async_transport`` given alone
    makes sync calls raise ``RuntimeError`` — never does one side fall back to the real server.
    ``strict=True`` refuses every success body that deviates from its spec in any way
    (:class:`ordersdk.APIResponseValidationError`) instead of reading the deviations that have an
    obvious reading — for runs against a vendor's test environment.
    """

    base_url: str
    timeout: float | httpx.Timeout
    max_retries: int
    retry_policy: RetryPolicy
    rate_limit: RateLimit | None
    limiter: Limiter | LimiterBackend
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    strict: bool


@dataclass(frozen=True)
class Connection:
    """A resolved URL, timeout and transport stack, ready to be attached to generated clients."""

    base_url: str
    timeout: httpx.Timeout
    transport: httpx.BaseTransport
    async_transport: httpx.AsyncBaseTransport
    headers: Mapping[str, str] = field(default_factory=dict)
    policy: RetryPolicy = field(default_factory=RetryPolicy)  # what the transports retry with; bounds token waits too
    api: str = ""  # whose spec the success bodies are read against ("": no schema check)
    strict: bool = False

    def attach(self, client: ClientT, *, auth: httpx.Auth | None = None, secrets: Secrets = _no_secrets) -> ClientT:
        """Give a generated client our sync and async httpx clients (sharing this transport stack)."""
        common: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "headers": dict(self.headers),
            "secrets": secrets,
            "reader": Reader(self.api, strict=self.strict, secrets=secrets),
        }
        if auth is not None:
            common["auth"] = auth
        client.set_httpx_client(_ErrorsClient(transport=self.transport, **common))
        client.set_async_httpx_client(_AsyncErrorsClient(transport=self.async_transport, **common))
        return client

    def build(
        self,
        factory: Callable[..., ClientT],
        *,
        auth: httpx.Auth | None = None,
        secrets: Secrets = _no_secrets,
        **init: Any,
    ) -> ClientT:
        """Create a generated ``Client`` / ``AuthenticatedClient`` for this connection and attach to it.

        The generated ``AuthenticatedClient`` needs ``token=""``: its bearer header is never used,
        because auth is an ``httpx.Auth`` on our httpx clients.
        """
        client = factory(base_url=self.base_url, timeout=self.timeout, **init)
        return self.attach(client, auth=auth, secrets=secrets)


def prepare(profile: ApiProfile, options: ConnectOptions, *, credentials: Iterable[str]) -> Connection:
    """Resolve options into a :class:`Connection`; ``credentials`` key the shared rate limiter."""
    unknown = set(options) - set(ConnectOptions.__annotations__)
    if unknown:
        raise TypeError(f"{profile.name}.connect() got unexpected options: {', '.join(sorted(unknown))}")
    if "max_retries" in options and "retry_policy" in options:
        raise TypeError(f"{profile.name}.connect(): pass max_retries or retry_policy, not both")
    base_url = (options.get("base_url") or profile.base_url).rstrip("/")
    base_path = httpx.URL(base_url).path.rstrip("/")
    policy = options.get("retry_policy") or RetryPolicy(max_retries=options.get("max_retries", 2))
    read_only = {f"{method} {base_path}{path}" for method, path in profile.read_only}
    policy = dataclasses.replace(policy, read_only=policy.read_only | read_only)
    timeout = options.get("timeout", DEFAULT_TIMEOUT)
    sync, async_ = inner_transports(profile.name, options.get("transport"), options.get("async_transport"))
    limit = options.get("rate_limit", profile.rate_limit)
    limiter = resolve_limiter(options.get("limiter"), limit, credentials_key(profile.name, credentials))
    if limiter is not None:
        sync = RateLimitTransport(sync, limiter)
        async_ = AsyncRateLimitTransport(async_, limiter)
    return Connection(
        base_url=base_url,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        transport=RetryTransport(sync, policy=policy),
        async_transport=AsyncRetryTransport(async_, policy=policy),
        headers=profile.default_headers,
        policy=policy,
        api=profile.name,
        strict=bool(options.get("strict", False)),
    )


def connect_with_headers(
    profile: ApiProfile, factory: Callable[..., ClientT], headers: dict[str, str], options: ConnectOptions
) -> ClientT:
    """``connect()`` for APIs authenticated by static headers (all but the Seven Senders Portal)."""
    auth = HeaderAuth(headers)
    connection = prepare(profile, options, credentials=headers.values())
    return connection.build(factory, auth=auth, secrets=auth.secrets, token="")
