"""Reports how many requests (generated cases) the contract suite sent to each mock."""

from __future__ import annotations

from typing import Any

from tests.contract._contract_suite import MOCKS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not MOCKS:
        return
    counts = ", ".join(f"{api} {app.requests_served}" for api, app in MOCKS.items())
    total = sum(app.requests_served for app in MOCKS.values())
    terminalreporter.write_line(f"contract: {total} requests answered by the mock ({counts})")
