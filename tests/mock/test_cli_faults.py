"""`ordermock API --faults ...` with aimed and after faults, and `--log-requests`, as a user runs them."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.mock._mock_helpers import LAGERKOLL_NEW_ORDER, present

ROOT = Path(__file__).resolve().parents[2]
HEADERS = {"store": "demo-store", "api_key": "demo-api-key"}


class _Output:
    """The lines a process prints, read in a thread (a silent process cannot hang the test)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        assert process.stdout is not None
        stream = process.stdout
        threading.Thread(target=lambda: [self.lines.put(line) for line in stream], daemon=True).start()

    def until(self, text: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            self.seen.append(line)
            if text in line:
                return line
        raise AssertionError(f"no line with {text!r} in {''.join(self.seen)!r}")


@pytest.mark.parametrize("api", present("lagerkoll"))
def test_an_after_fault_from_the_command_line(api: str) -> None:
    """`after:fail:1:503@add_purchase_order`: the create answers 503 but is stored; the log line says so."""
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts" / "mock.py"),
            api,
            "--port",
            "0",
            "--seed-data",
            "1",
            "--faults",
            "after:fail:1:503@add_purchase_order, drop:1@GET /purchase_orders/{order_id}",
            "--log-requests",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output = _Output(process)
        url = output.until(f"ordermock: {api} at ").split(" at ", 1)[1].strip()
        with httpx.Client(base_url=url, headers=HEADERS, timeout=10) as client:
            assert client.get("/purchase_orders").status_code == 200  # not aimed at
            assert client.post("/purchase_orders", json=LAGERKOLL_NEW_ORDER).status_code == 503
            listed = client.get("/purchase_orders", params={"limit": 10}).json()["orders"]
            assert [o["poReference"] for o in listed].count(LAGERKOLL_NEW_ORDER["poReference"]) == 1
            with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
                client.get(f"/purchase_orders/{listed[0]['id']}")
        logged = output.until("(add_purchase_order) -> 503")
        assert logged.strip() == "ordermock: POST /v1/purchase_orders (add_purchase_order) -> 503 [after: 503]"
        output.until("(get_purchase_order) -> no response [before: drop]")
    finally:
        process.terminate()
        process.wait(timeout=10)
