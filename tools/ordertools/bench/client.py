"""Client figures, all in-process on Seven Time: request overhead, a paginated walk, a rate-limited loop.

- ``overhead_*``: per-request time on an ``httpx.MockTransport`` that returns the spec's own
  ``get_purchase_order`` example body. Bare ``httpx.Client.get(...).json()`` vs the generated
  ``get_purchase_order.sync`` (a plain generated ``Client``) vs the same call on a ``seventime.connect()``
  client (auth + retry + rate-limit transports, typed errors, the body read leniently against its schema
  with deviation tracking; the limit set so high it never waits) vs a ``connect(strict=True)`` client.
  ``connect()`` clients keep no cookie a server sets (``ordersdk._client._UnkeptCookies``), which skips
  httpx's per-response cookie extraction; a fifth variant, the generated call on an httpx client that
  skips it too, is in the note only, so that it also gives what the overlay's own layers cost.
  The five variants run in interleaved rounds; each figure is a ratio of per-request minimums over the
  rounds (the least disturbed round, as ``timeit`` recommends: on this shared machine noise only ever adds
  time, and medians of the same run swung by +-6 %; the note gives the medians too). The time is the
  benchmarking thread's CPU time (``time.thread_time``): nothing in these calls waits, and on a shared
  machine wall time charges whichever variant runs at that moment with other processes' slices.
- ``paginate_*``: ``ordersdk.paginate(list_purchase_orders)`` over a mock seeded with N purchase orders
  (seeding untimed), on ``ordermock.transport``. Memory: current RSS (``/proc/self/statm``) sampled
  every 500 items, its maximum minus the RSS just before the walk.
- ``ratelimit_*``: a sequential loop through a ``connect()``-ed client whose limit matches the
  mock's (50 per 2 s); 429s are counted on the wire, below the retry transport.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import time
from collections.abc import Callable
from typing import Any

import httpx
import ordermock
import ordersdk
from ordersdk import paginate, seventime
from ordersdk._client import _Stateless
from ordersdk.spec import load_document
from seventime_client import Client as GeneratedClient
from seventime_client.api.purchase_orders import get_purchase_order, list_purchase_orders
from seventime_client.models import PurchaseOrderEnvelope

from .common import ROOT, BenchError, Section, log, median

__all__ = ["overhead", "paginate_walk", "ratelimit"]

API = "seventime"
ITEM_ID = "5fca480e571eb873a64b97ec"
BASE_URL = "https://bench.invalid/api/2"
DUMMY_KEY = "bench-dummy-key"
NEVER_WAITS = ordersdk.RateLimit(10**9, 1.0)


def example_body() -> bytes:
    """The spec's ``get_purchase_order`` 200 example (the vendor document's sample), as JSON bytes."""
    document = load_document(ROOT / "specs" / f"{API}.yaml")
    response = document["paths"]["/purchaseOrders/{_id}"]["get"]["responses"]["200"]
    value = response["content"]["application/json"]["examples"]["documentSample"]["value"]
    return json.dumps(value).encode()


class _StatelessClient(_Stateless, httpx.Client):
    """A plain httpx client with ``connect()``'s cookie jar: the generated call without cookie extraction."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.cookies = None


def _per_request(call: Callable[[], object], count: int) -> float:
    started = time.thread_time()  # CPU time of this thread: see the module docstring
    for _ in range(count):
        call()
    return (time.thread_time() - started) / count


