"""The mock as an ASGI application: routing → faults (before) → auth → rate limit → validation → behaviour → faults (after).

Routing, authentication and the rate limit run as a request *arrives* (its admission); an injected
delay comes after that, then validation and the behaviour. A fault aimed *before* answers instead
of all but the routing (nothing is processed or counted); one aimed *after* replaces the answer of
a request the server processed. Every request is recorded in :attr:`MockApp.requests`.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ordersdk.redaction import CREDENTIAL_NAMES
from ordersdk.spec import token_lifetime_of

from ._asgi import (
    ConnectionDropped,
    Receive,
    Scope,
    Send,
    encode,
    fault_status,
    lifespan,
    read_body,
    request_of,
    send_fault,
    send_reply,
)
from ._auth import Authenticator, signing_key
from ._behaviour import Behaviour, ErrorInfo, Reply
from ._context import Context
from ._faults import FaultController
from ._limits import RateLimit, RateLimiter, retry_after_header
from ._requestlog import DEFAULT_CAPACITY, RequestLog
from ._requests import MAX_BODY_BYTES, HttpError, MockRequest, ParsedRequest, bad_request, parse_request
from ._routing import Router
from ._seeding import StoreState, seed_items
from ._spec import Operation, Spec

__all__ = ["ConnectionDropped", "MockApp", "ResponseValidationError"]

#: A bearer token's lifetime where the spec states none (its x-token-lifetime-seconds wins).
DEFAULT_TOKEN_TTL = 3600.0

#: Stores seeded with at least this many items are frozen out of cyclic garbage collection (see ``_seed_generated``).
FREEZE_FROM_ITEMS = 10_000

#: Credentials whose values are secrets, masked in the request log wherever they appear (``store``,
#: ``user_id`` or ``email`` identify a caller and stay readable; credential headers are hidden whole anyway).
SECRET_CREDENTIALS = CREDENTIAL_NAMES | {"signing_key"}


class ResponseValidationError(AssertionError):
    """The mock produced a response its own spec does not allow (only with ``validate_responses``)."""


@dataclass
class _Admission:
    """A request as routed, authenticated and counted on arrival; ``error`` if it was refused there."""

    request: MockRequest
    operation: Operation | None = None
    params: dict[str, str] = field(default_factory=dict)
    error: HttpError | None = None


@dataclass
class _Outcome:
    """What the server made of an admitted request: its reply, the request as parsed, whether it was processed."""

    admission: _Admission
    reply: Reply = field(default_factory=lambda: Reply(500))
    parsed: ParsedRequest | None = None
    processed: bool = False


class MockApp:
    """A stateful mock of one API, as an ASGI application.

    >>> app = create_app("seventime", seed_data=5)  # doctest: +SKIP
    >>> app.faults.fail_next(2, status=503)         # doctest: +SKIP
    >>> app.base_path                                # doctest: +SKIP
    '/api/2'
    """

    def __init__(
        self,
        spec: Spec,
        behaviour: Behaviour,
        *,
        seed_data: int = 0,
        seed: int = 0,
        credentials: Mapping[str, str] | None = None,
        rate_limit: RateLimit | Literal[False] | None = None,
        token_ttl: float | None = None,
        validate_responses: bool = False,
        request_log: int = DEFAULT_CAPACITY,
    ) -> None:
        self.api = spec.name
        self.spec = spec
        self.behaviour = behaviour
        self.seed_data = seed_data
        self.validate_responses = validate_responses
        self.credentials = {**behaviour.credentials, **(credentials or {})}
        demo_access_key = behaviour.credentials.get("access_key")
        self.auth = Authenticator(
            spec.security_schemes,
            self.credentials,
            token_ttl=(token_lifetime_of(spec.document) or DEFAULT_TOKEN_TTL) if token_ttl is None else token_ttl,
            signing_key=signing_key(self.credentials.get("signing_key")),
            accept_demo_tokens=demo_access_key is not None and self.credentials.get("access_key") == demo_access_key,
            statuses=behaviour.auth_statuses,
        )
        limit = spec.rate_limit if rate_limit is None else rate_limit
        self.limiter = RateLimiter(limit) if limit else None
        self.faults = FaultController(seed, spec.operations)
        secrets = [value for name, value in self.credentials.items() if name.lower() in SECRET_CREDENTIALS]
        #: Every request received, with its answer and secrets masked (see :class:`ordermock.RequestLog`).
        self.requests = RequestLog(spec.base_path, request_log, secrets, spec.operations)
        self.ctx = Context(spec, behaviour, self.auth, seed=seed)
        self.router = Router(spec.operations)
        self._seed_generated()
        #: Requests received so far, counted on arrival (the contract suite reports it as its number of cases).
        self.requests_served = 0

    def __repr__(self) -> str:
        return f"<MockApp {self.api} at {self.base_path or '/'}>"

    @property
    def base_path(self) -> str:
        """Path prefix of the production server URL (``/api/2``, ``/v1/purchase_orders`` ...)."""
        return self.spec.base_path

    @property
    def store(self) -> Any:
        """The live store (mutable, for the engine and behaviours); tests read :attr:`state` instead."""
        return self.ctx.store

    @property
    def state(self) -> StoreState:
        """A snapshot of every collection: ``app.state["/purchase_orders"]`` is a list of copies of its items."""
        return StoreState(self.ctx)

    def seed(self, *items: Any, resource: str | None = None) -> list[dict[str, Any]]:
        """Store ``items`` (generated models or dicts, or one list of them), checked against the spec.

        ``resource`` is the collection (``"/orders"`` or ``"orders"``); for a generated model it is
        found from the model's schema. Fields left out are generated; ids and unique fields given
        must be free. Raises :class:`ordermock.SeedError` naming the item, field and schema, and
        stores nothing then. Returns copies of the stored items (with their ids).

        >>> app.seed(OrderCreate(order_id="A-1", order_date=now), {"order_id": "A-2"}, resource="orders")  # doctest: +SKIP
        """
        if len(items) == 1 and isinstance(items[0], list | tuple):
            items = tuple(items[0])
        with self.ctx.store.lock:
            return seed_items(self.ctx, items, resource)

    def reset(self) -> None:
        """Forget all data, faults, logged requests and rate-limit counters, then seed again as at creation."""
        with self.ctx.store.lock:
            self.faults.clear()
            self.requests.clear()
            if self.limiter is not None:
                self.limiter.reset()
            # A fresh context replays the same seeded generator, so ids and data repeat exactly.
            self.ctx = Context(self.spec, self.behaviour, self.auth, seed=self.ctx.seed)
            self._seed_generated()

    def _seed_generated(self) -> None:
        self.ctx.seed_items(self.seed_data)
        if sum(len(self.ctx.collection(name)) for name in self.ctx.store.names) >= FREEZE_FROM_ITEMS:
            # A large seeded store is a great many long-lived containers that every full collection
            # walks again and never frees: walking 100,000 Seven Time orders spent 8.5 s of 33 s in
            # GC. gc.freeze() moves everything alive now into the permanent generation, which
            # collections skip (2.5 s left, the walk's own garbage). Safe for the store: items are
            # plain, acyclic JSON, so reference counting still frees them when deleted or on
            # reset(). Collecting first keeps cyclic garbage from being frozen for good. Only for
            # large stores: freezing is process-wide, and apps of a few items gain nothing from it.
            gc.collect()
            gc.freeze()

    def issue_token(self) -> str:
        """A bearer token this app accepts (what ``POST /token`` returns for a good access key)."""
        return self.auth.issue_token()

    # -- ASGI --------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self.requests_served += 1
        body, too_large = await read_body(receive)
        request = request_of(scope, body)
        admission = self._route(request)
        fault, delay = self.faults.take(admission.operation, request.method, request.path, self.base_path)
        if fault is not None and fault.when == "before":
            # Instead of the server: not authenticated, not counted, not processed.
            if delay:
                await asyncio.sleep(delay)
            self.requests.add(request, admission.operation, fault_status(fault), fault=fault.describe())
            await send_fault(fault, send, receive, self.behaviour.error_body, self.faults.released)
            return
        # Admitted (and counted against the rate limit) now, as it arrives: a slowed answer must not
        # move the request later in the limiter's window.
        self._authorize(admission)
        if delay:
            await asyncio.sleep(delay)
        outcome = self._respond(admission, too_large=too_large)
        reply = outcome.reply
        if fault is not None and fault.kind != "truncate":
            # After the server: the write happened, then the answer fails on its way back.
            self._log(outcome, fault_status(fault), fault.describe())
            await send_fault(fault, send, receive, self.behaviour.error_body, self.faults.released)
            return
        payload = encode(reply)
        if fault is not None and payload:
            payload = payload[: max(1, len(payload) // 2)]
        self._log(outcome, reply.status, fault.describe() if fault is not None else None)
        await send_reply(send, reply, payload)

    def handle(self, request: MockRequest, *, too_large: bool = False) -> Reply:
        """Answer one request (no faults, not logged); the synchronous core of the app."""
        admission = self._route(request)
        self._authorize(admission)
        return self._respond(admission, too_large=too_large).reply

    def _route(self, request: MockRequest) -> _Admission:
        """Find the operation of ``request`` (a 404 / 405 ``error`` when there is none)."""
        admission = _Admission(request)
        try:
            relative = _strip_base(request.path, self.base_path)
            match = self.router.route(request.method, relative) if relative is not None else None
            if match is None:
                raise HttpError((404,), f"No resource at {request.path}", kind="not_found")
            if match.operation is None:
                raise HttpError(
                    (405,),
                    f"Method {request.method} not allowed",
                    kind="method",
                    headers={"Allow": ", ".join(match.allowed)},
                )
            admission.operation, admission.params = match.operation, match.params
        except HttpError as error:
            admission.error = error
        return admission

    def _authorize(self, admission: _Admission) -> None:
        """Authenticate a routed request, then count it against its credentials' quota.

        In this order: a request without valid credentials is a 401 however busy the quota is, and
        uses none of it (the quota belongs to credentials, see :mod:`ordermock._limits`).
        """
        if admission.error is not None or admission.operation is None:
            return
        try:
            caller = self.auth.check(admission.operation, admission.request)
            # Operations without security (a token endpoint) share one anonymous quota.
            if self.limiter is not None and (wait := self.limiter.hit(caller or "")) is not None:
                raise HttpError(
                    (429,), "Too many requests", kind="rate_limit", headers={"Retry-After": retry_after_header(wait)}
                )
        except HttpError as error:
            admission.error = error

    def _log(self, outcome: _Outcome, status: int | None, fault: str | None) -> None:
        admission, parsed = outcome.admission, outcome.parsed
        if parsed is None:
            self.requests.add(admission.request, admission.operation, status, fault=fault)
            return
        self.requests.add(
            admission.request, admission.operation, status, body=parsed.body, processed=outcome.processed, fault=fault
        )

    def _respond(self, admission: _Admission, *, too_large: bool = False) -> _Outcome:
        operation, request = admission.operation, admission.request
        outcome = _Outcome(admission)
        try:
            if admission.error is not None:
                raise admission.error
            assert operation is not None  # admitted without an error means routed
            if too_large:
                raise HttpError((413, 400), f"request body larger than {MAX_BODY_BYTES} bytes")
            if request.malformed:
                raise bad_request(request.malformed)
            outcome.parsed = parse_request(self.ctx.schemas, operation, request, admission.params)
            handler = self.behaviour.handlers.get(operation.operation_id)
            with self.ctx.store.lock:
                if handler is not None:
                    reply = handler(self.ctx, outcome.parsed)
                else:
                    reply = self.ctx.run(self.ctx.actions[operation.operation_id], outcome.parsed)
            outcome.processed = reply.status < 400
        except HttpError as error:
            reply = self.error_reply(operation, error)
        if self.validate_responses and operation is not None:
            self._check(operation, reply)
        outcome.reply = reply
        return outcome

    def error_reply(self, operation: Operation | None, error: HttpError) -> Reply:
        """``error`` in the vendor's shape, with a status the operation documents where possible."""
        status = error.statuses[0]
        if operation is not None:
            status = next((s for s in error.statuses if operation.declares(s)), status)
        info = ErrorInfo(error.kind, error.message, error.field, operation.operation_id if operation else None)
        body = self.behaviour.error_body(status, info)
        media: str | None = "application/json"
        if operation is not None:
            response = operation.response(status)
            content = (response or {}).get("content") or {}
            ref = self.spec.response_schema(operation, status)
            if ref is not None:
                body = self.ctx.shaper.fit(ref, body)
            elif response is not None and not content:
                body, media = None, None
            media = next((m for m in content if "json" in m), media)
        return Reply(status, body, dict(error.headers), media)

    def _check(self, operation: Operation, reply: Reply) -> None:
        problems: list[str] = []
        response = operation.response(reply.status)
        if response is None:
            problems.append(f"status {reply.status} is not documented")
        else:
            content = response.get("content") or {}
            if content and reply.body is not None and reply.media_type not in content:
                problems.append(f"content type {reply.media_type} not documented ({', '.join(content)})")
            if reply.body is not None and isinstance(reply.media_type, str) and "json" in reply.media_type:
                ref = self.spec.response_schema(operation, reply.status, reply.media_type)
                if ref is not None:
                    problems.extend(str(p) for p in self.ctx.schemas.errors(ref, reply.body, prefix="body"))
            sent = {name.lower() for name in reply.headers}
            for name, header in (response.get("headers") or {}).items():
                _, header = self.spec.deref(header)
                if header.get("required") and name.lower() not in sent:
                    problems.append(f"required header {name} missing")
        if problems:
            raise ResponseValidationError(
                f"{self.api}: {operation.operation_id} ({operation.label}) answered {reply.status}, "
                f"which breaks {self.spec.source}: " + "; ".join(problems)
            )


def _strip_base(path: str, base: str) -> str | None:
    if not base:
        return path
    if path == base or path.startswith(base + "/"):
        return path[len(base) :] or "/"
    return None
