"""The mock over real HTTP: serve() and scripts/mock.py, bound to 127.0.0.1 under the production base path."""

from __future__ import annotations

import queue
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import httpx
import ordermock
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("api", ordermock.APIS[:1])
def test_serve_context_manager(api: str) -> None:
    """serve() yields the base URL of a live server with demo credentials and stops afterwards."""
    with ordermock.serve(api, seed_data=3) as url:
        assert url.startswith("http://127.0.0.1:") and url.endswith(ordermock.create_app(api).base_path)
        with httpx.Client(headers=ordermock.demo_headers(api)) as client:
            assert client.get(url + "/nowhere").status_code == 404
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/nowhere", timeout=1)


@pytest.mark.skipif("seventime" not in ordermock.APIS, reason="specs/seventime.yaml not present")
def test_mock_script_serves_and_prints_credentials() -> None:
    """`scripts/mock.py seventime --port N` prints the demo credentials and serves /api/2 until stopped."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts" / "mock.py"),
            "seventime",
            "--port",
            str(port),
            "--seed-data",
            "30",
            "--faults",
            "fail:1:503",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = "".join(process.stdout.readline() for _ in range(3))
        assert "Client-Secret: demo-client-secret" in banner
        url = f"http://127.0.0.1:{port}/api/2/purchaseOrders"
        headers = {"Client-Secret": "demo-client-secret"}
        for _ in range(100):
            try:
                first = httpx.get(url, headers=headers)
                break
            except httpx.ConnectError:
                time.sleep(0.05)
        assert first.status_code == 503  # the armed fault
        body = httpx.get(url, headers=headers, params={"limit": 10}).json()
        assert body["meta"]["totalResources"] == 30 and len(body["data"]) == 10
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_mock_script_rejects_bad_faults() -> None:
    """A bad --faults value is a clear error and exit status 2."""
    api = ordermock.APIS[0]
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mock.py"), api, "--faults", "boom"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "bad fault 'boom'" in result.stderr


def _lines_until(stream: IO[str], pattern: re.Pattern[str], timeout: float) -> re.Match[str]:
    """Read ``stream`` until a line matches ``pattern`` (in a thread, so a silent process cannot hang the test)."""
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            break
        seen.append(line)
        if match := pattern.search(line):
            return match
    raise AssertionError(f"no line matching {pattern.pattern!r} in {''.join(seen)!r}")


@pytest.mark.parametrize("api", ordermock.APIS[:1])
def test_mock_script_on_port_0_prints_the_bound_url(api: str) -> None:
    """`--port 0` lets the OS choose; the script prints the URL it really listens on, which answers."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "mock.py"), api, "--port", "0", "--seed-data", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        found = _lines_until(
            process.stdout, re.compile(r"^ordermock: \S+ at (http://127\.0\.0\.1:(\d+)(/\S*)?)"), timeout=60
        )
        url, port = found.group(1), int(found.group(2))
        assert port != 0 and url.endswith(ordermock.create_app(api).base_path)
        response = httpx.get(url + "/no-such-resource", headers=ordermock.demo_headers(api), timeout=10)
        assert response.status_code == 404  # the mock answered, in the vendor's shape
        assert response.json()
    finally:
        process.terminate()
        process.wait(timeout=10)
