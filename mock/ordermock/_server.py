"""Serving a mock over real HTTP with uvicorn, in a background thread or in the foreground."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import uvicorn

from ._app import MockApp
from ._asgi import ConnectionDropped

__all__ = ["run_server", "serve_app"]


class _HideInjectedDrops(logging.Filter):
    """uvicorn logs every exception of the app; a drop we injected on purpose is not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


class _Server(uvicorn.Server):
    """uvicorn's server, telling ``on_ready`` its URL as soon as it listens (the real port when 0 was asked)."""

    def __init__(self, config: uvicorn.Config, app: MockApp, on_ready: Callable[[str], None] | None) -> None:
        super().__init__(config)
        self._app = app
        self._on_ready = on_ready

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self._on_ready is not None and self.started:
            self._on_ready(_bound_url(self, self._app))


def _bound_url(server: uvicorn.Server, app: MockApp) -> str:
    """The base URL ``server`` (started) listens on, with the port the OS chose, e.g. ``http://127.0.0.1:54321/v1``."""
    host, port = server.servers[0].sockets[0].getsockname()[:2]
    return f"http://{f'[{host}]' if ':' in host else host}:{port}{app.base_path}"


def _config(app: MockApp, host: str, port: int, log_level: str) -> uvicorn.Config:
    logging.getLogger("uvicorn.error").addFilter(_HideInjectedDrops())
    return uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="off", access_log=False)


@contextmanager
def serve_app(app: MockApp, host: str = "127.0.0.1", port: int = 0, *, log_level: str = "warning") -> Iterator[str]:
    """Run ``app`` in a thread; yields the base URL (``http://127.0.0.1:PORT/api/2``)."""
    server = uvicorn.Server(_config(app, host, port, log_level))
    thread = threading.Thread(target=server.run, name=f"ordermock-{app.api}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise RuntimeError(f"the {app.api} mock could not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield _bound_url(server, app)
    finally:
        app.faults.release_hangs()  # a hanging request would hold the shutdown for its full length
        server.should_exit = True
        thread.join(timeout=10)


def run_server(
    app: MockApp,
    host: str,
    port: int,
    *,
    log_level: str = "info",
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve ``app`` in the foreground until interrupted.

    ``on_ready`` is called once with the base URL as soon as the server listens -- with the port
    actually bound, which is the one to print when ``port`` is 0 (any free port).
    """
    _Server(_config(app, host, port, log_level), app, on_ready).run()
