"""Retry policy and transports: what is retried, how long we wait, and that a POST is never sent twice."""

from __future__ import annotations

import email.utils
import logging

import httpx
import pytest
from ordersdk._retry import AsyncRetryTransport, RetryPolicy, RetryTransport, decide

URL = "https://api.example.test/v1/orders"
NOW = 1_700_000_000.0


class Script:
    """A MockTransport handler answering from a list of responses / exceptions, recording every request."""

    def __init__(self, *outcomes: int | Exception | httpx.Response) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        outcome = self.outcomes.pop(0) if len(self.outcomes) > 1 else self.outcomes[0]
        if isinstance(outcome, Exception):
            raise outcome
        if isinstance(outcome, httpx.Response):
            return outcome
        return httpx.Response(outcome, json={"status": outcome})


class FakeTime:
    """Injected monotonic clock and sleep: sleeping advances the clock, nothing waits."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _client(script: Script, time: FakeTime, policy: RetryPolicy | None = None) -> httpx.Client:
    transport = RetryTransport(
        httpx.MockTransport(script),
        policy=policy,
        sleep=time.sleep,
        clock=time.clock,
        now=lambda: NOW,
        jitter=lambda: 0.0,
    )
    return httpx.Client(transport=transport)


def _aclient(script: Script, time: FakeTime, policy: RetryPolicy | None = None) -> httpx.AsyncClient:
    transport = AsyncRetryTransport(
        httpx.MockTransport(script),
        policy=policy,
        sleep=time.asleep,
        clock=time.clock,
        now=lambda: NOW,
        jitter=lambda: 0.0,
    )
    return httpx.AsyncClient(transport=transport)


def _req(method: str) -> httpx.Request:
    return httpx.Request(method, URL)


def _decide(method: str, outcome: httpx.Response | Exception, retries_done: int = 0, **kw: float) -> bool:
    policy = RetryPolicy(max_retries=3)
    return decide(method, retries_done, outcome, policy=policy, elapsed=kw.get("elapsed", 0.0), now=lambda: NOW).retry


@pytest.mark.parametrize(
    ("method", "outcome", "retried"),
    [
        ("POST", httpx.Response(429), True),
        ("GET", httpx.Response(429), True),
        ("GET", httpx.Response(503), True),
        ("PUT", httpx.Response(500), True),
        ("DELETE", httpx.Response(504), True),
        ("HEAD", httpx.Response(408), True),
        ("POST", httpx.Response(503), False),
        ("PATCH", httpx.Response(502), False),
        ("GET", httpx.Response(501), False),
        ("GET", httpx.Response(400), False),
        ("GET", httpx.Response(409), False),
        ("GET", httpx.Response(200), False),
        ("POST", httpx.ConnectError("refused"), True),
        ("POST", httpx.ConnectTimeout("slow connect"), True),
        ("POST", httpx.PoolTimeout("pool"), True),
        ("POST", httpx.ReadTimeout("read"), False),
        ("POST", httpx.ReadError("reset"), False),
        ("POST", httpx.WriteError("broken pipe"), False),
        ("POST", httpx.RemoteProtocolError("disconnected"), False),
        ("GET", httpx.ReadTimeout("read"), True),
        ("GET", httpx.ReadError("reset"), True),
        ("PUT", httpx.RemoteProtocolError("disconnected"), True),
        ("GET", httpx.UnsupportedProtocol("ftp"), False),
    ],
)
def test_policy_table(method: str, outcome: httpx.Response | Exception, retried: bool) -> None:
    """429 always; 408/5xx/timeouts/network errors only when idempotent; not-sent failures for any method."""
    assert _decide(method, outcome) is retried


def test_read_only_posts_are_retried_like_gets_and_only_those() -> None:
    """A POST the API documents as read-only (RetryPolicy.read_only) is retried on 5xx; others never."""
    policy = RetryPolicy(read_only=frozenset({"POST /api/list"}))
    read = decide("POST", 0, httpx.Response(503), policy=policy, elapsed=0, path="/api/list")
    write = decide("POST", 0, httpx.Response(503), policy=policy, elapsed=0, path="/api/customer")
    lost = decide("POST", 0, httpx.ReadError("reset"), policy=policy, elapsed=0, path="/api/customer")
    assert (read.retry, write.retry, lost.retry) == (True, False, False)


def test_backoff_doubles_with_cap_and_jitter() -> None:
    """min(0.5·2ⁿ, 8) seconds, reduced by up to 25 % jitter."""
    policy = RetryPolicy(max_retries=10, deadline=None)
    delays = [
        decide("GET", n, httpx.Response(503), policy=policy, elapsed=0, jitter=lambda: 0.0).delay for n in range(7)
    ]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    jittered = decide("GET", 3, httpx.Response(503), policy=policy, elapsed=0, jitter=lambda: 1.0).delay
    assert jittered == 3.0


def test_retry_after_seconds_and_date_are_honoured() -> None:
    """Retry-After (seconds or HTTP date) replaces the backoff."""
    policy = RetryPolicy()
    seconds = httpx.Response(429, headers={"Retry-After": "7"})
    date = httpx.Response(429, headers={"Retry-After": email.utils.formatdate(NOW + 12, usegmt=True)})
    assert decide("POST", 0, seconds, policy=policy, elapsed=0, now=lambda: NOW).delay == 7.0
    assert decide("POST", 0, date, policy=policy, elapsed=0, now=lambda: NOW).delay == pytest.approx(12.0)


def test_retries_until_success_and_sleeps_backoff() -> None:
    """A GET through two 503s succeeds on the third attempt after 0.5 s and 1 s of backoff."""
    script, time = Script(503, 503, 200), FakeTime()
    with _client(script, time) as client:
        response = client.get(URL)
    assert response.status_code == 200
    assert len(script.requests) == 3
    assert time.sleeps == [0.5, 1.0]


def test_gives_up_after_max_retries_and_returns_last_response() -> None:
    """After max_retries the last response is returned (the error layer turns it into ServerError)."""
    script, time = Script(503), FakeTime()
    with _client(script, time, RetryPolicy(max_retries=3)) as client:
        response = client.get(URL)
    assert response.status_code == 503
    assert len(script.requests) == 4


def test_post_is_not_resent_after_a_server_error() -> None:
    """A POST answered 503 may have been processed: exactly one send, no sleep."""
    script, time = Script(503, 201), FakeTime()
    with _client(script, time) as client:
        assert client.post(URL, json={"a": 1}).status_code == 503
    assert len(script.requests) == 1
    assert time.sleeps == []


def test_post_is_not_resent_after_a_read_error() -> None:
    """A POST whose response was lost (read error / read timeout) is never re-sent."""
    for failure in (httpx.ReadError("reset"), httpx.ReadTimeout("timed out")):
        script, time = Script(failure, 201), FakeTime()
        with _client(script, time) as client, pytest.raises(type(failure)):
            client.post(URL, json={"a": 1})
        assert len(script.requests) == 1


def test_post_is_resent_after_connect_failure_with_the_same_body() -> None:
    """A POST that never left (connect error) is sent again, with identical bytes."""
    script, time = Script(httpx.ConnectError("refused"), 201), FakeTime()
    with _client(script, time) as client:
        assert client.post(URL, json={"order_id": "A-1"}).status_code == 201
    assert [r.content for r in script.requests] == [b'{"order_id":"A-1"}'] * 2


def test_post_is_retried_on_429_after_retry_after() -> None:
    """429 means not processed: the POST is re-sent after the server's Retry-After."""
    script, time = Script(httpx.Response(429, headers={"Retry-After": "3"}), 201), FakeTime()
    with _client(script, time) as client:
        assert client.post(URL, json={}).status_code == 201
    assert time.sleeps == [3.0]
    assert len(script.requests) == 2


