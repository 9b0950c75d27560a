"""The split of the API diff into modules: `_apidiff` still offers every name, and each module imports alone."""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest

from .conftest import SCRIPTS

MODULES = ("_apidiff", "_diffrules", "_specwalk", "_release", "_provenance")


@pytest.mark.parametrize("owner", ["_diffrules", "_release", "_provenance"])
def test_apidiff_re_exports_each_public_name_of_its_parts(apidiff: ModuleType, owner: str) -> None:
    """`_apidiff.<name>` is the very object its owning module defines, and is listed in `_apidiff.__all__`."""
    module = importlib.import_module(owner)
    shared = [name for name in module.__all__ if name in apidiff.__all__]
    assert shared, f"{owner} contributes nothing to _apidiff"
    for name in shared:
        assert getattr(apidiff, name) is getattr(module, name), name


def test_every_name_in_all_exists(apidiff: ModuleType) -> None:
    """Each module's `__all__` names only what it has (lazily re-exported names included)."""
    for name in MODULES:
        module = importlib.import_module(name)
        missing = [n for n in module.__all__ if not hasattr(module, n)]
        assert not missing, f"{name}: {missing}"
    assert set(apidiff.__all__) <= set(dir(apidiff))


@pytest.mark.parametrize("first", MODULES)
def test_each_module_imports_first_in_a_fresh_interpreter(first: str) -> None:
    """No import cycle bites: any module can be the first one imported, and `_apidiff` then works in full."""
    code = (
        f"import sys; sys.path.insert(0, {str(SCRIPTS)!r}); import {first}; import _apidiff; "
        "print(_apidiff.check_version.__module__, _apidiff.coverage_report.__module__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["_release", "_provenance"]
