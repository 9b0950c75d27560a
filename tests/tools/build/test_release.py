"""The docs-changed loop end to end: edit a spec, rebuild, version gate, changelog."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import ModuleType

import pytest


def _edit(spec: Path, old: str, new: str) -> None:
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new))


def test_spec_edit_needs_the_right_version_bump_and_lands_in_the_changelog(
    tmp_path: Path, built_root: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """A breaking edit without a major bump fails with the bump and the reason; then the changelog says it."""
    root = tmp_path / "root"
    shutil.copytree(built_root, root)
    spec = root / "specs" / "widgets.yaml"
    changelog = root / "specs" / "CHANGELOG-widgets.md"
    assert "First release" in changelog.read_text()
    baseline = root / "generated" / "widgets-client" / "widgets_client" / "openapi.json"
    assert json.loads(baseline.read_text())["info"]["version"] == "1.0.0"

    # Remove a response field (breaking) without bumping the version.
    _edit(spec, "        state: {type: integer, enum: [0, 1, 2]}\n", "")
    capsys.readouterr()
    assert build_script.main(["--root", str(root), "--no-smoke"]) == 1
    out = capsys.readouterr().out
    assert "widgets.yaml: info.version is still 1.0.0, but the client surface changed: a major bump is needed" in out
    assert "2.0.0" in out and "state" in out
    assert json.loads(baseline.read_text())["info"]["version"] == "1.0.0", "a refused build changes nothing"

    # A minor bump is not enough either.
    _edit(spec, "version: 1.0.0", "version: 1.1.0")
    assert build_script.main(["--root", str(root), "--no-smoke"]) == 1
    assert "a major bump is needed" in capsys.readouterr().out

    _edit(spec, "version: 1.1.0", "version: 2.0.0")
    assert build_script.main(["--root", str(root), "--no-smoke"]) == 0
    assert 'version = "2.0.0"' in (root / "generated" / "widgets-client" / "pyproject.toml").read_text()
    text = changelog.read_text()
    assert text.index("2.0.0") < text.index("First release"), "newest entry first"
    assert "Breaking changes" in text and "state" in text

    # An optional response field is an addition: a minor bump passes, and --check agrees.
    _edit(
        spec,
        "        name: {type: string, maxLength: 20, example: sprocket}\n",
        "        name: {type: string, maxLength: 20, example: sprocket}\n        colour: {type: string}\n",
    )
    _edit(spec, "version: 2.0.0", "version: 2.1.0")
    assert build_script.main(["--root", str(root), "--no-smoke"]) == 0
    assert "2.1.0" in changelog.read_text() and "colour" in changelog.read_text()
    assert build_script.main(["--root", str(root), "--no-smoke", "--check"]) == 0
