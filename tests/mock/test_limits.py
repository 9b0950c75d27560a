"""Rate limits as documented: Lagerkoll 429 + Retry-After + 900429, Seven Time 4/second."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import httpx
import ordermock
import pytest
from ordermock import RateLimit
from ordermock._limits import RateLimiter

from tests.mock._mock_helpers import WIDGET_HEADERS, client_for, make_widgets


def test_sliding_window_and_wait() -> None:
    """The limiter allows N per window and says how long until the oldest request leaves it."""
    now = [100.0]
    limiter = RateLimiter(RateLimit(2, 10.0), clock=lambda: now[0])
    assert limiter.hit() is None and limiter.hit() is None
    now[0] = 104.0
    assert limiter.hit() == pytest.approx(6.0)
    now[0] = 110.0
    assert limiter.hit() is None


@pytest.mark.parametrize(
    "api",
    [
        pytest.param(
            "lagerkoll",
            marks=pytest.mark.skipif("lagerkoll" not in ordermock.APIS, reason="specs/lagerkoll.yaml not present"),
        )
    ],
)
def test_lagerkoll_limit(api: str) -> None:
    """Over the limit Lagerkoll answers 429 with Retry-After and errorCode 900429."""
    app = ordermock.create_app(api, rate_limit=RateLimit(3, 60.0))
    client = client_for(app, ordermock.demo_headers(api))
    assert [client.get("/purchase_orders").status_code for _ in range(3)] == [200, 200, 200]
    throttled = client.get("/purchase_orders")
    assert throttled.status_code == 429
    assert int(throttled.headers["retry-after"]) >= 59
    assert throttled.json()["errorCode"] == 900429


@pytest.mark.parametrize(
    "api",
    [
        pytest.param(
            "seventime",
            marks=pytest.mark.skipif("seventime" not in ordermock.APIS, reason="specs/seventime.yaml not present"),
        )
    ],
)
def test_seventime_documented_limit(api: str) -> None:
    """The default Seven Time mock allows 4 requests per second, then 429."""
    app = ordermock.create_app(api)
    client = client_for(app, ordermock.demo_headers(api))
    statuses = [client.get("/purchaseOrders").status_code for _ in range(5)]
    assert statuses[:4] == [200] * 4 and statuses[4] == 429
    app.reset()
    assert client.get("/purchaseOrders").status_code == 200


def test_rate_limit_can_be_turned_off() -> None:
    """`rate_limit=False` removes the documented limit (used by the contract suite)."""
    api = ordermock.APIS[0]
    app = ordermock.create_app(api, rate_limit=False)
    assert app.limiter is None


def test_each_key_has_its_own_window() -> None:
    """One caller's hits do not use up another's."""
    now = [0.0]
    limiter = RateLimiter(RateLimit(1, 10.0), clock=lambda: now[0])
    assert limiter.hit("a") is None and limiter.hit("b") is None
    assert limiter.hit("a") == pytest.approx(10.0)


async def _until(condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition never became true")


async def test_slowed_requests_count_when_they_arrive() -> None:
    """A compliant burst of N slowed requests leaves the window N seconds after it arrived, not after its answers.

    The window is 1 s of a fake clock; the answers are held back by the `slow` fault while the
    clock moves to 0.95 s. At 1.01 s the burst has left the window, so the next request is allowed.
    """
    now = [0.0]
    app = make_widgets(seed_data=1)
    app.limiter = RateLimiter(RateLimit(3, 1.0), clock=lambda: now[0])
    app.faults.slow(0.5, count=3)
    async with httpx.AsyncClient(
        base_url="http://mock" + app.base_path, transport=ordermock.async_transport(app), headers=WIDGET_HEADERS
    ) as client:
        burst = [asyncio.create_task(client.get("/")) for _ in range(3)]
        await _until(lambda: app.requests_served == 3)
        await asyncio.sleep(0.1)  # all three have arrived and are being slowed
        now[0] = 0.95
        assert [response.status_code for response in await asyncio.gather(*burst)] == [200, 200, 200]
        now[0] = 1.01
        assert (await client.get("/")).status_code == 200
        assert [(await client.get("/")).status_code for _ in range(3)] == [200, 200, 429]


def test_a_sequential_client_at_the_documented_pace_gets_no_429() -> None:
    """N requests in the first window (the first one slowed), then one as soon as the first has left the window."""
    now = [0.0]
    app = make_widgets(seed_data=1)
    app.limiter = RateLimiter(RateLimit(2, 1.0), clock=lambda: now[0])
    client = client_for(app, WIDGET_HEADERS)
    app.faults.slow(0.5, count=1)
    slowed = threading.Thread(target=lambda: statuses.append(client.get("/").status_code))
    statuses: list[int] = []
    slowed.start()
    deadline = time.monotonic() + 5
    while app.requests_served < 1 and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(0.1)  # it has arrived and is being slowed
    now[0] = 0.9  # the second request, while the first one's answer is still held back
    statuses.append(client.get("/").status_code)
    slowed.join()
    now[0] = 1.0  # the first request arrived at 0.0: it has left the window
    statuses.append(client.get("/").status_code)
    assert statuses == [200, 200, 200]


def test_missing_credentials_are_401_even_when_the_quota_is_used_up() -> None:
    """Authentication comes before the rate limit: no credentials is a 401, never a 429."""
    app = make_widgets(rate_limit=RateLimit(2, 60.0))
    client = client_for(app, WIDGET_HEADERS)
    assert [client.get("/").status_code for _ in range(3)] == [200, 200, 429]
    anonymous = client_for(app).get("/")
    assert anonymous.status_code == 401 and anonymous.json()["errorCode"] == 900401
    wrong = client_for(app, {**WIDGET_HEADERS, "api_key": "wrong"}).get("/")
    assert wrong.status_code == 401


def test_the_quota_is_kept_per_credentials() -> None:
    """One client's burst does not throttle a client with other credentials; refused requests use no quota."""
    app = make_widgets(rate_limit=RateLimit(2, 60.0))
    for _ in range(5):
        assert client_for(app).get("/").status_code == 401
    by_key = client_for(app, {"store": "s-1", "api_key": "k-widgets"})
    by_token = client_for(app, {"store": "s-1", "user_token": "t-1"})
    assert [by_key.get("/").status_code for _ in range(3)] == [200, 200, 429]
    assert [by_token.get("/").status_code for _ in range(3)] == [200, 200, 429]
