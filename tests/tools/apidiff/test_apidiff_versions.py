"""The version gate, suggested versions, changelog entries and the recorded baseline."""

from __future__ import annotations

import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ordertools import release

from .conftest import base_spec

Spec = dict[str, Any]


def _with(version: str, edit: str = "none") -> Spec:
    """The base spec at ``version`` with one kind of edit: none, docs, addition or breaking."""
    spec = base_spec()
    spec["info"]["version"] = version
    if edit == "docs":
        spec["paths"]["/orders"]["get"]["description"] = "Every order, newest first."
    elif edit == "addition":
        spec["components"]["schemas"]["Order"]["properties"]["tracking"] = {"type": "string"}
    elif edit == "breaking":
        del spec["paths"]["/orders/{id}"]
    return spec


@pytest.mark.parametrize(
    ("edit", "new_version", "ok"),
    [
        ("none", "1.0.0", True),
        ("docs", "1.0.0", False),
        ("docs", "1.0.1", True),
        ("addition", "1.0.1", False),
        ("addition", "1.1.0", True),
        ("breaking", "1.1.0", False),
        ("breaking", "2.0.0", True),
        ("docs", "2.0.0", True),
    ],
)
def test_gate_needs_a_big_enough_bump(apidiff: ModuleType, edit: str, new_version: str, ok: bool) -> None:
    """Docs need patch, additions minor, breaking changes major; a bigger bump is always fine."""
    error = release.check_version(_with("1.0.0"), _with(new_version, edit))
    assert (error is None) == ok, error


def test_gate_message_names_bump_target_and_reason(apidiff: ModuleType) -> None:
    """The refusal says which bump, to which version, and which change forces it."""
    error = release.check_version(_with("1.2.3"), _with("1.2.3", "breaking"))
    assert error == (
        "info.version is still 1.2.3, but the client surface changed: a major bump is needed (→ 2.0.0) "
        "because of 1 breaking change(s): GET /orders/{id}: operation removed (was `get_order`)"
    )


def test_gate_message_for_too_small_a_bump(apidiff: ModuleType) -> None:
    """A bump that is too small is reported with both versions."""
    error = release.check_version(_with("1.2.3"), _with("1.2.4", "addition"))
    assert error is not None
    assert error.startswith("info.version went from 1.2.3 to 1.2.4, but the client surface changed: a minor bump")
    assert "(→ 1.3.0)" in error and "optional field `tracking` added" in error


def test_zero_major_versions_shift_the_bump_down(apidiff: ModuleType) -> None:
    """In 0.y.z a breaking change needs a minor bump and an addition a patch bump (Cargo's convention)."""
    assert release.check_version(_with("0.3.0"), _with("0.4.0", "breaking")) is None
    assert release.check_version(_with("0.3.0"), _with("0.3.1", "addition")) is None
    assert (
        "minor bump is needed (0.y.z: breaking changes bump y, everything else z) (→ 0.4.0)"
        in release.check_version(_with("0.3.0"), _with("0.3.1", "breaking"))
    )


def test_gate_rejects_a_non_semver_version(apidiff: ModuleType) -> None:
    """info.version must be MAJOR.MINOR.PATCH; the gate says so."""
    assert "not a semantic version" in release.check_version(_with("1.0.0"), _with("v2", "breaking"))


def test_gate_rejects_a_version_going_backwards(apidiff: ModuleType) -> None:
    """A lower version is no bump at all."""
    assert "major bump is needed" in release.check_version(_with("2.0.0"), _with("1.9.9", "breaking"))


