"""The mock as an ASGI application: faults → routing → auth → rate limit → validation → behaviour."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from typing import Any, Literal
from urllib.parse import quote

from ._auth import Authenticator, signing_key
from ._behaviour import Behaviour, ErrorInfo, Reply
from ._context import Context
from ._faults import Fault, FaultController
from ._limits import RateLimit, RateLimiter, retry_after_header
from ._requests import MAX_BODY_BYTES, HttpError, MockRequest, parse_request
from ._routing import Router
from ._spec import Operation, Spec

__all__ = ["ConnectionDropped", "MockApp", "ResponseValidationError"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

DEFAULT_TOKEN_TTL = 3600.0

#: Stores seeded with at least this many items are frozen out of cyclic garbage collection (see ``_seed``).
FREEZE_FROM_ITEMS = 10_000

_HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>{status} Bad Gateway</title></head>"
    "<body><center><h1>{status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)


class ConnectionDropped(Exception):
    """Raised inside the app to close the connection mid-response (an injected fault)."""


class ResponseValidationError(AssertionError):
    """The mock produced a response its own spec does not allow (only with ``validate_responses``)."""


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
            token_ttl=DEFAULT_TOKEN_TTL if token_ttl is None else token_ttl,
            signing_key=signing_key(self.credentials.get("signing_key")),
            accept_demo_tokens=demo_access_key is not None and self.credentials.get("access_key") == demo_access_key,
            statuses=behaviour.auth_statuses,
        )
        limit = spec.rate_limit if rate_limit is None else rate_limit
        self.limiter = RateLimiter(limit) if limit else None
        self.faults = FaultController(seed)
        self.ctx = Context(spec, behaviour, self.auth, seed=seed)
        self.router = Router(spec.operations)
        self._seed()
        #: Requests answered so far (the contract suite reports it as its number of cases).
        self.requests_served = 0

    def __repr__(self) -> str:
        return f"<MockApp {self.api} at {self.base_path or '/'}>"

    @property
    def base_path(self) -> str:
        """Path prefix of the production server URL (``/api/2``, ``/v1/purchase_orders`` ...)."""
        return self.spec.base_path

    @property
    def store(self) -> Any:
        return self.ctx.store

    def reset(self) -> None:
        """Forget all data, faults and rate-limit counters, then seed again as at creation."""
        with self.ctx.store.lock:
            self.faults.clear()
            if self.limiter is not None:
                self.limiter.reset()
            # A fresh context replays the same seeded generator, so ids and data repeat exactly.
            self.ctx = Context(self.spec, self.behaviour, self.auth, seed=self.ctx.seed)
            self._seed()

    def _seed(self) -> None:
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
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        self.requests_served += 1
        body, too_large = await _read_body(receive)
        request = MockRequest(
            method=scope["method"],
            path=_raw_path(scope),
            query=_query(scope.get("query_string", b"")),
            headers=_headers(scope.get("headers", [])),
            body=body,
        )
        fault, delay = self.faults.take()
        if delay:
            await asyncio.sleep(delay)
        if fault is not None and fault.kind != "truncate":
            await self._send_fault(fault, send)
            return
        reply = self.handle(request, too_large=too_large)
        payload = _encode(reply)
        if fault is not None and payload:
            payload = payload[: max(1, len(payload) // 2)]
        await _send(send, reply, payload)

    def handle(self, request: MockRequest, *, too_large: bool = False) -> Reply:
        """Answer one request (no faults); the synchronous core of the app."""
        operation: Operation | None = None
        try:
            if self.limiter is not None and (wait := self.limiter.hit()) is not None:
                raise HttpError(
                    (429,), "Too many requests", kind="rate_limit", headers={"Retry-After": retry_after_header(wait)}
                )
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
            operation = match.operation
            self.auth.check(operation, request)
            if too_large:
                raise HttpError((413, 400), f"request body larger than {MAX_BODY_BYTES} bytes")
            parsed = parse_request(self.ctx.schemas, operation, request, match.params)
            handler = self.behaviour.handlers.get(operation.operation_id)
            with self.ctx.store.lock:
                if handler is not None:
                    reply = handler(self.ctx, parsed)
                else:
                    reply = self.ctx.run(self.ctx.actions[operation.operation_id], parsed)
        except HttpError as error:
            reply = self.error_reply(operation, error)
        if self.validate_responses and operation is not None:
            self._check(operation, reply)
        return reply

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

    async def _send_fault(self, fault: Fault, send: Send) -> None:
        if fault.kind == "drop":
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
                }
            )
            raise ConnectionDropped("connection dropped by an injected fault")
        if fault.kind == "html":
            page = _HTML_PAGE.format(status=fault.status).encode()
            await _send(send, Reply(fault.status, None, {}, "text/html; charset=utf-8"), page)
            return
        info = ErrorInfo("rate_limit" if fault.status == 429 else "fault", _REASONS.get(fault.status, "Injected fault"))
        headers = {"Retry-After": retry_after_header(fault.retry_after)} if fault.retry_after is not None else {}
        reply = Reply(fault.status, self.behaviour.error_body(fault.status, info), headers)
        await _send(send, reply, _encode(reply))


_REASONS = {
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
}


def _raw_path(scope: Scope) -> str:
    """The path still percent-encoded: the router splits it into segments first and then decodes each,
    so an id holding ``/`` (sent as ``%2F``) stays one path parameter."""
    raw = scope.get("raw_path")
    if raw:
        return quote(bytes(raw), safe="/%!$&'()*+,;=:@-._~")
    return quote(scope.get("path", "/"), safe="/")


def _strip_base(path: str, base: str) -> str | None:
    if not base:
        return path
    if path == base or path.startswith(base + "/"):
        return path[len(base) :] or "/"
    return None


def _query(raw: bytes) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(raw.decode("latin-1"), keep_blank_values=True)


def _headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in raw:
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    too_large = False
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            too_large = True
        elif chunk:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return (b"" if too_large else b"".join(chunks)), too_large


def _encode(reply: Reply) -> bytes:
    if reply.body is None or reply.status in (204, 304):
        return b""
    if isinstance(reply.body, bytes):
        return reply.body
    return json.dumps(reply.body, ensure_ascii=False, separators=(",", ":")).encode()


async def _send(send: Send, reply: Reply, payload: bytes) -> None:
    headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    if payload and reply.media_type:
        media = reply.media_type
        if media == "application/json" or media.endswith("+json"):
            media += "; charset=utf-8"
        headers.append((b"content-type", media.encode("latin-1")))
    headers.append((b"content-length", str(len(payload)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
