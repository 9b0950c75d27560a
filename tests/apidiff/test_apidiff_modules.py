"""The split of the API diff into modules: every `__all__` is honest, and each module imports alone."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from .conftest import SCRIPTS

MODULES = ("_apidiff", "_diffrules", "_specwalk", "_release", "_provenance")


def test_every_name_in_all_exists() -> None:
    """Each module's `__all__` names only what it has."""
    for name in MODULES:
        module = importlib.import_module(name)
        missing = [n for n in module.__all__ if not hasattr(module, n)]
        assert not missing, f"{name}: {missing}"


@pytest.mark.parametrize("first", MODULES)
def test_each_module_imports_first_in_a_fresh_interpreter(first: str) -> None:
    """No import cycle bites: any module can be the first one imported, and the others then load."""
    code = (
        f"import sys; sys.path.insert(0, {str(SCRIPTS)!r}); import {first}; import _release, _provenance; "
        "print(_release.check_version.__module__, _provenance.coverage_report.__module__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["_release", "_provenance"]
