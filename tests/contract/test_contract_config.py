"""schemathesis.toml: one configuration for `st run` and the suite, and it agrees with the specs."""

from __future__ import annotations

import tomllib
from typing import Any

import ordermock
import pytest
from ordertools.generate import discover
from ordertools.paths import ROOT

from tests.contract._contract_suite import CONFIG_FILE, Sizes, Target, config, spec_document

APIS = [t.api for t in discover(ROOT)]
RAW = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
TITLES = {spec_document(api)["info"]["title"]: api for api in APIS}


def _documents_404(document: dict[str, Any]) -> bool:
    return any(
        "404" in operation.get("responses", {})
        for item in document["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
    )


def test_every_project_names_a_spec() -> None:
    """A [[project]] applies to the spec whose info.title it names: a renamed title must not silently drop it."""
    projects = [project["title"] for project in RAW.get("project", [])]
    assert projects, "schemathesis.toml has no [[project]]"
    assert [title for title in projects if title not in TITLES] == []


def _refuses_duplicates(api: str) -> bool:
    """Whether a write can repeat a value the spec calls unique where no 409 is documented (the vendor: 400)."""
    app = ordermock.create_app(api)
    return any(
        (action := app.ctx.actions[op.operation_id]).kind in ("create", "update")
        and action.resource in app.behaviour.unique
        and not op.declares(409)
        for op in app.spec.operations
    )


@pytest.mark.parametrize("api", APIS)
def test_valid_requests_may_get_400_exactly_where_the_vendor_answers_one(api: str) -> None:
    """A 400 to valid data is correct only where the spec documents no 404 (an unknown id is a 400) or where a
    write may repeat a unique value with no 409 documented (Schemathesis sends the same example twice)."""
    document = spec_document(api)
    checks = config(Target(api), document).projects.get(document).checks
    accepts_400 = "400" in checks.positive_data_acceptance.expected_statuses
    assert accepts_400 == (not _documents_404(document) or _refuses_duplicates(api))


@pytest.mark.parametrize("api", APIS)
def test_the_suite_runs_the_shared_configuration_with_its_own_sizes_on_top(api: str) -> None:
    """The file's settings reach the suite; the suite's sizes and target win over it (as CLI options do)."""
    document = spec_document(api)
    sizes = Sizes(max_examples=3, stateful_examples=1, max_steps=2, deterministic=True)
    project = config(Target(api, headers={"X-Test": "1"}), document, sizes).projects.get(document)
    assert project.generation.with_security_parameters is False
    assert project.generation.database == "none"
    assert project.phases.examples.fill_missing is True
    assert project.generation.max_examples == 3 and project.generation.deterministic is True
    assert project.headers == {"X-Test": "1"}
    assert project.cache.enabled is False
