"""The limiter seam of connect(): an explicit Limiter or LimiterBackend, ORDERSDK_RATE_LIMIT_URL, else in-process."""

from __future__ import annotations

import sys
from typing import Any

import httpx
import pytest
from ordersdk import Limiter, LimiterBackend, RateLimit, RedisRateLimiter, SlotLimiter, lagerkoll, sevensenders
from ordersdk._limiter import InProcessBackend
from ordersdk._ratelimit import SlidingWindowLimiter, credentials_key, shared_limiter

OK = httpx.MockTransport(lambda r: httpx.Response(200, json={}))
SECRET = "lk-seam-secret-key"


class CountingLimiter:
    """A Limiter that never waits and counts its callers."""

    def __init__(self) -> None:
        self.sync = 0
        self.async_ = 0

    def reserve(self) -> float:
        self.sync += 1
        return 0.0

    async def areserve(self) -> float:
        self.async_ += 1
        return 0.0


class RecordingBackend:
    """A LimiterBackend that records what it is asked for."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, RateLimit]] = []
        self.limiter_ = CountingLimiter()

    def limiter(self, key: str, limit: RateLimit) -> Limiter:
        self.asked.append((key, limit))
        return self.limiter_


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ORDERSDK_RATE_LIMIT_URL", raising=False)
    monkeypatch.delenv("ORDERSDK_RATE_LIMIT_ON_FAILURE", raising=False)


def _lk(**options: Any) -> Any:
    return lagerkoll.connect(store="store-1", api_key=SECRET, base_url="https://lk.test/v1", transport=OK, **options)


def _limiter_of(client: Any) -> Any:
    return client.get_httpx_client()._transport._inner.limiter


def test_the_protocols_are_what_the_classes_implement() -> None:
    """Both limiters count slots until completion (SlotLimiter); the backends are LimiterBackends."""
    assert isinstance(SlidingWindowLimiter(RateLimit(1, 1.0)), SlotLimiter)
    assert isinstance(RedisRateLimiter("redis://127.0.0.1:1/0").limiter("k", RateLimit(1, 1.0)), SlotLimiter)
    assert isinstance(CountingLimiter(), Limiter) and not isinstance(CountingLimiter(), SlotLimiter)
    assert isinstance(InProcessBackend(), LimiterBackend)
    assert isinstance(RedisRateLimiter("redis://127.0.0.1:1/0"), LimiterBackend)  # no connection until used
    assert not isinstance(RedisRateLimiter("redis://127.0.0.1:1/0"), Limiter)


async def test_an_explicit_limiter_serves_sync_and_async_requests() -> None:
    """connect(limiter=<Limiter>) calls reserve() for sync requests and areserve() for async ones."""
    limiter = CountingLimiter()
    client = _lk(limiter=limiter)
    client.get_httpx_client().get("/purchase_orders/1")
    await client.get_async_httpx_client().get("/purchase_orders/1")
    assert (limiter.sync, limiter.async_) == (1, 1)


def test_an_explicit_limiter_applies_even_with_rate_limit_none() -> None:
    """A Limiter passed by the caller is their budget: rate_limit=None does not remove it."""
    limiter = CountingLimiter()
    assert _limiter_of(_lk(limiter=limiter, rate_limit=None)) is limiter


def test_a_backend_gets_the_credentials_hash_and_the_documented_limit() -> None:
    """connect(limiter=<backend>) asks for this API + credentials' budget: a hash, never the secret."""
    backend = RecordingBackend()
    assert _limiter_of(_lk(limiter=backend)) is backend.limiter_
    ((key, limit),) = backend.asked
    assert key == credentials_key("lagerkoll", ["store-1", SECRET])
    assert SECRET not in key and "store-1" not in key
    assert limit == RateLimit(200, 60.0)


def test_a_backend_is_not_asked_when_there_is_no_limit() -> None:
    """rate_limit=None, or an API without a documented limit, means no limiter at all."""
    backend = RecordingBackend()
    assert not hasattr(_lk(limiter=backend, rate_limit=None).get_httpx_client()._transport._inner, "limiter")
    sevensenders.connect(access_key="k", base_url="https://ss.test/v2", transport=OK, limiter=backend)
    assert backend.asked == []


def test_anything_else_is_a_type_error() -> None:
    """A limiter option that is neither protocol fails at connect(), not at the first request."""
    with pytest.raises(TypeError, match="Limiter or a LimiterBackend"):
        _lk(limiter="redis://127.0.0.1:6379/0")


def test_without_the_environment_variable_the_budget_is_in_process() -> None:
    """The default: the process-wide in-process limiter for these credentials."""
    limiter = _limiter_of(_lk())
    assert limiter is shared_limiter(credentials_key("lagerkoll", ["store-1", SECRET]), RateLimit(200, 60.0))


def test_the_environment_variable_selects_one_redis_backend_per_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """ORDERSDK_RATE_LIMIT_URL: every connect() gets a Redis limiter from one shared backend; an explicit option wins."""
    monkeypatch.setenv("ORDERSDK_RATE_LIMIT_URL", "redis://:pw-in-url@127.0.0.1:1/3")
    a, b = _limiter_of(_lk()), _limiter_of(_lk())
    assert type(a).__name__ == "_RedisLimiter"
    assert a._backend is b._backend
    assert a._backend.on_failure == "open"
    assert "pw-in-url" not in repr(a) + repr(a._backend)
    assert repr(a._backend) == "RedisRateLimiter('redis://127.0.0.1:1/3', on_failure='open')"
    explicit = CountingLimiter()
    assert _limiter_of(_lk(limiter=explicit)) is explicit
    monkeypatch.setenv("ORDERSDK_RATE_LIMIT_ON_FAILURE", "closed")
    assert _limiter_of(_lk())._backend.on_failure == "closed"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("ORDERSDK_RATE_LIMIT_ON_FAILURE", "maybe", "ORDERSDK_RATE_LIMIT_ON_FAILURE must be 'open' or 'closed'"),
        ("ORDERSDK_RATE_LIMIT_URL", "http://user:pw-secret@host/0", "ORDERSDK_RATE_LIMIT_URL is not a valid"),
    ],
)
def test_bad_environment_values_fail_at_connect(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, message: str
) -> None:
    """A bad setting is a ValueError naming the variable (never echoing a URL that may hold a password)."""
    monkeypatch.setenv("ORDERSDK_RATE_LIMIT_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setenv(variable, value)
    with pytest.raises(ValueError, match=message) as caught:
        _lk()
    assert "pw-secret" not in str(caught.value)


def test_redis_backend_rejects_an_unknown_policy() -> None:
    """on_failure is 'open' or 'closed'."""
    with pytest.raises(ValueError, match="on_failure"):
        RedisRateLimiter("redis://127.0.0.1:1/0", on_failure="maybe")  # type: ignore[arg-type]


def test_without_the_extra_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """ordersdk imports without redis-py; asking for the Redis limiter then names the extra to install."""
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(ImportError, match=r"pip install 'ordersdk\[redis\]'"):
        RedisRateLimiter("redis://127.0.0.1:1/0")
