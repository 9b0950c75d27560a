"""Rate limits as documented: Lagerkoll 429 + Retry-After + 900429, Seven Time 4/second."""

from __future__ import annotations

import ordermock
import pytest
from ordermock import RateLimit
from ordermock._limits import RateLimiter

from tests.mock._mock_helpers import client_for


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
