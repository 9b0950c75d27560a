"""Serving a mock over real HTTP with uvicorn, in a background thread or in the foreground."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from ._app import ConnectionDropped, MockApp

__all__ = ["run_server", "serve_app"]


class _HideInjectedDrops(logging.Filter):
    """uvicorn logs every exception of the app; a drop we injected on purpose is not news."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], ConnectionDropped))


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
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}{app.base_path}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def run_server(app: MockApp, host: str, port: int, *, log_level: str = "info") -> None:
    """Serve ``app`` in the foreground until interrupted."""
    uvicorn.Server(_config(app, host, port, log_level)).run()
