"""Auth: static headers, and the token exchange's cache, expiry, 401 refresh and single-flight refresh."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time

import httpx
import jwt
import pytest
from ordersdk._auth import HeaderAuth, TokenExchangeAuth

URL = "https://api.example.test/v2/orders"


def test_header_auth_sets_headers_and_hides_values() -> None:
    """Every request carries the headers; repr names the headers, never the values."""
    seen: list[httpx.Headers] = []
    auth = HeaderAuth({"store": "store-1", "api_key": "key-secret-1"})
    with httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r.headers) or httpx.Response(200))) as c:
        c.get(URL, auth=auth)
    assert seen[0]["store"] == "store-1" and seen[0]["api_key"] == "key-secret-1"
    assert repr(auth) == "HeaderAuth(headers=['api_key', 'store'])"
    assert set(auth.secrets()) == {"store-1", "key-secret-1"}


class Vendor:
    """A token issuer plus an API that accepts only the tokens listed in ``valid``."""

    def __init__(self, tokens: list[str], delay: float = 0.0) -> None:
        self._tokens = iter(tokens)
        self.fetches = 0
        self.valid = set(tokens)
        self.seen: list[str] = []
        self._delay = delay
        self._lock = threading.Lock()

    def fetch(self) -> str:
        with self._lock:
            self.fetches += 1
            token = next(self._tokens)
        time.sleep(self._delay)  # widens the race window; the result does not depend on it
        return token

    async def afetch(self) -> str:
        with self._lock:
            self.fetches += 1
            token = next(self._tokens)
        await asyncio.sleep(self._delay)
        return token

    def handler(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        with self._lock:
            self.seen.append(token)
        return httpx.Response(200 if token in self.valid else 401)


def _auth(vendor: Vendor, clock: list[float] | None = None) -> TokenExchangeAuth:
    now = clock if clock is not None else [time.time()]
    return TokenExchangeAuth(vendor.fetch, vendor.afetch, key="access-key-secret", clock=lambda: now[0])


def test_token_is_fetched_once_and_reused() -> None:
    """Five requests, one exchange, all signed with the cached token."""
    vendor = Vendor(["t1", "t2"])
    auth = _auth(vendor)
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=auth) as client:
        for _ in range(5):
            assert client.get(URL).status_code == 200
    assert vendor.fetches == 1
    assert vendor.seen == ["t1"] * 5


def test_jwt_exp_drives_refresh_before_expiry() -> None:
    """A JWT's exp (read without verifying) is honoured: refreshed 60 s before it, not earlier."""
    clock = [1_700_000_000.0]
    first = jwt.encode({"exp": int(clock[0]) + 600}, "a-signing-key-we-never-verify-with-32b", algorithm="HS256")
    vendor = Vendor([first, "t2"])
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=_auth(vendor, clock)) as client:
        client.get(URL)
        clock[0] += 539
        client.get(URL)
        assert vendor.fetches == 1
        clock[0] += 2  # now 59 s before exp
        client.get(URL)
    assert vendor.fetches == 2
    assert vendor.seen == [first, first, "t2"]


def test_opaque_token_uses_the_documented_lifetime() -> None:
    """Without exp the token lives 60 minutes."""
    clock = [1_000.0]
    vendor = Vendor(["opaque-1", "opaque-2"])
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=_auth(vendor, clock)) as client:
        client.get(URL)
        clock[0] += 3600 - 61
        client.get(URL)
        assert vendor.fetches == 1
        clock[0] += 2
        client.get(URL)
    assert vendor.fetches == 2


def test_401_refreshes_once_and_resends_once() -> None:
    """A revoked token: one refresh, one resend, success."""
    vendor = Vendor(["revoked", "fresh"])
    vendor.valid = {"fresh"}
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=_auth(vendor)) as client:
        response = client.post(URL, json={"order_id": "1"})
    assert response.status_code == 200
    assert vendor.seen == ["revoked", "fresh"]
    assert vendor.fetches == 2


def test_repeated_401_is_returned_not_looped() -> None:
    """If the fresh token is rejected too, the 401 is returned after exactly one resend."""
    vendor = Vendor(["bad-1", "bad-2", "bad-3"])
    vendor.valid = set()
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=_auth(vendor)) as client:
        assert client.get(URL).status_code == 401
    assert vendor.seen == ["bad-1", "bad-2"]


def test_single_flight_refresh_with_50_threads() -> None:
    """50 threads meeting an expired token cause exactly one token request."""
    vendor = Vendor([f"t{i}" for i in range(100)], delay=0.05)
    auth = _auth(vendor)
    barrier = threading.Barrier(50)
    client = httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=auth)
    statuses: list[int] = []

    def call() -> None:
        barrier.wait()
        statuses.append(client.get(URL).status_code)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert vendor.fetches == 1
    assert statuses == [200] * 50
    assert set(vendor.seen) == {"t0"}


