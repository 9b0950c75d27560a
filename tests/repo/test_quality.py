"""Repository-wide gates: generated clients match their specs, code is linted and typed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_generated_clients_do_not_drift_from_specs() -> None:
    """`scripts/build.py --check` regenerates every client and finds no difference."""
    if not list((ROOT / "specs").glob("*.config.yaml")):
        pytest.skip("no specs yet")
    result = _run(sys.executable, "scripts/build.py", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_lint_and_format() -> None:
    """Hand-written code passes ruff's lint rules and is formatted."""
    lint = _run(sys.executable, "-m", "ruff", "check", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _run(sys.executable, "-m", "ruff", "format", "--check", ".")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_strict_on_hand_written_code() -> None:
    """Overlays, mock and scripts type-check under mypy --strict (config in pyproject.toml)."""
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
