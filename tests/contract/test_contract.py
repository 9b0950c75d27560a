"""Contract: every operation of every spec, against the mock (or a live API), with all default checks.

Per API: one parametrized test per operation running the examples, coverage and fuzzing phases,
and one stateful test following the specs' OpenAPI links (create → get → update → delete).
The mock validates its own responses on every call (``validate_responses=True``), so a response
that breaks the spec fails here even where schemathesis would not look.
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis.specs.openapi.checks import ignored_auth

from tests.contract._contract_suite import (
    Target,
    load_schema,
    operation_test_name,
    selected_apis,
    stateful_settings,
    stateful_test_name,
    target,
)

pytestmark = pytest.mark.contract


def _operation_test(schema: Any, target: Target) -> Any:
    #: Operations whose auth enforcement ignored_auth has confirmed in this run.
    confirmed: set[str] = set()

    @schema.parametrize()
    def test_operation(case: Any) -> None:
        """Each generated request gets a response that passes every default check."""
        # Handed over explicitly, the target's credentials count as given (as `st run -H` does): the
        # ignored_auth check then probes the operation without them instead of taking them for generated.
        # Like st run, it probes each operation until one success confirms it; on every success it would
        # cost 1 + one per credential header requests (a third of a live run's rate budget).
        label = case.operation.label
        skip = [ignored_auth] if label in confirmed else []
        response = case.call_and_validate(headers=target.headers, excluded_checks=skip)
        if 200 <= response.status_code < 300:
            confirmed.add(label)

    return test_operation


for _api in selected_apis():
    _target = target(_api)
    _schema = load_schema(_target)
    globals()[operation_test_name(_api)] = _operation_test(_schema, _target)
    if _target.allow_writes:
        _machine = _schema.as_state_machine()
        _case = _machine.TestCase
        _case.settings = stateful_settings()
        globals()[stateful_test_name(_api)] = _case
        del _machine, _case  # keep only the named class, or pytest collects the same tests twice
