"""The shared limiter's failure policy, with a real redis-server stopped or stalled mid-run."""

from __future__ import annotations

import logging
import threading
import time
import traceback
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ordersdk import APIError, RateLimit, RateLimiterUnavailableError, RedisRateLimiter, lagerkoll
from ordertools.redis_server import RedisServer

PASSWORD = "redis-pw-s3cret"
LIMIT = RateLimit(3, 1.0)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path, password=PASSWORD)
    server.start()
    yield server
    server.stop()


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers 200 and counts what actually left the client."""

    def __init__(self) -> None:
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        return httpx.Response(200, json={})

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


def _client(backend: RedisRateLimiter, recorder: Recorder) -> Any:
    # Fresh credentials per test: the in-process fallback budgets are process-wide.
    return lagerkoll.connect(
        store="store-1",
        api_key=f"key-{uuid.uuid4()}",
        base_url="https://lk.test/v1",
        transport=recorder,
        rate_limit=LIMIT,
        limiter=backend,
    )


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "ordersdk.ratelimit" and r.levelno == logging.WARNING]


def test_fail_open_falls_back_with_one_warning_and_returns_to_redis(
    server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Server stopped mid-run: requests still go, limited by this process alone, one WARNING; back on Redis after it restarts."""
    caplog.set_level(logging.INFO, logger="ordersdk.ratelimit")
    backend = RedisRateLimiter(server.url, on_failure="open", retry_interval=0.2)
    recorder = Recorder()
    client = _client(backend, recorder).get_httpx_client()
    client.get("/purchase_orders/1")
    server.stop()
    for _ in range(2):
        client.get("/purchase_orders/1")
    assert recorder.sent == 3
    (warning,) = _warnings(caplog)
    assert "unavailable" in warning and "own limiter" in warning and PASSWORD not in warning
    server.start()
    time.sleep(0.25)  # past retry_interval: the next request asks Redis again
    client.get("/purchase_orders/1")
    assert recorder.sent == 4
    assert any("available again" in r.getMessage() for r in caplog.records)
    admin = server.client()
    (key,) = admin.keys("ordersdk:ratelimit:v2:lagerkoll:*")
    # The restarted server (nothing persisted) holds the new slot only, completed.
    assert sorted(f[:1] for f in admin.hkeys(key) if f[:1] in (b"a", b"c")) == [b"a", b"c"]
    admin.close()
    backend.close()


def test_fail_open_enforces_the_limit_locally_while_redis_is_down(server: RedisServer) -> None:
    """During the outage the in-process limiter still spaces requests: the 4th of 3/s waits a window."""
    backend = RedisRateLimiter(server.url, on_failure="open", retry_interval=60)
    limiter = backend.limiter(f"lagerkoll:{uuid.uuid4()}", LIMIT)
    server.stop()
    assert [limiter.reserve() for _ in range(3)] == [0.0] * 3
    assert limiter.reserve() == pytest.approx(LIMIT.window, abs=0.03)
    backend.close()


def test_fail_closed_raises_a_typed_error_and_sends_nothing(server: RedisServer) -> None:
    """on_failure='closed': RateLimiterUnavailableError (an APIError), no request sent, no password anywhere."""
    backend = RedisRateLimiter(server.url, on_failure="closed", retry_interval=0.2)
    recorder = Recorder()
    client = _client(backend, recorder).get_httpx_client()
    client.get("/purchase_orders/1")
    server.stop()
    with pytest.raises(RateLimiterUnavailableError) as caught:
        client.get("/purchase_orders/1")
    assert isinstance(caught.value, APIError)
    assert recorder.sent == 1
    assert caught.value.backend == f"redis://127.0.0.1:{server.port}/0"
    assert "ConnectionError" in str(caught.value)
    text = "".join(traceback.format_exception(caught.value)) + repr(backend)
    assert PASSWORD not in text
    # Within retry_interval Redis is not asked again: the error says when it will be.
    with pytest.raises(RateLimiterUnavailableError, match="next try within"):
        client.get("/purchase_orders/1")
    server.start()
    time.sleep(0.25)
    client.get("/purchase_orders/1")
    assert recorder.sent == 2
    backend.close()


