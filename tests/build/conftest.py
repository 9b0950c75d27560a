"""Fixtures for the build-pipeline tests: a scratch project root with the widgets spec."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _load(name: str) -> ModuleType:
    """Import a script module; private helpers by name, entry points by file path."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    if name.startswith("_"):
        return importlib.import_module(name)
    module_name = f"ordersdk_script_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, SCRIPTS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    return _load("build")


@pytest.fixture(scope="session")
def speclint() -> ModuleType:
    return _load("_speclint")


@pytest.fixture(scope="session")
def generate_mod() -> ModuleType:
    return _load("_generate")


def make_root(tmp: Path, *, spec: str = "widgets.yaml", config: str = "widgets.config.yaml") -> Path:
    """A project root with one API, ``widgets``, from the named fixture files."""
    (tmp / "specs").mkdir(parents=True)
    shutil.copy(FIXTURES / spec, tmp / "specs" / "widgets.yaml")
    shutil.copy(FIXTURES / config, tmp / "specs" / "widgets.config.yaml")
    return tmp


@pytest.fixture(scope="session")
def built_root(tmp_path_factory: pytest.TempPathFactory, build_script: ModuleType) -> Path:
    """A root whose widgets client has been generated once (shared: generation takes seconds)."""
    root = make_root(tmp_path_factory.mktemp("built"))
    assert build_script.main(["--root", str(root), "--no-smoke"]) == 0
    return root
