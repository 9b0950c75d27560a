"""Installing what we ship, as another project would: built wheels in a fresh venv, and uv path sources.

Both consumers run ``consumer/smoke.py`` (a ``connect()`` call against the installed mock, in-process and
over HTTP, and a check that no developer tool came along), then write the README's example test ("In
your project's tests") and run it with pytest: the mock's pytest plugin comes with the package. The
path-source project is the README's "Use it from your project" block itself, so the README cannot
drift from what works.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ordertools.paths import ROOT

CONSUMER = Path(__file__).resolve().parent / "consumer"
README_BLOCK = re.compile(r"<!-- consumer-pyproject:[^\n]*-->\n```toml\n(?P<toml>.*?)```", re.DOTALL)
README_TEST = re.compile(r"<!-- consumer-test:[^\n]*-->\n```python\n(?P<code>.*?)```", re.DOTALL)
#: The README's example has seven tests (test_plugin.py runs it too).
README_TEST_COUNT = 7

pytestmark = pytest.mark.slow


def _uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    if not found:
        pytest.fail("uv is needed to build and install the distributions (run the suite with `uv run pytest`)")
    return found


def _clean_env() -> dict[str, str]:
    """This environment minus everything that would point uv or Python at the workspace's own venv."""
    drop = ("VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT", "PYTHONPATH", "UV_PROJECT", "PYTHONHOME")
    return {k: v for k, v in os.environ.items() if k not in drop}


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"{' '.join(map(str, args))}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def _readme(block: re.Pattern[str], name: str) -> str:
    match = block.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert match, f"README.md lost its {name} block"
    return match.group(1)


def _write_readme_test(project: Path) -> Path:
    """The README's example test file, as a consumer would save it."""
    tests = project / "tests"
    tests.mkdir()
    (tests / "test_purchase_orders.py").write_text(_readme(README_TEST, "consumer-test"), encoding="utf-8")
    return tests


def _assert_all_passed(result: subprocess.CompletedProcess[str]) -> None:
    assert f"{README_TEST_COUNT} passed" in result.stdout and "failed" not in result.stdout, result.stdout[-3000:]


def test_built_wheels_install_into_a_fresh_venv_without_the_dev_group(tmp_path: Path) -> None:
    """`uv build --all-packages` builds every distribution; ordersdk + ordersdk-mock install and work alone."""
    uv, dist = _uv(), tmp_path / "dist"
    _run(uv, "build", "--all-packages", "--quiet", "-o", dist, cwd=ROOT)
    built = sorted(p.name.split("-")[0] for p in dist.glob("*.whl"))
    assert built == sorted(
        [
            "ordersdk",
            "ordersdk_lagerkoll_client",
            "ordersdk_mock",
            "ordersdk_ordertime_client",
            "ordersdk_runtime",
            "ordersdk_sevensenders_client",
            "ordersdk_sevensenders_v2_client",
            "ordersdk_seventime_client",
            "ordersdk_tools",
        ]
    )
    venv = tmp_path / "venv"
    _run(uv, "venv", "--quiet", "--python", sys.executable, venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(
        uv,
        "pip",
        "install",
        "--quiet",
        "--python",
        python,
        "--find-links",
        dist,
        "ordersdk",
        "ordersdk-mock",
        "pytest",  # the consumer's own test runner; the mock's plugin needs nothing else
        cwd=tmp_path,
    )
    result = _run(python, CONSUMER / "smoke.py", cwd=tmp_path)
    assert "consumer smoke ok: lagerkoll,ordertime,sevensenders,sevensenders_v2,seventime" in result.stdout
    project = tmp_path / "project"
    project.mkdir()
    tests = _write_readme_test(project)
    _assert_all_passed(_run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests, cwd=project))


def test_the_readme_path_source_project_syncs_and_works(tmp_path: Path) -> None:
    """The README's consumer pyproject.toml (paths pointed at this checkout) syncs with uv, runs the smoke,
    and runs the README's example test with the pytest of its dev group."""
    project = tmp_path / "my-service"
    project.mkdir()
    toml = _readme(README_BLOCK, "consumer-pyproject")
    (project / "pyproject.toml").write_text(toml.replace("../ordersdk/", f"{ROOT.as_posix()}/"))
    uv = _uv()
    _run(uv, "sync", "--quiet", "--python", sys.executable, cwd=project)
    result = _run(uv, "run", "--quiet", "python", CONSUMER / "smoke.py", cwd=project)
    assert "consumer smoke ok" in result.stdout
    tests = _write_readme_test(project)
    _assert_all_passed(_run(uv, "run", "--quiet", "pytest", "-q", "-p", "no:cacheprovider", tests, cwd=project))
