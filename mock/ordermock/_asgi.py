"""ASGI plumbing of the mock: reading a request off the wire, writing a reply, and answering with a fault."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, NoReturn
from urllib.parse import quote

from ._behaviour import ErrorBody, ErrorInfo, Reply
from ._faults import Fault
from ._limits import retry_after_header
from ._requests import MAX_BODY_BYTES, MockRequest
from ._text import TextError, path_text, query_pairs

__all__ = [
    "ConnectionDropped",
    "Receive",
    "Scope",
    "Send",
    "encode",
    "fault_status",
    "lifespan",
    "read_body",
    "request_of",
    "send_fault",
    "send_reply",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>{status} Bad Gateway</title></head>"
    "<body><center><h1>{status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>"
)

_REASONS = {
    429: "Too many requests",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
}

#: How often a hanging request looks whether it was released (the server stops, faults are cleared).
_HANG_POLL = 0.05


class ConnectionDropped(Exception):
    """Raised inside the app to close the connection mid-response (an injected fault)."""


def fault_status(fault: Fault) -> int | None:
    """The status a client sees for ``fault``: none for a dropped connection or a hang."""
    return None if fault.kind in ("drop", "hang") else fault.status


async def send_fault(
    fault: Fault, send: Send, receive: Receive, error_body: ErrorBody, released: threading.Event
) -> None:
    """Answer with ``fault`` instead of the server's reply (a status, an HTML page, a drop or a hang)."""
    if fault.kind == "hang":
        await _hang(receive, fault.seconds, released)
        await _drop(send, "connection dropped after an injected hang")
    if fault.kind == "drop":
        await _drop(send, "connection dropped by an injected fault")
    if fault.kind == "html":
        page = _HTML_PAGE.format(status=fault.status).encode()
        await send_reply(send, Reply(fault.status, None, {}, "text/html; charset=utf-8"), page)
        return
    info = ErrorInfo("rate_limit" if fault.status == 429 else "fault", _REASONS.get(fault.status, "Injected fault"))
    headers = {"Retry-After": retry_after_header(fault.retry_after)} if fault.retry_after is not None else {}
    reply = Reply(fault.status, error_body(fault.status, info), headers)
    await send_reply(send, reply, encode(reply))


async def _drop(send: Send, why: str) -> NoReturn:
    """Start a response and break it off: the client sees an incomplete one (a server that raised before
    starting would get a tidy 500 from uvicorn instead)."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
        }
    )
    raise ConnectionDropped(why)


async def _hang(receive: Receive, seconds: float, released: threading.Event) -> None:
    """Wait until the client disconnects, ``seconds`` pass, or ``released`` is set (from any thread).

    In-process, the transport cancels this when the client's read timeout fires; over HTTP the
    server reports the client's disconnect through ``receive``.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    disconnected = asyncio.ensure_future(_disconnect(receive))
    try:
        while not disconnected.done() and not released.is_set() and loop.time() < deadline:
            await asyncio.wait({disconnected}, timeout=min(_HANG_POLL, max(0.0, deadline - loop.time())))
    finally:
        disconnected.cancel()


async def _disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def request_of(scope: Scope, body: bytes) -> MockRequest:
    """The request of ``scope``; path and query string that are not UTF-8 are marked ``malformed``."""
    malformed: str | None = None
    raw_path = scope.get("raw_path")
    path = scope.get("path", "/")
    if raw_path:  # optional in ASGI; when present, read it ourselves
        # Kept percent-encoded: the router splits it into segments first and then decodes each, so an id
        # holding "/" (sent as %2F) stays one path parameter. Decoded here only to refuse what is not UTF-8.
        path = quote(bytes(raw_path).split(b"?", 1)[0], safe="/%!$&'()*+,;=:@-._~")
        try:
            path_text(raw_path)
        except TextError as exc:
            malformed = exc.message
    raw_query = scope.get("query_string", b"")
    try:
        query = query_pairs(raw_query)
    except TextError as exc:
        query, malformed = query_pairs(raw_query, errors="replace"), malformed or exc.message
    headers = _headers(scope.get("headers", []))
    return MockRequest(method=scope["method"], path=path, query=query, headers=headers, body=body, malformed=malformed)


def _headers(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in raw:
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers[key] = f"{headers[key]}, {text}" if key in headers else text
    return headers


async def read_body(receive: Receive) -> tuple[bytes, bool]:
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


def encode(reply: Reply) -> bytes:
    if reply.body is None or reply.status in (204, 304):
        return b""
    if isinstance(reply.body, bytes):
        return reply.body
    return json.dumps(reply.body, ensure_ascii=False, separators=(",", ":")).encode()


async def send_reply(send: Send, reply: Reply, payload: bytes) -> None:
    headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    if payload and reply.media_type:
        media = reply.media_type
        if media == "application/json" or media.endswith("+json"):
            media += "; charset=utf-8"
        headers.append((b"content-type", media.encode("latin-1")))
    headers.append((b"content-length", str(len(payload)).encode()))
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


async def lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
