"""Replacing a generated client is one recoverable transaction: a kill at any point leaves the old tree or the
new one, the next build finishes what was committed, the changelog entry is never lost, nothing is left staged.

Two ways to kill: in-process, a simulated kill (an exception no ``except Exception`` catches) at the n-th file
system change after generation, whatever the implementation; and a real ``SIGKILL`` of a build subprocess at
the build's named checkpoints (``ORDERTOOLS_KILL_AT``).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from ordertools import generate, release

from .conftest import make_root

pytestmark = pytest.mark.slow

NEW_FIELD = "        state: {type: integer, enum: [0, 1, 2]}\n"


class Killed(BaseException):
    """Stands in for SIGKILL: not an Exception, so no `except Exception` in the build swallows it."""


def _edit_to_v11(root: Path) -> None:
    spec = root / "specs" / "widgets.yaml"
    text = spec.read_text(encoding="utf-8")
    text = text.replace("version: 1.0.0", "version: 1.1.0").replace(
        NEW_FIELD, NEW_FIELD + "        colour: {type: string}\n"
    )
    spec.write_text(text, encoding="utf-8")


def _state(root: Path) -> tuple[str, str]:
    """(tree digest, stamp text) of the widgets client, ``("absent", "")`` when there is none."""
    out = root / "generated" / "widgets-client"
    if not out.is_dir():
        return "absent", ""
    stamp = out / generate.STAMP
    return generate.tree_digest(out), stamp.read_text(encoding="utf-8") if stamp.is_file() else ""


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A root built at 1.0.0, and the state of a clean 1.0.0 -> 1.1.0 rebuild (tree, stamp, changelog)."""
    from ordertools import build

    base = make_root(tmp_path_factory.mktemp("v10"))
    assert build.main(["--root", str(base), "--no-smoke"]) == 0
    clean = tmp_path_factory.mktemp("clean") / "root"
    shutil.copytree(base, clean)
    _edit_to_v11(clean)
    assert build.main(["--root", str(clean), "--no-smoke"]) == 0
    changelog = (clean / "specs" / "CHANGELOG-widgets.md").read_text(encoding="utf-8")
    assert "## widgets 1.1.0" in changelog and "Changes since 1.0.0" in changelog
    return {"base": base, "old": _state(base), "new": _state(clean), "changelog": changelog}


def _recovered(root: Path, versions: dict[str, Any]) -> None:
    """After one more ordinary build: the new client, its changelog entry exactly once, no staging left."""
    from ordertools import build

    assert build.main(["--root", str(root), "--no-smoke"]) == 0
    assert _state(root) == versions["new"]
    changelog = (root / "specs" / "CHANGELOG-widgets.md").read_text(encoding="utf-8")
    assert changelog.count("## widgets 1.1.0") == 1
    assert "Changes since 1.0.0" in changelog, "the entry describes the change, not a 'first release'"
    assert changelog.count("## widgets 1.0.0") == 1
    leftovers = sorted(p.name for p in root.iterdir() if p.name not in {"specs", "generated"})
    assert leftovers == [], f"staging left behind: {leftovers}"
    assert sorted(p.name for p in (root / "generated").iterdir()) == ["widgets-client"]


def _kill_switch(monkeypatch: pytest.MonkeyPatch, at: int) -> Callable[[], int]:
    """Raise :class:`Killed` at the ``at``-th file-system change after the generator finished.

    A run of removals (a tree removal) counts once, at its first step: killing there leaves a half-removed tree.
    Returns a function telling how many changes were seen.
    """
    seen = {"n": 0, "armed": False, "removing": False}

    def step(removal: bool) -> None:
        if not seen["armed"] or (removal and seen["removing"]):
            return
        seen["removing"] = removal
        seen["n"] += 1
        if seen["n"] == at:
            seen["armed"] = False
            raise Killed(f"killed at change {at}")

    def wrap(owner: Any, name: str, removal: bool = False) -> None:
        original = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            step(removal)
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, wrapper)

    for name in ("rename", "replace"):
        wrap(os, name)
    for name in ("unlink", "remove", "rmdir"):
        wrap(os, name, removal=True)
    wrap(shutil, "move")
    wrap(Path, "write_text")
    wrap(release, "write_changelog")
    original_generate = generate.generate_into

    def generate_then_arm(*args: Any, **kwargs: Any) -> Any:
        result = original_generate(*args, **kwargs)
        seen["armed"] = True
        return result

    monkeypatch.setattr(generate, "generate_into", generate_then_arm)
    return lambda: int(seen["n"])


def _kill_points() -> Iterator[int]:
    yield from range(1, 10)


@pytest.mark.parametrize("at", list(_kill_points()))
def test_a_kill_at_any_change_is_recovered_by_the_next_build(
    at: int, tmp_path: Path, versions: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed at the n-th file-system change: the old or the new tree is in place, and the next build finishes."""
    from ordertools import build, staging

    root = tmp_path / "root"
    shutil.copytree(versions["base"], root)
    _edit_to_v11(root)
    with monkeypatch.context() as patched:
        changes = _kill_switch(patched, at)
        try:
            build.main(["--root", str(root), "--no-smoke"])
        except Killed:
            pass
        else:
            assert changes() < at
            pytest.skip(f"the replacement makes only {changes()} file-system changes")
    if staging.ATOMIC_EXCHANGE:
        assert _state(root) in (versions["old"], versions["new"]), "a kill never leaves a half-replaced tree"
    _recovered(root, versions)


CHECKPOINTS = ("staged", "committed", "swapped", "changelog", "finished")


@pytest.mark.parametrize("point", CHECKPOINTS)
def test_sigkill_at_each_checkpoint_is_recovered(point: str, tmp_path: Path, versions: dict[str, Any]) -> None:
    """A real SIGKILL of the build process at each checkpoint of the replacement, then an ordinary build."""
    from ordertools import staging

    root = tmp_path / "root"
    shutil.copytree(versions["base"], root)
    _edit_to_v11(root)
    env = {**os.environ, staging.KILL_ENV: point}
    result = subprocess.run(
        [sys.executable, "-m", "ordertools", "build", "--root", str(root), "--no-smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == -signal.SIGKILL, result.stdout + result.stderr
    if staging.ATOMIC_EXCHANGE:
        assert _state(root) in (versions["old"], versions["new"])
    _recovered(root, versions)


def test_check_reports_an_interrupted_build_without_touching_it(tmp_path: Path, versions: dict[str, Any]) -> None:
    """`--check` after a kill names the unfinished replacement and changes nothing; the build then finishes it."""
    from ordertools import build, staging

    root = tmp_path / "root"
    shutil.copytree(versions["base"], root)
    _edit_to_v11(root)
    env = {**os.environ, staging.KILL_ENV: "committed"}
    cmd = [sys.executable, "-m", "ordertools", "build", "--root", str(root), "--no-smoke"]
    assert subprocess.run(cmd, env=env, capture_output=True, check=False, timeout=300).returncode == -signal.SIGKILL
    before = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    assert build.main(["--root", str(root), "--no-smoke", "--check"]) == 1
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*")) == before
    _recovered(root, versions)


def test_a_second_build_in_the_same_root_is_refused_while_one_runs(tmp_path: Path) -> None:
    """Two builds of one checkout would sweep each other's staging: the second stops with a clear message."""
    from ordertools import build, staging

    root = make_root(tmp_path)
    with staging.Staging(root):
        assert build.main(["--root", str(root), "--no-smoke"]) == 2
    assert build.main(["--root", str(root), "--no-smoke"]) == 0