def test_retry_after_above_cap_returns_at_once_without_sleeping() -> None:
    """A Retry-After beyond max_retry_after is not slept: the 429 comes back immediately."""
    script, time = Script(httpx.Response(429, headers={"Retry-After": "3600"}), 200), FakeTime()
    with _client(script, time, RetryPolicy(max_retry_after=60)) as client:
        assert client.get(URL).status_code == 429
    assert time.sleeps == []
    assert len(script.requests) == 1


def test_deadline_stops_retrying_before_sleeping_past_it() -> None:
    """No wait is started that would end after the overall deadline."""
    script, time = Script(httpx.Response(503, headers={"Retry-After": "4"})), FakeTime()
    with _client(script, time, RetryPolicy(max_retries=10, deadline=10.0)) as client:
        assert client.get(URL).status_code == 503
    assert time.sleeps == [4.0, 4.0]  # a third 4 s wait would end at 12 s > 10 s
    assert len(script.requests) == 3


class BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Headers arrived, then the connection died while the body was read."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        yield b'{"par'
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield b'{"par'
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def test_connection_lost_mid_body_is_retried_for_get_only() -> None:
    """A body cut off by a dropped connection is an attempt's network error: GET retried, POST raised."""
    script, time = Script(httpx.Response(200, stream=BrokenBody()), httpx.Response(200, json={"ok": True})), FakeTime()
    with _client(script, time) as client:
        assert client.get(URL).json() == {"ok": True}
    assert len(script.requests) == 2
    script, time = Script(httpx.Response(201, stream=BrokenBody()), 201), FakeTime()
    with _client(script, time) as client, pytest.raises(httpx.RemoteProtocolError):
        client.post(URL, json={})
    assert len(script.requests) == 1


