"""`ordertools apidiff` (= `scripts/apidiff.py`) in a scratch git repository: output per format and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import base_spec


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.test", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def _write(repo: Path, api: str, spec: dict[str, Any]) -> None:
    (repo / "specs" / f"{api}.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ordertools", "apidiff", *args], cwd=repo, capture_output=True, text=True, timeout=60
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repo whose last commit has specs/shop.yaml (1.0.0) and a generator config beside it."""
    (tmp_path / "specs").mkdir()
    _write(tmp_path, "shop", base_spec())
    (tmp_path / "specs" / "shop.config.yaml").write_text("project_name_override: shop-client\n")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "shop 1.0.0")
    return tmp_path


def _remove_operation(repo: Path) -> None:
    spec = base_spec()
    del spec["paths"]["/orders/{id}"]
    _write(repo, "shop", spec)


def _add_field(repo: Path) -> None:
    spec = base_spec()
    spec["components"]["schemas"]["Order"]["properties"]["tracking"] = {"type": "string"}
    _write(repo, "shop", spec)


def test_unchanged(repo: Path) -> None:
    """With the working tree at HEAD every API reports no changes, and config files are not APIs."""
    result = _run(repo)
    assert (result.returncode, result.stdout) == (0, "shop: no changes (1.0.0)\n")


def test_breaking_change_text(repo: Path) -> None:
    """Text output gives the suggested bump, each change with its location, and the version gate's verdict."""
    _remove_operation(repo)
    result = _run(repo)
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "shop: 1.0.0 → 1.0.0, 1 change(s), 1 breaking; suggested bump: major (→ 2.0.0)",
        "  BREAKING GET /orders/{id}: operation removed (was `get_order`)",
        "           at #/paths/~1orders~1{id}/get",
        "  version: info.version is still 1.0.0, but the client surface changed: a major bump is needed "
        "(→ 2.0.0) because of 1 breaking change(s): GET /orders/{id}: operation removed (was `get_order`)",
    ]


def test_fail_on_breaking_exit_codes(repo: Path) -> None:
    """--fail-on-breaking exits 1 for a breaking change and 0 for an addition."""
    _remove_operation(repo)
    assert _run(repo, "--fail-on-breaking").returncode == 1
    _add_field(repo)
    result = _run(repo, "--fail-on-breaking")
    assert result.returncode == 0
    assert "suggested bump: minor (→ 1.1.0)" in result.stdout


def test_version_bumped_enough(repo: Path) -> None:
    """When info.version carries the needed bump the gate line says ok."""
    spec = base_spec()
    spec["info"]["version"] = "1.1.0"
    spec["components"]["schemas"]["Order"]["properties"]["tracking"] = {"type": "string"}
    _write(repo, "shop", spec)
    assert "  version: ok" in _run(repo).stdout.splitlines()


def test_json_format(repo: Path) -> None:
    """JSON output carries versions, bump, suggestion, gate verdict and every change."""
    _remove_operation(repo)
    data = json.loads(_run(repo, "--format", "json").stdout)
    [shop] = data["apis"]
    assert data["base"] == "HEAD"
    assert {k: shop[k] for k in ("api", "status", "old_version", "bump", "suggested_version", "breaking")} == {
        "api": "shop",
        "status": "changed",
        "old_version": "1.0.0",
        "bump": "major",
        "suggested_version": "2.0.0",
        "breaking": True,
    }
    assert shop["version_error"].startswith("info.version is still 1.0.0")
    assert shop["changes"] == [
        {
            "kind": "operation-removed",
            "location": "#/paths/~1orders~1{id}/get",
            "message": "GET /orders/{id}: operation removed (was `get_order`)",
            "breaking": True,
            "bump": "major",
        }
    ]


def test_markdown_format(repo: Path) -> None:
    """Markdown output is the changelog entry plus the gate's verdict."""
    _remove_operation(repo)
    out = _run(repo, "--format", "markdown").stdout
    assert out.startswith("## shop 1.0.0\n\nChanges since 1.0.0 (needs a **major** bump).\n\n### Breaking changes\n")
    assert "- GET /orders/{id}: operation removed (was `get_order`)" in out
    assert "> **Version:** info.version is still 1.0.0" in out


def test_new_and_removed_apis(repo: Path) -> None:
    """A spec absent at the base is a new API; one absent from the working tree is a removed (breaking) API."""
    _write(repo, "other", base_spec())
    (repo / "specs" / "shop.yaml").unlink()
    result = _run(repo, "--fail-on-breaking")
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["other: new API (1.0.0)", "shop: API removed (breaking) (1.0.0)"]
    only_new = _run(repo, "other", "--fail-on-breaking")
    assert (only_new.returncode, only_new.stdout) == (0, "other: new API (1.0.0)\n")


def test_base_revision(repo: Path) -> None:
    """--base compares against an older commit instead of HEAD."""
    _add_field(repo)
    _git(repo, "commit", "-q", "-am", "tracking")
    assert _run(repo).stdout == "shop: no changes (1.0.0)\n"
    result = _run(repo, "--base", "HEAD~1")
    assert "shop: 1.0.0 → 1.0.0, 1 change(s), 0 breaking; suggested bump: minor (→ 1.1.0)" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base", "no-such-rev"], "apidiff: unknown revision 'no-such-rev'\n"),
        (["nope"], "apidiff: unknown API(s): nope; known: shop\n"),
    ],
)
def test_usage_errors_exit_2(repo: Path, args: list[str], message: str) -> None:
    """Unknown revisions and APIs are reported on stderr with exit code 2."""
    result = _run(repo, *args)
    assert (result.returncode, result.stderr, result.stdout) == (2, message, "")


def test_unreadable_spec_exits_2(repo: Path) -> None:
    """A spec that is not YAML names the file."""
    (repo / "specs" / "shop.yaml").write_text("paths: [unclosed\n")
    result = _run(repo)
    assert result.returncode == 2
    assert result.stderr.startswith("apidiff: specs/shop.yaml: not valid YAML")


def test_coverage(repo: Path, tmp_path: Path) -> None:
    """--coverage prints x-doc counts per API and, with --docs, the headings no operation references."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "shop.txt").write_text(
        "List orders\n\nGETUrl:\n\nCreate order\n\nPOSTUrl:\n\nCancel order\n\nPOSTUrl: /x\n"
    )
    result = _run(repo, "--coverage", "--docs", str(docs))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "shop: x-doc on 2/3 operations, 1/6 schemas",
        "  no x-doc: operation get_order (GET /orders/{id})",
        "  no x-doc: schema Error",
        "  no x-doc: schema Legacy",
        "  no x-doc: schema Line",
        "  no x-doc: schema OrderCreate",
        "  no x-doc: schema State",
        "  shop.txt: 1 heading(s) no operation references",
        "    - Cancel order",
    ]


def test_documentation_edits_are_one_line(repo: Path) -> None:
    """Text output summarises documentation edits in one line, after the client-visible changes."""
    spec = base_spec()
    spec["info"]["version"] = "1.0.1"
    spec["paths"]["/orders"]["get"]["description"] = "Every order."
    spec["paths"]["/orders"]["get"]["summary"] = "All orders"
    _write(repo, "shop", spec)
    assert _run(repo).stdout.splitlines() == [
        "shop: 1.0.0 → 1.0.1, 2 change(s), 0 breaking; suggested bump: patch (→ 1.0.1)",
        "  docs     2 documentation edit(s): #/paths/~1orders/get/description, #/paths/~1orders/get/summary",
        "  version: ok",
    ]
