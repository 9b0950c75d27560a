"""uv.lock is left alone unless the workspace's dependencies changed, and only the uv that runs us touches it."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import make_root

FAKE_UV = """#!/bin/sh
echo "$0 $*" >> "{log}"
case "$*" in
  *--check*) exit {check_status} ;;
esac
exit 0
"""


def _fake_uv(folder: Path, log: Path, *, check_status: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    uv = folder / "uv"
    uv.write_text(FAKE_UV.format(log=log, check_status=check_status), encoding="utf-8")
    uv.chmod(uv.stat().st_mode | stat.S_IEXEC)
    return uv


@pytest.fixture
def locked_root(tmp_path: Path) -> Path:
    root = make_root(tmp_path / "root")
    (root / "uv.lock").write_text("# the lock\n", encoding="utf-8")
    return root


def _calls(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def _setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, check_status: int) -> tuple[Path, Path]:
    """`$UV` is a recording fake; another recording fake named `uv` is first on PATH (it must never run)."""
    log, stray_log = tmp_path / "uv.log", tmp_path / "path-uv.log"
    monkeypatch.setenv("UV", str(_fake_uv(tmp_path / "ours", log, check_status=check_status)))
    stray = _fake_uv(tmp_path / "path", stray_log, check_status=0)
    monkeypatch.setenv("PATH", f"{stray.parent}{os.pathsep}{os.environ['PATH']}")
    return log, stray_log


def test_the_lock_is_checked_with_our_uv_and_relocked_without_upgrades(
    tmp_path: Path, locked_root: Path, build_script: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A regenerated client: `$UV lock --check`, then `$UV lock` (no --upgrade); the uv on PATH never runs."""
    log, stray_log = _setup(tmp_path, monkeypatch, check_status=1)
    assert build_script.main(["--root", str(locked_root), "--no-smoke"]) == 0
    calls = _calls(log)
    assert [c.split(" ", 1)[1] for c in calls] == ["lock --check --quiet", "lock --quiet"]
    assert not any("upgrade" in c or " -U" in c or " -P" in c for c in calls)
    assert _calls(stray_log) == []


def test_a_lock_in_step_is_left_alone(
    tmp_path: Path, locked_root: Path, build_script: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`uv lock --check` passes: no `uv lock`, the file is untouched."""
    log, _ = _setup(tmp_path, monkeypatch, check_status=0)
    assert build_script.main(["--root", str(locked_root), "--no-smoke"]) == 0
    assert [c.split(" ", 1)[1] for c in _calls(log)] == ["lock --check --quiet"]
    assert (locked_root / "uv.lock").read_text(encoding="utf-8") == "# the lock\n"


def test_nothing_regenerated_means_no_uv_at_all(
    tmp_path: Path, locked_root: Path, build_script: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build that skipped every client runs no uv command."""
    monkeypatch.delenv("UV", raising=False)
    assert build_script.main(["--root", str(locked_root), "--no-smoke"]) == 0
    log, stray_log = _setup(tmp_path, monkeypatch, check_status=1)
    assert build_script.main(["--root", str(locked_root), "--no-smoke"]) == 0
    assert _calls(log) == [] and _calls(stray_log) == []


def test_without_uv_run_the_lock_is_not_touched_and_the_build_says_so(
    tmp_path: Path,
    locked_root: Path,
    build_script: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No `$UV` (the build was not started by `uv run`): whatever uv is on PATH is not used."""
    _, stray_log = _setup(tmp_path, monkeypatch, check_status=1)
    monkeypatch.delenv("UV")
    assert build_script.main(["--root", str(locked_root), "--no-smoke"]) == 0
    assert _calls(stray_log) == []
    assert "uv.lock: not checked" in capsys.readouterr().out
