"""Reporting of the contract suite.

In-process: how many requests (generated cases) the suite sent to each mock. Live (``CONTRACT_URL``,
as scripts/contract.py runs it): the run's estimated requests and duration at its rate limit before
the first request, then a progress line after each test (see tests/contract/_progress.py).
"""

from __future__ import annotations

import os
from collections.abc import Generator
from typing import Any

import pytest

from tests.contract._contract_suite import (
    MOCKS,
    Sizes,
    operation_test_name,
    run_rate,
    selected_apis,
    spec_document,
    stateful_test_name,
)
from tests.contract._progress import Plan, Progress

_PROGRESS = pytest.StashKey[Progress]()


def _credential_headers(document: dict[str, Any]) -> int:
    return max((len(requirement) for requirement in document.get("security") or []), default=0)


def _which(item: pytest.Item, names: dict[str, str]) -> tuple[str, str] | None:
    """(API, test id) of a contract test: operation tests share a node id, so their name tells them apart."""
    if getattr(item, "cls", None) is not None:  # a stateful test: runTest of the class test_contract.py names
        api = names.get(item.parent.name if item.parent is not None else "")
        return (api, item.nodeid) if api else None
    api = names.get(getattr(item, "originalname", item.name))
    return (api, item.name) if api else None


def _names() -> dict[str, str]:
    apis = selected_apis()
    return {operation_test_name(a): a for a in apis} | {stateful_test_name(a): a for a in apis}


def pytest_collection_finish(session: pytest.Session) -> None:
    if not os.environ.get("CONTRACT_URL"):
        return
    names = _names()
    plans: dict[str, Plan] = {}
    for item in session.items:
        found = _which(item, names)
        if found is None:
            continue
        api, test_id = found
        if api not in plans:
            plans[api] = Plan(api, _credential_headers(spec_document(api)))
        if getattr(item, "cls", None) is None:
            # Schemathesis attaches the examples and coverage phases' cases to the test at collection.
            cases = getattr(getattr(item, "obj", None), "hypothesis_explicit_examples", ())
            plans[api].operations[test_id] = len(cases)
        else:
            plans[api].stateful.append(test_id)
    if not plans:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    write = reporter.write_line if reporter is not None else print
    progress = Progress(plans, Sizes.from_env(), {api: run_rate(api) for api in plans}, write)
    session.config.stash[_PROGRESS] = progress
    progress.announce()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, None]:
    outcome = yield
    progress = item.config.stash.get(_PROGRESS, None)
    if progress is None:
        return
    report = outcome.get_result()
    if call.when != "call" and report.passed:
        return  # setup and teardown that passed: the test's own report follows / preceded
    if call.when == "teardown":
        return
    found = _which(item, _names())
    if found is not None:
        label = getattr(item, "operation_label", None) or "stateful (links)"
        progress.finished(found[0], found[1], label, report.outcome)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not MOCKS:
        return
    counts = ", ".join(f"{api} {app.requests_served}" for api, app in MOCKS.items())
    total = sum(app.requests_served for app in MOCKS.values())
    terminalreporter.write_line(f"contract: {total} requests answered by the mock ({counts})")
