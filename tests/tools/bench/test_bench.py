"""`ordertools bench` (= scripts/bench.py): the JSON object has exactly the issue's keys, with the right types (no timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from ordertools.bench import cli as bench
from ordertools.paths import ROOT

BENCH = [sys.executable, "-m", "ordertools", "bench"]

#: The keys issue 7 lists, in its order, with issue 14's shared rate limit after the rate limit and issue 15's
#: strict-mode overhead after the overlay's.
ISSUE_KEYS = [
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
]

FLOATS = {
    "build_noop_s",
    "build_full_s",
    "generator_bare_s",
    "overhead_generated_vs_httpx",
    "overhead_overlay_vs_generated",
    "overhead_strict_vs_lenient",
    "paginate_peak_rss_growth_mb",
    "ratelimit_utilization",
    "ratelimit_shared_utilization",
    "ratelimit_shared_acquire_ratio",
    "contract_suite_s",
}
INTS = {"paginate_items_per_s", "ratelimit_429s", "ratelimit_shared_429s", "contract_cases", "mock_rps"}
SKIPPED_BY_QUICK = {"build_full_s", "generator_bare_s", "contract_suite_s", "contract_cases"}


def test_keys_are_the_issues_and_every_part_fills_its_own() -> None:
    """The script's key list is the issue's, and the parts partition it."""
    assert list(bench.KEYS) == ISSUE_KEYS
    assert sorted(k for keys in bench.PARTS.values() for k in keys) == sorted(ISSUE_KEYS)
    assert set(ISSUE_KEYS) == FLOATS | INTS


def test_unknown_part_is_a_usage_error() -> None:
    """--only with a part that does not exist exits 2 before measuring anything."""
    proc = subprocess.run([*BENCH, "--only", "nope"], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "unknown part" in proc.stderr


@pytest.mark.slow
def test_quick_json_has_every_key_with_its_type() -> None:
    """`bench.py --quick --json` prints one JSON object: measured keys are numbers, only the --quick skips are null."""
    proc = subprocess.run([*BENCH, "--quick", "--json"], capture_output=True, text=True, cwd=ROOT, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert list(result) == ISSUE_KEYS
    for key, value in result.items():
        if key in SKIPPED_BY_QUICK:
            assert value is None, key
        elif key in INTS:
            assert type(value) is int and value >= 0, (key, value)
        else:
            assert type(value) is float and value >= 0, (key, value)
    assert "skipped (--quick)" in proc.stderr
