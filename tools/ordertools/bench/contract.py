"""``contract_suite_s`` and ``contract_cases``: the Schemathesis contract suite in a subprocess.

The suite runs as CI runs it (``pytest tests/contract``, its default sizes). The case count is the
suite's own report, the line its ``conftest.py`` prints at the end of a run:
``contract: N requests answered by the mock (api n, ...)``. ``--durations`` names the slowest tests.
"""

from __future__ import annotations

import re
import sys

from .common import BenchError, Section, log, run_timed

__all__ = ["measure"]

_CASES = re.compile(r"^contract: (\d+) requests answered by the mock \((.*)\)$", re.MULTILINE)
_DURATION = re.compile(r"^(\d+\.\d+)s call\s+tests/contract/(\S+)$", re.MULTILINE)


def measure(*, quick: bool) -> Section:
    """Wall time of the whole suite and the number of cases it sent (skipped with ``--quick``)."""
    section = Section({"contract_suite_s": None, "contract_cases": None})
    if quick:
        section.notes.append("contract_suite_s, contract_cases: skipped (--quick); the suite takes minutes")
        return section
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--durations=4", "tests/contract"]
    log("contract suite: pytest tests/contract (all APIs, default sizes)")
    seconds, output = run_timed(cmd, check=False)
    cases = _CASES.search(output)
    if cases is None:
        raise BenchError(f"the contract suite printed no 'contract: N requests answered' line:\n{output[-2000:]}")
    summary = next((line for line in reversed(output.splitlines()) if re.search(r"\d+ (passed|failed)", line)), "")
    slowest = "; ".join(f"{name} {float(s):.0f}s" for s, name in _DURATION.findall(output))
    section.figures.update({"contract_suite_s": round(seconds, 1), "contract_cases": int(cases.group(1))})
    note = (
        f"contract: `pytest tests/contract` ({summary.strip('= ')}); the suite's count: {cases.group(1)} requests "
        f"answered by the mocks ({cases.group(2)}); slowest: {slowest}"
    )
    if "failed" in summary or "error" in summary:
        note += "; NOTE: the suite did not pass, the figures describe a failing run"
    section.notes.append(note)
    return section
