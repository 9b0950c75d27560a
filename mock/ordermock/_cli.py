"""Serve the stateful mock of one API over HTTP on 127.0.0.1.

Usage (``ordermock`` is installed with the ``ordersdk-mock`` distribution; in this repository
``uv run scripts/mock.py`` is the same command)::

    ordermock seventime --port 8080 --seed-data 250
    python -m ordermock lagerkoll --faults "fail:3:503,slow:0.5:10"
    ordermock lagerkoll --faults "after:fail:1:503@add_purchase_order" --log-requests
    ordermock sevensenders --credential access_key=s3cret --token-ttl 60

The API is served under its production base path (``http://127.0.0.1:8080/api/2/...``), so
pointing a client at the mock changes only scheme, host and port. The demo credentials are
printed at start-up. ``--faults`` takes the syntax of :func:`ordermock.parse_faults` (shown by
``--help``); ``--log-requests`` prints one line per request received, secrets masked.
"""

from __future__ import annotations

import argparse
import sys

import ordermock

from ._server import run_server


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="--faults syntax:\n" + ordermock.FAULT_SYNTAX,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("api", choices=ordermock.ALL_APIS, help="which API to mock")
    parser.add_argument("--port", type=int, default=8080, help="TCP port on 127.0.0.1 (default 8080; 0 = any)")
    parser.add_argument("--seed-data", type=int, default=25, help="items generated per collection (default 25)")
    parser.add_argument("--seed", type=int, default=0, help="random seed for the generated data (default 0)")
    parser.add_argument(
        "--faults",
        default="",
        help='faults to inject, e.g. "fail:3:503,429:1:5,slow:0.5" or "after:drop:1@POST /orders" (see below)',
    )
    parser.add_argument(
        "--log-requests", action="store_true", help="print each request received and its status (secrets masked)"
    )
    parser.add_argument(
        "--credential",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a demo credential (repeatable), e.g. Client-Secret=s3cret",
    )
    parser.add_argument("--no-rate-limit", action="store_true", help="turn the documented rate limit off")
    parser.add_argument("--token-ttl", type=float, default=None, help="bearer token lifetime in seconds")
    parser.add_argument(
        "--validate-responses",
        action="store_true",
        help="check every response against the spec (fails loudly on a mock bug)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    credentials: dict[str, str] = {}
    for item in args.credential:
        name, sep, value = item.partition("=")
        if not sep or not name:
            print(f"--credential needs NAME=VALUE, got {item!r}", file=sys.stderr)
            return 2
        credentials[name] = value
    try:
        app = ordermock.create_app(
            args.api,
            seed_data=args.seed_data,
            seed=args.seed,
            credentials=credentials,
            rate_limit=False if args.no_rate_limit else None,
            token_ttl=args.token_ttl,
            validate_responses=args.validate_responses,
            request_log=1 if args.log_requests else 0,
        )
        ordermock.parse_faults(args.faults, app.faults)
    except (ordermock.SpecError, ordermock.FaultSpecError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"ordermock: {args.api} mock starting  (Ctrl-C stops)")
    print("demo credentials:")
    for name, value in app.credentials.items():
        if name != "signing_key":
            print(f"  {name}: {value}")
    if args.api == "sevensenders":
        print(f'  (POST {app.base_path}/token with {{"access_key": ...}} returns a bearer token)')
    if args.faults:
        print(f"faults armed: {args.faults}")
    if args.log_requests:
        app.requests.on_record = lambda entry: print(f"ordermock: {entry}", flush=True)
    sys.stdout.flush()
    run_server(app, "127.0.0.1", args.port, on_ready=lambda url: print(f"ordermock: {args.api} at {url}", flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