async def test_connection_lost_mid_body_async() -> None:
    """The async transport reads bodies inside its loop too."""
    script, time = Script(httpx.Response(200, stream=BrokenBody()), httpx.Response(200, json={"ok": True})), FakeTime()
    async with _aclient(script, time) as client:
        assert (await client.get(URL)).json() == {"ok": True}
    assert len(script.requests) == 2


def test_final_transport_error_is_raised() -> None:
    """When retries run out, the last transport exception propagates."""
    script, time = Script(httpx.ConnectError("refused")), FakeTime()
    with _client(script, time, RetryPolicy(max_retries=2)) as client, pytest.raises(httpx.ConnectError):
        client.get(URL)
    assert len(script.requests) == 3


def test_each_decision_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """Every attempt logs method, path, attempt number, reason and the wait — at DEBUG."""
    script, time = Script(503, 200), FakeTime()
    with caplog.at_level(logging.DEBUG, logger="ordersdk.retry"), _client(script, time) as client:
        client.get(URL + "?secret_filter=1")
    messages = [r.getMessage() for r in caplog.records if r.name == "ordersdk.retry"]
    assert messages == [
        "GET /v1/orders attempt 1: 503 on idempotent GET -> retry in 0.50s",
        "GET /v1/orders attempt 2: 200 is final -> return",
    ]
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "ordersdk.retry")


async def test_async_transport_follows_the_same_policy() -> None:
    """The asyncio transport retries GET 503s, honours Retry-After, and never re-sends a POST after a 503."""
    script, time = Script(503, httpx.Response(429, headers={"Retry-After": "2"}), 200), FakeTime()
    async with _aclient(script, time) as client:
        assert (await client.get(URL)).status_code == 200
    assert time.sleeps == [0.5, 2.0]

    script, time = Script(503, 201), FakeTime()
    async with _aclient(script, time) as client:
        assert (await client.post(URL, json={})).status_code == 503
    assert len(script.requests) == 1

    script, time = Script(httpx.ConnectError("refused"), 201), FakeTime()
    async with _aclient(script, time) as client:
        assert (await client.post(URL, json={})).status_code == 201
    assert len(script.requests) == 2


def test_close_is_delegated() -> None:
    """Closing the wrapper closes the inner transport."""
    closed: list[bool] = []

    class Inner(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200)

        def close(self) -> None:
            closed.append(True)

    RetryTransport(Inner()).close()
    assert closed == [True]


# --- a DELETE whose response was lost, and a GET whose body was cut off (issue 11) ---------------------------------


LOST = [503, 500, 408, httpx.ReadTimeout("read timed out"), httpx.RemoteProtocolError("disconnected")]


@pytest.mark.parametrize("lost", LOST, ids=["503", "500", "408", "read-timeout", "drop"])
def test_a_retried_delete_that_finds_the_resource_gone_succeeds(
    lost: int | Exception, caplog: pytest.LogCaptureFixture
) -> None:
    """The first DELETE was applied but its answer lost; the retry's 404 means the goal is reached: 204, logged."""
    script, time = Script(lost, 404), FakeTime()
    with caplog.at_level(logging.DEBUG, logger="ordersdk.retry"), _client(script, time) as client:
        response = client.delete(URL)
    assert response.status_code == 204
    assert response.headers["x-ordersdk-outcome"] == "already-deleted"
    assert len(script.requests) == 2
    info = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(info) == 1 and "DELETE /v1/orders" in info[0].getMessage() and "gone" in info[0].getMessage()


@pytest.mark.parametrize("lost", LOST, ids=["503", "500", "408", "read-timeout", "drop"])
async def test_a_retried_delete_that_finds_the_resource_gone_succeeds_async(lost: int | Exception) -> None:
    """The asyncio transport reports the same success."""
    script, time = Script(lost, 410), FakeTime()
    async with _aclient(script, time) as client:
        response = await client.delete(URL)
    assert response.status_code == 204 and len(script.requests) == 2