async def test_async_clients_follow_the_same_policy(server: RedisServer) -> None:
    """The async path falls back (open) or raises (closed) exactly like the sync one."""
    recorder = Recorder()
    open_backend = RedisRateLimiter(server.url, on_failure="open")
    closed_backend = RedisRateLimiter(server.url, on_failure="closed")
    fails_open = _client(open_backend, recorder).get_async_httpx_client()
    fails_closed = _client(closed_backend, recorder).get_async_httpx_client()
    await fails_open.get("/purchase_orders/1")
    await fails_closed.get("/purchase_orders/1")
    server.stop()
    await fails_open.get("/purchase_orders/1")
    with pytest.raises(RateLimiterUnavailableError):
        await fails_closed.get("/purchase_orders/1")
    assert recorder.sent == 3
    open_backend.close()
    closed_backend.close()


@pytest.mark.parametrize("policy", ["open", "closed"])
def test_a_slow_server_counts_as_unavailable_after_the_timeout(server: RedisServer, policy: str) -> None:
    """Redis stalled for 1.5 s (DEBUG SLEEP) with timeout=0.2: the policy applies after ~0.2 s, not 1.5 s."""
    backend = RedisRateLimiter(server.url, on_failure=policy, timeout=0.2)  # type: ignore[arg-type]
    limiter = backend.limiter(f"lagerkoll:{uuid.uuid4()}", LIMIT)
    assert limiter.reserve() == 0.0  # connected before the stall
    admin = server.client()
    stall = threading.Thread(target=admin.execute_command, args=("DEBUG", "SLEEP", "1.5"))
    stall.start()
    time.sleep(0.05)
    started = time.monotonic()
    if policy == "open":
        assert limiter.reserve() == 0.0
    else:
        with pytest.raises(RateLimiterUnavailableError, match="TimeoutError"):
            limiter.reserve()
    elapsed = time.monotonic() - started
    stall.join()
    admin.close()
    backend.close()
    assert 0.15 < elapsed < 1.0


class StopsRedis(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers 200, but Redis goes down while the request is out: its completion cannot be recorded."""

    def __init__(self, server: RedisServer) -> None:
        self.server = server

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.server.stop()
        return httpx.Response(200, json={})

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("policy", ["open", "closed"])
async def test_a_sent_request_returns_its_response_when_its_completion_cannot_be_recorded(
    server: RedisServer, policy: str, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis down between send and response: the response is the caller's (no error, either policy), one WARNING."""
    caplog.set_level(logging.INFO, logger="ordersdk.ratelimit")
    backend = RedisRateLimiter(server.url, on_failure=policy)  # type: ignore[arg-type]
    client = lagerkoll.connect(
        store="store-1",
        api_key=f"key-{uuid.uuid4()}",
        base_url="https://lk.test/v1",
        transport=StopsRedis(server),
        rate_limit=LIMIT,
        limiter=backend,
    )
    if mode == "sync":
        response = client.get_httpx_client().get("/purchase_orders/1")
    else:
        response = await client.get_async_httpx_client().get("/purchase_orders/1")
    assert response.status_code == 200
    (warning,) = _warnings(caplog)
    assert "unavailable" in warning and PASSWORD not in warning
    backend.close()


def test_fail_open_falls_back_while_waiting_for_a_slot_in_flight(server: RedisServer) -> None:
    """Redis gone while a slot waits for the one in flight before it: open -> the in-process limiter takes over."""
    backend = RedisRateLimiter(server.url, on_failure="open", retry_interval=60)
    limiter = backend.limiter(f"lagerkoll:{uuid.uuid4()}", RateLimit(1, 0.3, margin=0.0))
    a = limiter.take()
    assert limiter.ready(a) == 0.0
    b = limiter.take()  # depends on a, in flight
    server.stop()
    time.sleep(b.wait)
    wait = limiter.ready(b)  # Redis unreachable: a slot of this process's own budget instead
    assert wait == 0.0  # the own budget is empty
    limiter.complete(b)
    limiter.complete(a)
    backend.close()


def test_fail_closed_while_waiting_for_a_slot_in_flight_sends_nothing(server: RedisServer) -> None:
    """The same with on_failure='closed': RateLimiterUnavailableError before sending."""
    backend = RedisRateLimiter(server.url, on_failure="closed", retry_interval=60)
    limiter = backend.limiter(f"lagerkoll:{uuid.uuid4()}", RateLimit(1, 0.3, margin=0.0))
    a = limiter.take()
    assert limiter.ready(a) == 0.0
    b = limiter.take()
    server.stop()
    time.sleep(b.wait)
    with pytest.raises(RateLimiterUnavailableError):
        limiter.ready(b)
    limiter.complete(b)  # never raises
    backend.close()
