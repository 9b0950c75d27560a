"""``mock_rps``: the Seven Time mock over real HTTP (uvicorn) on one core, loaded from another process.

Two child processes, both started from :func:`measure`:

- ``python -m ordertools.bench.http serve``: pins itself to CPU 0 (``os.sched_setaffinity``), serves a
  mock seeded with 1,000 purchase orders on 127.0.0.1 (``ordermock.serve``, rate limit off) and prints
  one JSON line (URL, the path of one purchase order, demo headers); it exits when its stdin closes.
- ``python -m ordertools.bench.http load``: pins itself to CPU 1 and keeps ``--connections`` keep-alive
  HTTP/1.1 connections busy with ``GET /purchaseOrders/<id>`` (raw asyncio streams: the load generator
  costs far less CPU per request than the server) for a warm-up and then a measured window, both
  bounded; it prints one JSON line with the count and the server's CPU use during the window.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .common import BenchError, Section, child_env, log

__all__ = ["measure"]

API = "seventime"


def _pin(cpu: int) -> str:
    """Pin this process to ``cpu`` when the machine has it; says what happened."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    available = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu in available else available[cpu % len(available)]
    os.sched_setaffinity(0, {chosen})
    return f"CPU {chosen}"


def serve(cpu: int, seed_data: int) -> None:
    """Child: serve the mock until stdin closes."""
    pinned = _pin(cpu)
    import httpx
    import ordermock

    app = ordermock.create_app(API, seed_data=seed_data, seed=1, rate_limit=False)
    headers = ordermock.demo_headers(API)
    with httpx.Client(base_url="http://mock" + app.base_path, transport=ordermock.transport(app)) as local:
        first = local.get("/purchaseOrders", params={"limit": 1}, headers=headers).json()["data"][0]
    with ordermock.serve_app(app, "127.0.0.1", 0) as url:
        path = f"{urlsplit(url).path}/purchaseOrders/{first['_id']}"
        print(json.dumps({"url": url, "path": path, "headers": headers, "pinned": pinned}), flush=True)
        sys.stdin.read()


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` (Linux ``/proc``); 0.0 where unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _worker(
    host: str, port: int, request: bytes, stop: float, window_start: float, stats: dict[str, int]
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < stop:
            writer.write(request)
            status = int((await reader.readline()).split()[1])
            length = -1
            while (line := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length < 0:
                raise RuntimeError("the mock answered without Content-Length")
            await reader.readexactly(length)
            if time.perf_counter() >= window_start:
                stats["requests"] += 1
                stats["non_200"] += status != 200
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


async def _load(
    url: str, path: str, headers: dict[str, str], connections: int, warmup: float, seconds: float, server_pid: int
) -> dict[str, Any]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", *(f"{k}: {v}" for k, v in headers.items())]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode()
    stats = {"requests": 0, "non_200": 0}
    start = time.perf_counter()
    window_start, stop = start + warmup, start + warmup + seconds
    workers = [asyncio.create_task(_worker(host, port, request, stop, window_start, stats)) for _ in range(connections)]
    await asyncio.sleep(max(0.0, window_start - time.perf_counter()))
    server_cpu, own_cpu = _cpu_seconds(server_pid), time.process_time()
    await asyncio.gather(*workers)
    elapsed = time.perf_counter() - window_start
    return {
        **stats,
        "seconds": elapsed,
        "server_cpu": (_cpu_seconds(server_pid) - server_cpu) / elapsed,
        "load_cpu": (time.process_time() - own_cpu) / elapsed,
    }


def load(args: argparse.Namespace) -> None:
    """Child: generate load, print the result as one JSON line."""
    pinned = _pin(args.cpu)
    result = asyncio.run(
        _load(
            args.url, args.path, json.loads(args.headers), args.connections, args.warmup, args.seconds, args.server_pid
        )
    )
    print(json.dumps({**result, "pinned": pinned}), flush=True)


def measure(*, quick: bool, connections: int = 8) -> Section:
    """``mock_rps`` from a server child and a load child (bounded: warm-up + window + start-up)."""
    warmup, seconds = (1.0, 3.0) if quick else (2.0, 10.0)
    env = child_env()
    server = subprocess.Popen(
        [sys.executable, "-m", "ordertools.bench.http", "serve", "--cpu", "0", "--seed-data", "1000"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if not line:
            raise BenchError("the mock server child exited before printing its URL")
        info = json.loads(line)
        log(f"mock over HTTP at {info['url']} ({info['pinned']}); load for {warmup:g}s + {seconds:g}s")
        cmd = [
            sys.executable,
            "-m",
            "ordertools.bench.http",
            "load",
            "--cpu",
            "1",
            "--url",
            info["url"],
            "--path",
            info["path"],
            "--headers",
            json.dumps(info["headers"]),
            "--connections",
            str(connections),
            "--warmup",
            str(warmup),
            "--seconds",
            str(seconds),
            "--server-pid",
            str(server.pid),
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=warmup + seconds + 60, check=False)
        if proc.returncode != 0:
            raise BenchError(f"the load child failed:\n{proc.stderr[-2000:]}")
        result = json.loads(proc.stdout.splitlines()[-1])
    finally:
        if server.stdin is not None:
            server.stdin.close()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    if result["non_200"]:
        raise BenchError(f"mock_rps: {result['non_200']} of {result['requests']} responses were not 200")
    rps = result["requests"] / result["seconds"]
    return Section(
        {"mock_rps": round(rps)},
        [
            f"mock_rps: GET {info['path']} over HTTP, server {info['pinned']}, load {result['pinned']} with "
            f"{connections} keep-alive connections; {result['requests']:,} requests in {result['seconds']:.1f}s "
            f"after {warmup:g}s warm-up; server CPU {result['server_cpu']:.0%} of one core, load generator "
            f"{result['load_cpu']:.0%}"
        ],
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--cpu", type=int, default=0)
    s.add_argument("--seed-data", type=int, default=1000)
    ld = sub.add_parser("load")
    ld.add_argument("--cpu", type=int, default=1)
    ld.add_argument("--url", required=True)
    ld.add_argument("--path", required=True)
    ld.add_argument("--headers", default="{}")
    ld.add_argument("--connections", type=int, default=8)
    ld.add_argument("--warmup", type=float, default=2.0)
    ld.add_argument("--seconds", type=float, default=10.0)
    ld.add_argument("--server-pid", type=int, required=True)
    args = parser.parse_args(argv)
    if args.command == "serve":
        serve(args.cpu, args.seed_data)
    else:
        load(args)


if __name__ == "__main__":
    main()
