"""Fixtures for the build-pipeline tests: a scratch project root with the widgets spec."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest
from ordertools import build, generate
from ordertools import speclint as speclint_module

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    return build


@pytest.fixture(scope="session")
def speclint() -> ModuleType:
    return speclint_module


@pytest.fixture(scope="session")
def generate_mod() -> ModuleType:
    return generate


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
