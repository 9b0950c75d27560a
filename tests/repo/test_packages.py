"""After `uv sync`, every generated client and the overlays import with no further steps."""

from __future__ import annotations

import importlib
import importlib.metadata
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted(p for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".config.yaml"))


def _config(spec: Path) -> dict[str, str]:
    return dict(yaml.safe_load(spec.with_name(f"{spec.stem}.config.yaml").read_text()))


@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_generated_package_is_installed_with_the_spec_version(spec: Path) -> None:
    """`<api>_client` imports from the environment (not a path hack) at the spec's info.version."""
    config = _config(spec)
    package, project = config["package_name_override"], config["project_name_override"]
    assert package == f"{spec.stem}_client"
    module = importlib.import_module(package)
    assert Path(module.__file__ or "").is_relative_to(ROOT / "generated" / project)
    spec_version = str(yaml.safe_load(spec.read_text())["info"]["version"])
    assert importlib.metadata.version(project) == spec_version


@pytest.mark.parametrize("spec", SPECS, ids=[p.stem for p in SPECS])
def test_generated_package_is_a_dependency_of_the_root_project(spec: Path) -> None:
    """The root pyproject depends on each client as a workspace member, so `uv sync` installs it."""
    project = _config(spec)["project_name_override"]
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project in pyproject["project"]["dependencies"]
    assert pyproject["tool"]["uv"]["sources"][project] == {"workspace": True}


def test_overlay_and_mock_packages_import() -> None:
    """The hand-written packages are importable and typed (py.typed shipped)."""
    for name in ("ordersdk", "ordermock"):
        module = importlib.import_module(name)
        assert (Path(module.__file__ or "").parent / "py.typed").is_file()
