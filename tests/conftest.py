"""Suite-wide: a run leaves nothing behind in the checkout, and Hypothesis keeps no example database here."""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

ROOT = Path(__file__).resolve().parents[1]
#: What a run may leave: tool caches and the environment, all listed in .gitignore.
ALLOWED = (".venv/", ".pytest_cache/", ".mypy_cache/", ".ruff_cache/")
_BEFORE = pytest.StashKey[set[str] | None]()

# Hypothesis (under Schemathesis too) would write .hypothesis/ (examples, cached constants) into the
# working directory: no example database, and its home in a temporary directory removed at exit.
settings.register_profile("ordersdk", database=None)
settings.load_profile("ordersdk")
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="ordersdk-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME)
atexit.register(shutil.rmtree, _HYPOTHESIS_HOME, ignore_errors=True)


def _leftovers() -> set[str] | None:
    """Untracked and ignored paths in the checkout (``None`` outside a git checkout)."""
    git = shutil.which("git")
    if git is None or not (ROOT / ".git").exists():
        return None
    result = subprocess.run(
        [git, "status", "--porcelain", "--untracked-files=all", "--ignored=matching"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return None
    paths = {line[3:] for line in result.stdout.splitlines() if line[:2] in ("??", "!!")}
    return {p for p in paths if "__pycache__/" not in p and not p.startswith(ALLOWED)}


def pytest_sessionstart(session: pytest.Session) -> None:
    session.config.stash[_BEFORE] = _leftovers()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if it created files in the checkout (reports, caches, builds: they belong in a temp dir)."""
    before = session.config.stash.get(_BEFORE, None)
    after = _leftovers()
    if before is None or after is None:
        return
    new = sorted(after - before)
    if new:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                f"the run left {len(new)} new file(s) in the checkout: " + ", ".join(new[:10]), red=True
            )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