def overhead(*, quick: bool) -> Section:
    """``overhead_generated_vs_httpx``, ``overhead_overlay_vs_generated``, ``overhead_strict_vs_lenient``."""
    body = example_body()
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    bare = httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler), headers={"Client-Secret": DUMMY_KEY})
    generated = GeneratedClient(
        base_url=BASE_URL, headers={"Client-Secret": DUMMY_KEY}, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    overlay = seventime.connect(
        client_secret=DUMMY_KEY, base_url=BASE_URL, transport=httpx.MockTransport(handler), rate_limit=NEVER_WAITS
    )
    strict = seventime.connect(
        client_secret=DUMMY_KEY,
        base_url=BASE_URL,
        transport=httpx.MockTransport(handler),
        rate_limit=NEVER_WAITS,
        strict=True,
    )
    uncookied = GeneratedClient(base_url=BASE_URL, headers={"Client-Secret": DUMMY_KEY})
    uncookied.set_httpx_client(
        _StatelessClient(
            base_url=BASE_URL, headers={"Client-Secret": DUMMY_KEY}, transport=httpx.MockTransport(handler)
        )
    )
    calls: dict[str, Callable[[], object]] = {
        "httpx": lambda: bare.get(f"/purchaseOrders/{ITEM_ID}").json(),
        "generated": lambda: get_purchase_order.sync(ITEM_ID, client=generated),
        "uncookied": lambda: get_purchase_order.sync(ITEM_ID, client=uncookied),
        "overlay": lambda: get_purchase_order.sync(ITEM_ID, client=overlay),
        "strict": lambda: get_purchase_order.sync(ITEM_ID, client=strict),
    }
    for name in ("generated", "uncookied", "overlay", "strict"):
        if not isinstance(calls[name](), PurchaseOrderEnvelope):
            raise BenchError(f"overhead: the {name} call did not parse the example body")
    rounds, per_round = (5, 300) if quick else (25, 2000)
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for call in calls.values():  # warm-up
        _per_request(call, per_round // 4)
    names = list(calls)
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:  # rotate the order between rounds
            samples[name].append(_per_request(calls[name], per_round))
    us = {name: min(values) * 1e6 for name, values in samples.items()}
    mid = {name: median(values) * 1e6 for name, values in samples.items()}
    bare.close()
    return Section(
        {
            "overhead_generated_vs_httpx": round(us["generated"] / us["httpx"], 2),
            "overhead_overlay_vs_generated": round(us["overlay"] / us["generated"], 2),
            "overhead_strict_vs_lenient": round(us["strict"] / us["overlay"], 2),
        },
        [
            f"overhead: {len(body)}-byte body, {rounds} interleaved rounds x {per_round} requests, CPU time per "
            f"request, minimum (median) over the rounds: httpx {us['httpx']:.0f} ({mid['httpx']:.0f}) us, generated "
            f"{us['generated']:.0f} ({mid['generated']:.0f}) us, connect() {us['overlay']:.0f} ({mid['overlay']:.0f}) "
            f"us, connect(strict=True) {us['strict']:.0f} ({mid['strict']:.0f}) us; the generated call on an httpx "
            f"client keeping no cookies {us['uncookied']:.0f} ({mid['uncookied']:.0f}) us, so httpx's cookie "
            f"extraction costs {us['generated'] - us['uncookied']:.0f} us and the overlay's own layers "
            f"{us['overlay'] - us['uncookied']:.0f} us ({us['overlay'] / us['uncookied']:.2f}x)"
        ],
    )


def _rss_mb() -> float:
    """Current resident set size (Linux ``/proc/self/statm``), else the peak from ``getrusage``."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _mock_client(app: ordermock.MockApp, **options: Any) -> Any:
    secret = ordermock.demo_headers(API)["Client-Secret"]
    return seventime.connect(client_secret=secret, base_url="http://mock" + app.base_path, **options)


def paginate_walk(*, quick: bool) -> Section:
    """``paginate_items_per_s`` and ``paginate_peak_rss_growth_mb`` over a seeded in-process mock."""
    items = 2_000 if quick else 100_000
    log(f"seeding the {API} mock with {items:,} purchase orders (untimed)")
    started = time.perf_counter()
    app = ordermock.create_app(API, seed_data=items, seed=1, rate_limit=False)
    seed_s = time.perf_counter() - started
    client = _mock_client(app, transport=ordermock.transport(app), rate_limit=None)
    gc.collect()
    before = peak = _rss_mb()
    checkpoints: dict[int, float] = {}
    count = 0
    started = time.perf_counter()
    for _ in paginate(list_purchase_orders, client=client):
        count += 1
        if count % 500 == 0:
            rss = _rss_mb()
            peak = max(peak, rss)
            if count in (items // 10, items // 2, items):
                checkpoints[count] = rss - before
    elapsed = time.perf_counter() - started
    if count != items:
        raise BenchError(f"paginate: walked {count} items, the mock holds {items}")
    growth = ", ".join(f"{n:,} items {mb:+.1f} MB" for n, mb in sorted(checkpoints.items()))
    return Section(
        {"paginate_items_per_s": round(count / elapsed), "paginate_peak_rss_growth_mb": round(peak - before, 1)},
        [
            f"paginate: {count:,} items in {elapsed:.1f}s (pages of {seventime.PAGINATION.default_size}); "
            f"seeding took {seed_s:.1f}s (excluded); RSS {before:.0f} MB before the walk; growth at {growth}"
            + ("; --quick: 2,000 items instead of 100,000" if quick else "")
        ],
    )


class _WireCounter(httpx.BaseTransport):
    """Records the send time and status of every request that reaches ``inner`` (retries included)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.sent: list[tuple[float, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        at = time.perf_counter()
        response = self.inner.handle_request(request)
        self.sent.append((at, response.status_code))
        return response


def ratelimit(*, quick: bool, requests: int = 50, per: float = 2.0) -> Section:
    """``ratelimit_utilization`` (steady-state rate / allowed rate) and ``ratelimit_429s``."""
    windows = 3 if quick else 10
    total = requests * windows
    app = ordermock.create_app(API, seed_data=5, seed=1, rate_limit=ordermock.RateLimit(requests, per))
    wire = _WireCounter(ordermock.transport(app))
    client = _mock_client(app, transport=wire, rate_limit=ordersdk.RateLimit(requests, per))
    log(f"rate limit: {total} requests at {requests} per {per:g}s")
    for _ in range(total):
        list_purchase_orders.sync(client=client, limit=5)
    ok = [at for at, status in wire.sent if status != 429]
    too_many = sum(1 for _, status in wire.sent if status == 429)
    # At the allowed rate, each request goes out `per` seconds after the one `requests` before it
    # (whatever the burst shape): utilization = per / the mean of those gaps.
    gaps = [ok[i] - ok[i - requests] for i in range(requests, len(ok))]
    mean_gap = sum(gaps) / len(gaps)
    achieved, allowed = requests / mean_gap, requests / per
    return Section(
        {"ratelimit_utilization": round(achieved / allowed, 3), "ratelimit_429s": too_many},
        [
            f"ratelimit: {len(ok)} requests in {ok[-1] - ok[0]:.2f}s, mock limit {requests}/{per:g}s, client limit the same "
            f"(its window widened by a {(ordersdk.RateLimit(requests, per).window - per) * 1000:.0f} ms margin, and each "
            f"request counted until its response); each request {mean_gap:.3f}s after the one {requests} before it: "
            f"{achieved:.2f}/s of {allowed:.2f}/s allowed" + (f"; --quick: {windows} windows" if quick else "")
        ],
    )
