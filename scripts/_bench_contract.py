"""``contract_suite_s`` and ``contract_cases``: the Schemathesis contract suite in a subprocess.

The suite runs exactly as CI runs it (``pytest tests/contract``, its default sizes) with one
observer plugin, :mod:`_bench_contract_hook`, that counts the generated cases sent to the mock.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from _bench_common import ROOT, BenchError, Section, child_env, log, run_timed

__all__ = ["measure"]


def measure(*, quick: bool) -> Section:
    """Wall time of the whole suite and the number of cases it sent (skipped with ``--quick``)."""
    section = Section({"contract_suite_s": None, "contract_cases": None})
    if quick:
        section.notes.append("contract_suite_s, contract_cases: skipped (--quick); the suite takes minutes")
        return section
    with tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp:
        count_file = Path(tmp) / "cases"
        scripts = str(ROOT / "scripts")
        env = child_env(
            BENCH_CONTRACT_COUNT_FILE=str(count_file),
            PYTHONPATH=os.pathsep.join(p for p in (scripts, os.environ.get("PYTHONPATH", "")) if p),
        )
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "_bench_contract_hook",
            "tests/contract",
        ]
        log("contract suite: pytest tests/contract (all APIs, default sizes)")
        seconds, output = run_timed(cmd, env=env, check=False)
        summary = next((line for line in reversed(output.splitlines()) if re.search(r"\d+ (passed|failed)", line)), "")
        if not count_file.is_file():
            raise BenchError(f"the contract suite did not finish (no case count):\n{output[-2000:]}")
        cases = int(count_file.read_text())
    section.figures.update({"contract_suite_s": round(seconds, 1), "contract_cases": cases})
    note = (
        f"contract: `pytest tests/contract` ({summary.strip('= ')}), {cases:,} requests sent (stateful steps included)"
    )
    if "failed" in summary or "error" in summary:
        note += "; NOTE: the suite did not pass, the figures describe a failing run"
    section.notes.append(note)
    return section
