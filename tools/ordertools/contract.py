"""Run the contract suite against any base URL (a vendor test environment, or the mock over HTTP).

Usage::

    uv run scripts/contract.py seventime --url https://test.example.com/api/2 --header 'Client-Secret: ...'
    uv run scripts/contract.py lagerkoll --url http://127.0.0.1:8080/v1 \\
        --header 'store: demo-store' --header 'api_key: demo-api-key' --allow-writes

The URL must include the API's base path (the path of the spec's first server URL, e.g. ``/v1``):
without it every request misses the API's routes, so the run stops before it starts, naming the URL
it should have been. Only read-only operations run unless ``--allow-writes`` is given (then the
stateful create → get → update → delete chains run too). Header values are secrets: they are handed
to the suite through a private temporary file (never argv or the environment) and every occurrence
of them in the output is replaced by ``[REDACTED]``. ``--max-examples N`` sizes the run (default 8).
Requests are throttled to the spec's documented ``x-rate-limit`` (``--rate-limit 2/s`` overrides,
``--rate-limit off`` disables). Before the first request the run prints how many requests it will
send and how long that takes at the rate limit, and then a progress line after each operation
(tests/contract/_progress.py says how the estimate is made).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ordersdk import RateLimit
from ordersdk.redaction import redact
from ordersdk.spec import facts

from .generate import discover
from .paths import ROOT
from .spec_vs_server import probe, render

REDACTED = "[REDACTED]"


def parse_header(text: str) -> tuple[str, str]:
    name, sep, value = text.partition(":")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"a header is 'Name: value', got {text.split(':')[0]!r}...")
    return name.strip(), value.strip()


def missing_base_path(api: str, url: str) -> str | None:
    """The URL ``url`` should have been when its path does not end with ``api``'s base path, else ``None``."""
    base_path = facts(api).base_path
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    if not base_path or path.endswith(base_path):
        return None
    return urlunsplit(parts._replace(path=path + base_path))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("api", choices=[target.api for target in discover(ROOT)])
    parser.add_argument("--url", required=True, help="base URL including the base path (e.g. .../api/2)")
    parser.add_argument(
        "--header",
        action="append",
        type=parse_header,
        default=[],
        metavar="'Name: value'",
        help="header sent with every request (repeatable); values are treated as secrets",
    )
    parser.add_argument("--allow-writes", action="store_true", help="also run operations that change data")
    parser.add_argument("--max-examples", type=int, default=None, help="examples per operation and phase")
    parser.add_argument(
        "--rate-limit", default=None, help="client-side limit such as 4/s or 200/m (default: the spec's; 'off')"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    suggested = missing_base_path(args.api, args.url)
    if suggested is not None:
        print(
            f"contract: --url {args.url} lacks {args.api}'s base path {facts(args.api).base_path} (the path of"
            f" the spec's first server URL): every request would miss the API's routes.\n"
            f"          Did you mean --url {suggested} ?",
            file=sys.stderr,
        )
        return 2
    headers = dict(args.header)
    secrets = list(headers.values())  # the one redaction (ordersdk.redaction) skips values too short to mask
    with tempfile.TemporaryDirectory(prefix="contract-") as folder:
        headers_file = Path(folder) / "headers.json"
        headers_file.touch(mode=0o600)
        headers_file.write_text(json.dumps(headers), encoding="utf-8")
        env = {
            **os.environ,
            # Progress lines as they happen, not when a pipe buffer fills.
            "PYTHONUNBUFFERED": "1",
            "CONTRACT_APIS": args.api,
            "CONTRACT_URL": args.url,
            "CONTRACT_HEADERS_FILE": str(headers_file),
            "CONTRACT_ALLOW_WRITES": "1" if args.allow_writes else "0",
        }
        if args.max_examples is not None:
            env["CONTRACT_MAX_EXAMPLES"] = str(args.max_examples)
        if args.rate_limit is not None:
            env["CONTRACT_RATE_LIMIT"] = args.rate_limit
        command = [
            sys.executable,
            "-m",
            "pytest",
            str(ROOT / "tests" / "contract" / "test_contract.py"),
            "-p",
            "no:cacheprovider",
            "-q",
            "-m",
            "contract",
            "--tb=short",
        ]
        print(f"contract: collecting {args.api}'s tests to estimate the run (no request is sent yet)", flush=True)
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
        )
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(redact(line, secrets, mask=REDACTED))
            sys.stdout.flush()
        code = process.wait()
    # The same URL and headers through a strict ordersdk client: where the server departs from the spec.
    print("\ncontract: spec vs server - every read-only operation once, through connect(strict=True)", flush=True)
    report = render(probe(args.api, args.url, headers, rate_limit=_probe_rate(args.rate_limit)))
    sys.stdout.write(redact(report, secrets, mask=REDACTED) + "\n")
    return code


_UNIT_SECONDS = {"s": 1.0, "m": 60.0, "h": 3600.0}


def _probe_rate(option: str | None) -> RateLimit | str | None:
    """``--rate-limit`` for the strict probe: ``off`` -> none, ``N/s|m|h`` -> that, unset -> the documented one."""
    if option is None:
        return "documented"
    if option == "off":
        return None
    count, _, unit = option.partition("/")
    return RateLimit(int(count), _UNIT_SECONDS[unit[:1] or "s"])


if __name__ == "__main__":
    sys.exit(main())
