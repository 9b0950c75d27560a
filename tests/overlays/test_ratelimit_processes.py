"""Several processes, one quota: workers sharing a real Redis stay under the mock's limit with no 429.

The mock enforces 50 requests per 2 s over HTTP, counted when a request arrives; each worker is a separate
Python process whose only link to the others is ``ORDERSDK_RATE_LIMIT_URL``. Without that link the same
run gets 100 x 429 of 150. Workers start on cold connections and use the default margin: a request counts
until its response, so neither a connection's set-up nor a queue in the mock (async workers keep 15
requests in flight into its one thread, on 2 cores shared with the workers and the rest of the suite) can
put more than 50 arrivals into a window. Timing bounds tell bursts apart by whole windows, so a loaded
machine's slower requests cannot fail them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import ordermock
import pytest
from ordersdk import RateLimit
from ordertools.redis_server import RedisServer

WORKER = Path(__file__).with_name("_ratelimit_worker.py")
REQUESTS, PER = 50, 2.0
WINDOW = RateLimit(REQUESTS, PER).window  # the client's window: PER + the default margin
DEMO = ("demo-store", "demo-api-key")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


def _mock(**options: Any) -> ordermock.MockApp:
    return ordermock.create_app("lagerkoll", seed_data=3, rate_limit=ordermock.RateLimit(REQUESTS, PER), **options)


def _run_workers(
    redis_url: str, jobs: list[tuple[ordermock.MockApp, str, str, tuple[str, str], int]]
) -> list[list[tuple[float, int]]]:
    """Start one process per (mock, mode, base URL, credentials, count), release them together, return their sends."""
    env = {**os.environ, "ORDERSDK_RATE_LIMIT_URL": redis_url}
    with ExitStack() as stack:
        procs = []
        for _, mode, url, (store, key), count in jobs:
            args = [sys.executable, str(WORKER), mode, url, store, key, str(count), str(REQUESTS), str(PER)]
            proc = subprocess.Popen(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            stack.callback(proc.kill)
            procs.append(proc)
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, _ = proc.communicate(timeout=60)
            assert proc.returncode == 0
            results.append([(float(at), int(status)) for at, status in json.loads(out)["sent"]])
        return results


def _max_in_window(sends: list[float], window: float) -> int:
    sends = sorted(sends)
    best, start = 0, 0
    for end, t in enumerate(sends):
        while sends[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_three_processes_share_the_quota_without_a_429(server: RedisServer, mode: str) -> None:
    """3 processes x 50 requests, same credentials: never over 50 per 2 s, no 429, and at the allowed rate."""
    app = _mock()
    with ordermock.serve_app(app) as url:
        results = _run_workers(server.url, [(app, mode, url, DEMO, 50)] * 3)
    sends = sorted(at for result in results for at, _ in result)
    statuses = [status for result in results for _, status in result]
    assert len(sends) == 150
    assert statuses.count(429) == 0 and set(statuses) == {200}
    assert _max_in_window(sends, PER) <= REQUESTS
    # 150 at 50 per window: 3 bursts, the last starting 2 windows (plus the requests' latency) after the first.
    # Faster is impossible; a 4th burst (3 windows) would waste quota.
    assert 2 * WINDOW - 0.01 <= sends[-1] - sends[0] < 3 * WINDOW


@pytest.mark.slow
def test_other_credentials_do_not_share_a_budget(server: RedisServer) -> None:
    """Two processes with different credentials (each its own mock and quota) both run at the full rate."""
    other = ("store-b", "key-b")
    app_a, app_b = _mock(), _mock(credentials={"store": other[0], "api_key": other[1]})
    with ordermock.serve_app(app_a) as url_a, ordermock.serve_app(app_b) as url_b:
        results = _run_workers(server.url, [(app_a, "sync", url_a, DEMO, 100), (app_b, "sync", url_b, other, 100)])
    for result in results:
        assert [status for _, status in result] == [200] * 100
        span = result[-1][0] - result[0][0]
        # Alone on its budget: 2 bursts, the second a window (plus latency) after the first; sharing one budget
        # with the other process, its 100 would spread over 4 bursts: at least 3 windows.
        assert WINDOW - 0.01 <= span < 3 * WINDOW
