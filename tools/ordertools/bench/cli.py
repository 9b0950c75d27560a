"""Measure the pipeline and the clients on this machine; every comparison is made in the same run.

    uv run scripts/bench.py                 # everything (several minutes), a table on stdout
    uv run scripts/bench.py --quick         # under a minute: smaller walks, slow parts skipped (CI smoke)
    uv run scripts/bench.py --json          # one JSON object on stdout (progress and notes on stderr)
    uv run scripts/bench.py --only overhead,ratelimit

Parts (``--only`` names) and the keys they fill:

``build``     build_noop_s, build_full_s, generator_bare_s (on a temporary copy of specs/ + generated/)
``overhead``  overhead_generated_vs_httpx, overhead_overlay_vs_generated, overhead_strict_vs_lenient
              (in-process MockTransport, CPU time per request)
``paginate``  paginate_items_per_s, paginate_peak_rss_growth_mb (100,000 items from the in-process mock)
``ratelimit`` ratelimit_utilization, ratelimit_429s (50 per 2 s, mock and client alike)
``shared``    ratelimit_shared_utilization, ratelimit_shared_429s (3 processes, one Redis, 50 per 2 s),
              ratelimit_shared_acquire_ratio (Redis vs in-process limiter, per acquisition)
``contract``  contract_suite_s, contract_cases (pytest tests/contract in a subprocess)
``http``      mock_rps (uvicorn on one core, load from another process)

A key is ``null`` when its part was skipped (``--quick`` skips ``build_full_s``, ``generator_bare_s`` and
the contract suite) or failed; the notes say which, and how each figure was measured. Exit status 1
when a part failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable

from .common import BenchError, Figure, Section, log

#: The JSON keys, in the order of issue 7 (the shared rate limit's from issue 14 after the rate limit's,
#: the strict reader's from issue 15 after the overlay's).
KEYS = (
    "build_noop_s",
    "build_full_s",
    "generator_bare_s",
    "overhead_generated_vs_httpx",
    "overhead_overlay_vs_generated",
    "overhead_strict_vs_lenient",
    "paginate_items_per_s",
    "paginate_peak_rss_growth_mb",
    "ratelimit_utilization",
    "ratelimit_429s",
    "ratelimit_shared_utilization",
    "ratelimit_shared_429s",
    "ratelimit_shared_acquire_ratio",
    "contract_suite_s",
    "contract_cases",
    "mock_rps",
)

PARTS: dict[str, tuple[str, ...]] = {
    "build": ("build_noop_s", "build_full_s", "generator_bare_s"),
    "overhead": ("overhead_generated_vs_httpx", "overhead_overlay_vs_generated", "overhead_strict_vs_lenient"),
    "paginate": ("paginate_items_per_s", "paginate_peak_rss_growth_mb"),
    "ratelimit": ("ratelimit_utilization", "ratelimit_429s"),
    "shared": ("ratelimit_shared_utilization", "ratelimit_shared_429s", "ratelimit_shared_acquire_ratio"),
    "contract": ("contract_suite_s", "contract_cases"),
    "http": ("mock_rps",),
}

UNITS = {
    "build_noop_s": "s",
    "build_full_s": "s",
    "generator_bare_s": "s",
    "overhead_generated_vs_httpx": "x",
    "overhead_overlay_vs_generated": "x",
    "overhead_strict_vs_lenient": "x",
    "paginate_items_per_s": "items/s",
    "paginate_peak_rss_growth_mb": "MB",
    "ratelimit_utilization": "of allowed",
    "ratelimit_429s": "responses",
    "ratelimit_shared_utilization": "of allowed",
    "ratelimit_shared_429s": "responses",
    "ratelimit_shared_acquire_ratio": "x",
    "contract_suite_s": "s",
    "contract_cases": "cases",
    "mock_rps": "req/s",
}


def _runner(part: str) -> Callable[..., Section]:
    """The measuring function of ``part``, imported on demand (the client parts import the SDK and mock)."""
    if part == "build":
        from . import build

        return build.measure
    if part in ("overhead", "paginate", "ratelimit"):
        from . import client

        return {
            "overhead": client.overhead,
            "paginate": client.paginate_walk,
            "ratelimit": client.ratelimit,
        }[part]
    if part == "shared":
        from . import shared

        return shared.measure
    if part == "contract":
        from . import contract

        return contract.measure
    from . import http

    return http.measure


def machine() -> str:
    load = " / ".join(f"{v:.1f}" for v in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return (
        f"{os.cpu_count()} cores, {platform.system()} {platform.machine()}, Python "
        f"{platform.python_version()}, load average {load}"
    )


def run(parts: list[str], *, quick: bool) -> tuple[dict[str, Figure], list[str], list[str]]:
    """Run ``parts`` in order; figures for every key, notes, and the parts that failed."""
    figures: dict[str, Figure] = dict.fromkeys(KEYS)
    notes = [f"machine: {machine()} (at start)"]
    failed: list[str] = []
    for part in parts:
        log(f"{part} ...")
        started = time.perf_counter()
        try:
            section = _runner(part)(quick=quick)
        except BenchError as exc:
            failed.append(part)
            notes.append(f"{part}: FAILED: {exc}")
            continue
        figures.update({k: v for k, v in section.figures.items() if k in figures})
        notes.extend(section.notes)
        log(f"{part} done in {time.perf_counter() - started:.1f}s")
    skipped = [part for part in PARTS if part not in parts]
    if skipped:
        notes.append(f"not run (--only): {', '.join(skipped)}")
    notes.append(f"machine: load average at end {machine().rsplit('load average ', 1)[1]}")
    return figures, notes, failed


def table(figures: dict[str, Figure], notes: list[str], *, quick: bool) -> str:
    width = max(len(k) for k in KEYS)
    lines = [f"ordersdk benchmarks{' (--quick)' if quick else ''}", ""]
    for key in KEYS:
        value = figures[key]
        shown = "-" if value is None else f"{value:,}" if isinstance(value, int) else f"{value:,.3g}"
        shown = f"{value:,.2f}" if isinstance(value, float) and key.endswith("_s") else shown
        lines.append(f"  {key:<{width}}  {shown:>10}  {UNITS[key] if value is not None else ''}")
    lines += ["", "How each figure was measured:"] + [f"  - {note}" for note in notes]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="under a minute: smaller runs, slow parts skipped")
    parser.add_argument("--json", action="store_true", help="print one JSON object with every key on stdout")
    parser.add_argument("--only", default="", help=f"comma-separated parts: {', '.join(PARTS)}")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()] or list(PARTS)
    unknown = sorted(set(parts) - set(PARTS))
    if unknown:
        parser.error(f"unknown part(s) {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    figures, notes, failed = run([p for p in PARTS if p in parts], quick=args.quick)
    if args.json:
        for note in notes:
            log(note)
        print(json.dumps(figures))
    else:
        print(table(figures, notes, quick=args.quick))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
