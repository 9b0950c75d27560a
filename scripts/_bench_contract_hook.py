"""A pytest plugin for ``scripts/bench.py``: counts the requests the contract suite sends.

Loaded with ``-p _bench_contract_hook`` (``scripts/`` on ``PYTHONPATH``). It registers schemathesis'
public ``after_call`` / ``after_network_error`` hooks, so every generated case that is sent — each
step of a stateful run included — counts once; at the end of the session the count is written to the
file named by ``BENCH_CONTRACT_COUNT_FILE``. It changes nothing in how the suite runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import schemathesis

_sent = 0


def _count() -> None:
    global _sent
    _sent += 1


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    _count()


@schemathesis.hook
def after_network_error(context: Any, case: Any, request: Any) -> None:
    _count()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get("BENCH_CONTRACT_COUNT_FILE")
    if target:
        Path(target).write_text(f"{_sent}\n", encoding="utf-8")