@pytest.mark.parametrize(
    "first", [404, httpx.Response(429, headers={"Retry-After": "1"}), httpx.ConnectError("refused")], ids=str
)
def test_a_delete_that_never_reached_the_server_keeps_its_404(first: int | Exception | httpx.Response) -> None:
    """A first 404, or a 404 after a 429 / connect error (not processed, not sent), is a real NotFound."""
    script, time = Script(first, 404), FakeTime()
    with _client(script, time) as client:
        assert client.delete(URL).status_code == 404


def test_a_get_404_after_a_503_is_still_a_404() -> None:
    """Only DELETE turns a 'gone' into success: a GET's 404 stays a 404."""
    script, time = Script(503, 404), FakeTime()
    with _client(script, time) as client:
        assert client.get(URL).status_code == 404


TRUNCATED = httpx.Response(200, content=b'{"orders": [{"id": 1}, {"id"', headers={"content-type": "application/json"})


def _truncated() -> httpx.Response:
    return httpx.Response(200, content=TRUNCATED.content, headers=TRUNCATED.headers)


def test_a_get_whose_json_body_arrives_truncated_is_retried() -> None:
    """A 200 with broken JSON on an idempotent request is retried within the budget (with backoff)."""
    script, time = Script(_truncated(), 200), FakeTime()
    with _client(script, time) as client:
        assert client.get(URL).json() == {"status": 200}
    assert len(script.requests) == 2 and time.sleeps == [0.5]


async def test_a_get_whose_json_body_arrives_truncated_is_retried_async() -> None:
    """The same for the asyncio transport."""
    script, time = Script(_truncated(), _truncated(), 200), FakeTime()
    async with _aclient(script, time) as client:
        assert (await client.get(URL)).json() == {"status": 200}
    assert len(script.requests) == 3


def test_a_truncated_body_is_returned_after_the_budget_and_never_resent_for_post() -> None:
    """Retries exhausted: the broken 200 comes back (the error layer raises); a POST's is never re-sent."""
    script, time = Script(_truncated()), FakeTime()
    with _client(script, time, RetryPolicy(max_retries=2)) as client:
        assert client.get(URL).status_code == 200
    assert len(script.requests) == 3
    script, time = Script(_truncated(), 201), FakeTime()
    with _client(script, time) as client:
        assert client.post(URL, json={}).status_code == 200
    assert len(script.requests) == 1


class Orders:
    """A v2 server whose first answer to each request kind is lost after the work was done."""

    def __init__(self, lose: int | Exception) -> None:
        self.stored = {7}
        self.lose = lose
        self.lost: set[str] = set()
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.method)
        order = int(request.url.path.rsplit("/", 1)[1].removesuffix(".json"))
        if order not in self.stored:
            return httpx.Response(404, json={"message": "Not Found"})
        body = {"id": order, "shop_order_id": "S7", "shop_order_date": "2024-01-01T00:00:00+00:00"}
        if request.method == "DELETE":
            self.stored.discard(order)  # applied...
        if request.method not in self.lost:
            self.lost.add(request.method)  # ...and the answer lost
            if request.method == "GET":
                return httpx.Response(200, content=b'{"id": 7, "shop_or', headers={"content-type": "application/json"})
            if isinstance(self.lose, Exception):
                raise self.lose
            return httpx.Response(self.lose, text="<html>gateway</html>")
        return httpx.Response(204) if request.method == "DELETE" else httpx.Response(200, json=body)


@pytest.mark.parametrize("lose", [502, 408, httpx.ReadTimeout("slow"), httpx.ReadError("reset")], ids=str)
async def test_through_connect_a_lost_delete_reports_success_and_a_truncated_get_is_retried(
    lose: int | Exception,
) -> None:
    """sevensenders_v2: get_order survives a truncated body; delete_order whose answer was lost returns, no NotFoundError."""
    from ordersdk import sevensenders_v2
    from sevensenders_v2_client.api.orders import delete_order, get_order

    for run_async in (False, True):
        server = Orders(lose)
        client = sevensenders_v2.connect(
            api_key="k", transport=httpx.MockTransport(server), retry_policy=RetryPolicy(initial_delay=0.001)
        )
        if run_async:
            order = await get_order.asyncio(7, client=client)
            await delete_order.asyncio_detailed(7, client=client)
        else:
            order = get_order.sync(7, client=client)
            delete_order.sync_detailed(7, client=client)
        assert order is not None and order.shop_order_id == "S7"  # type: ignore[union-attr]
        assert server.requests == ["GET", "GET", "DELETE", "DELETE"] and server.stored == set()