@pytest.mark.parametrize(
    ("old", "bump", "expected"),
    [
        ("1.2.3", "major", "2.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("0.2.3", "major", "0.3.0"),
    ],
)
def test_suggest_version(apidiff: ModuleType, old: str, bump: str, expected: str) -> None:
    """The suggested version is the smallest one carrying the bump."""
    assert release.suggest_version(old, bump) == expected


def test_required_bump_is_the_largest(apidiff: ModuleType) -> None:
    """One breaking change among additions and docs makes the bump major; nothing changed means None."""
    changes = apidiff.diff_specs(_with("1.0.0"), _with("1.0.0", "breaking"))
    docs = apidiff.diff_specs(_with("1.0.0"), _with("1.0.0", "docs"))
    additions = apidiff.diff_specs(_with("1.0.0"), _with("1.0.0", "addition"))
    assert apidiff.required_bump(docs) == "patch"
    assert apidiff.required_bump(docs + additions) == "minor"
    assert apidiff.required_bump(docs + additions + changes) == "major"
    assert apidiff.required_bump([]) is None


def test_changelog_entry_groups_changes(apidiff: ModuleType) -> None:
    """An entry lists breaking changes, then other changes, then a one-line documentation summary."""
    old, new = _with("1.0.0"), _with("2.0.0", "breaking")
    new["components"]["schemas"]["Order"]["properties"]["tracking"] = {"type": "string"}
    new["paths"]["/orders"]["get"]["summary"] = "All orders"
    entry = release.changelog_entry("shop", "1.0.0", "2.0.0", apidiff.diff_specs(old, new), datetime.date(2025, 5, 1))
    assert entry == (
        "## shop 2.0.0 (2025-05-01)\n\n"
        "Changes since 1.0.0 (needs a **major** bump).\n\n"
        "### Breaking changes\n\n"
        "- GET /orders/{id}: operation removed (was `get_order`)\n\n"
        "### Changes\n\n"
        "- schema `Order` (in responses): optional field `tracking` added\n\n"
        "### Documentation\n\n"
        "- 1 documentation edit(s): `#/paths/~1orders/get/summary`\n"
    )


def test_changelog_entry_for_a_new_api(apidiff: ModuleType) -> None:
    """A client without a previous version gets a first-release entry."""
    assert (
        release.changelog_entry("shop", None, "1.0.0", []) == "## shop 1.0.0\n\nFirst release of the `shop` client.\n"
    )


def test_write_changelog_puts_newest_first_and_replaces_a_rewritten_entry(apidiff: ModuleType, tmp_path: Path) -> None:
    """Entries stack newest first under one title; writing the same version again replaces its entry."""
    path = tmp_path / "CHANGELOG-shop.md"
    release.write_changelog(path, "shop", "## shop 1.0.0\n\nFirst release.\n")
    release.write_changelog(path, "shop", "## shop 1.1.0 (2025-01-01)\n\nAdded things.\n")
    release.write_changelog(path, "shop", "## shop 1.1.0 (2025-01-02)\n\nAdded more things.\n")
    assert path.read_text() == (
        "# Changelog: the `shop` client\n\n"
        "## shop 1.1.0 (2025-01-02)\n\nAdded more things.\n\n"
        "## shop 1.0.0\n\nFirst release.\n"
    )


def test_baseline_round_trip(apidiff: ModuleType, tmp_path: Path) -> None:
    """A saved baseline loads back equal for the diff; a missing one is None (first build)."""
    spec = base_spec()
    spec["info"]["x-released"] = datetime.date(2025, 1, 1)  # YAML dates must survive as JSON
    path = tmp_path / "released" / "shop.json"
    assert release.load_baseline(path) is None
    release.save_baseline(path, spec)
    assert apidiff.diff_specs(release.load_baseline(path), spec) == []
    assert release.check_version(release.load_baseline(path), spec) is None


def test_build_loop_gate_then_changelog(apidiff: ModuleType, tmp_path: Path) -> None:
    """The build's loop: first build records a release; an edit without a bump is refused; after the bump
    the changelog gets one entry, and rebuilding the same spec adds nothing."""
    baseline, changelog = tmp_path / "baseline.json", tmp_path / "CHANGELOG-shop.md"
    today = datetime.date(2025, 6, 1)

    first = _with("1.0.0")
    assert release.record_release("shop", release.load_baseline(baseline), first, changelog, today) == []
    release.save_baseline(baseline, first)

    edited = _with("1.0.0", "breaking")
    assert "a major bump is needed (→ 2.0.0)" in release.check_version(release.load_baseline(baseline), edited)
    edited["info"]["version"] = "2.0.0"
    assert release.check_version(release.load_baseline(baseline), edited) is None
    changes = release.record_release("shop", release.load_baseline(baseline), edited, changelog, today)
    assert [c.kind for c in changes] == ["operation-removed"]
    release.save_baseline(baseline, edited)

    assert release.record_release("shop", release.load_baseline(baseline), edited, changelog, today) == []
    text = changelog.read_text()
    assert text.count("## shop ") == 2
    assert text.index("## shop 2.0.0 (2025-06-01)") < text.index("## shop 1.0.0 (2025-06-01)")
    assert "- GET /orders/{id}: operation removed (was `get_order`)" in text