async def test_single_flight_refresh_with_50_tasks() -> None:
    """50 asyncio tasks meeting an expired token cause exactly one token request."""
    vendor = Vendor([f"t{i}" for i in range(100)], delay=0.05)
    async with httpx.AsyncClient(transport=httpx.MockTransport(vendor.handler), auth=_auth(vendor)) as client:
        responses = await asyncio.gather(*(client.get(URL) for _ in range(50)))
    assert vendor.fetches == 1
    assert [r.status_code for r in responses] == [200] * 50


def test_single_flight_401_refresh_with_50_threads() -> None:
    """50 threads whose shared token is revoked cause exactly one refresh between them."""
    vendor = Vendor(["revoked"] + [f"t{i}" for i in range(100)], delay=0.05)
    auth = _auth(vendor)
    client = httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=auth)
    client.get(URL)  # caches "revoked" while it is still valid
    vendor.valid.discard("revoked")
    barrier = threading.Barrier(50)
    statuses: list[int] = []

    def call() -> None:
        barrier.wait()
        statuses.append(client.get(URL).status_code)

    threads = [threading.Thread(target=call) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    client.close()
    assert vendor.fetches == 2
    assert statuses == [200] * 50


async def test_single_flight_401_refresh_with_50_tasks() -> None:
    """50 tasks whose shared token is revoked cause exactly one refresh between them."""
    vendor = Vendor(["revoked"] + [f"t{i}" for i in range(100)], delay=0.05)
    async with httpx.AsyncClient(transport=httpx.MockTransport(vendor.handler), auth=_auth(vendor)) as client:
        await client.get(URL)
        vendor.valid.discard("revoked")
        responses = await asyncio.gather(*(client.get(URL) for _ in range(50)))
    assert vendor.fetches == 2
    assert {r.status_code for r in responses} == {200}


def test_token_is_shared_between_sync_and_async_use() -> None:
    """A token fetched by a sync client is reused by an async client on the same auth."""
    vendor = Vendor(["t1", "t2"])
    auth = _auth(vendor)
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=auth) as client:
        client.get(URL)

    async def use() -> int:
        async with httpx.AsyncClient(transport=httpx.MockTransport(vendor.handler), auth=auth) as client:
            return (await client.get(URL)).status_code

    assert asyncio.run(use()) == 200
    assert vendor.fetches == 1


def test_failed_exchange_propagates_backs_off_and_is_retried_after() -> None:
    """An exception from fetch reaches the caller; during the back-off it is shared; after it, fetch runs again."""
    calls = itertools.count()

    def fetch() -> str:
        if next(calls) == 0:
            raise RuntimeError("token endpoint down")
        return "t-ok"

    async def afetch() -> str:
        return fetch()

    monotonic = [100.0]
    auth = TokenExchangeAuth(fetch, afetch, key="k-secret", monotonic=lambda: monotonic[0])
    with httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)), auth=auth) as client:
        with pytest.raises(RuntimeError, match="token endpoint down") as first:
            client.get(URL)
        with pytest.raises(RuntimeError, match="token endpoint down") as shared:
            client.get(URL)
        assert shared.value is not first.value and shared.value.__cause__ is first.value.__cause__
        assert next(calls) == 1  # no second exchange during the back-off
        monotonic[0] += 0.51
        assert client.get(URL).status_code == 200


def test_repr_and_secrets_of_token_auth() -> None:
    """repr never shows key or token; secrets() lists both for redaction."""
    vendor = Vendor(["tok-secret-9"])
    auth = _auth(vendor)
    assert repr(auth) == "TokenExchangeAuth(Authorization, no token)"
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=auth) as client:
        client.get(URL)
    assert repr(auth) == "TokenExchangeAuth(Authorization, token cached)"
    assert set(auth.secrets()) == {"access-key-secret", "tok-secret-9"}


def test_short_lived_token_refreshes_a_tenth_of_its_life_early_on_whole_seconds() -> None:
    """A 2 s token (fractional exp truncated to whole seconds) is reused until 10 % before that second."""
    clock = [1_700_000_000.5]
    token = jwt.encode({"exp": clock[0] + 2.0}, "a-signing-key-we-never-verify-with-32b", algorithm="HS256")
    vendor = Vendor([token, "t2"])
    with httpx.Client(transport=httpx.MockTransport(vendor.handler), auth=_auth(vendor, clock)) as client:
        client.get(URL)
        clock[0] = 1_700_000_001.84  # exp counts as ...002.0; lifetime 1.5 s -> refresh 0.15 s before
        client.get(URL)
        assert vendor.fetches == 1
        clock[0] = 1_700_000_001.86
        client.get(URL)
    assert vendor.fetches == 2
