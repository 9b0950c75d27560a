"""The workspace's distributions: names, versions, dependency ranges, honest public surfaces."""

from __future__ import annotations

import importlib
import importlib.metadata
import pkgutil
import tomllib
from pathlib import Path

import ordermock
import ordersdk
import ordersdk_runtime
import ordertools
import pytest
import yaml
from ordertools.distributions import client_range
from ordertools.generate import discover
from ordertools.paths import ROOT

TARGETS = discover(ROOT)
IDS = [t.api for t in TARGETS]


def _pyproject(path: Path) -> dict[str, object]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _spec_version(api: str) -> str:
    return str(yaml.safe_load((ROOT / "specs" / f"{api}.yaml").read_text())["info"]["version"])


@pytest.mark.parametrize("target", TARGETS, ids=IDS)
def test_generated_client_is_a_namespaced_distribution_at_the_spec_version(target: object) -> None:
    """`<api>_client` imports from generated/<api>-client, installed as `ordersdk-<api>-client` at info.version."""
    from ordertools.generate import Target

    assert isinstance(target, Target)
    assert target.package_name == f"{target.api}_client"
    assert target.project_name == f"ordersdk-{target.api.replace('_', '-')}-client"
    module = importlib.import_module(target.package_name)
    assert Path(module.__file__ or "").is_relative_to(target.out_dir)
    assert importlib.metadata.version(target.project_name) == _spec_version(target.api)


def test_ordersdk_depends_on_each_client_with_the_range_of_its_spec_version() -> None:
    """overlays/pyproject.toml: `ordersdk-<api>-client>=X.Y,<X+1` for every spec, nothing unversioned."""
    dependencies = _pyproject(ROOT / "overlays" / "pyproject.toml")["project"]["dependencies"]  # type: ignore[index]
    expected = {f"{t.project_name}{client_range(_spec_version(t.api))}" for t in TARGETS}
    clients = {d for d in dependencies if "-client" in d}
    assert clients == expected


def test_ordersdk_needs_only_its_run_time_imports() -> None:
    """SDK users never install the generator, rich, a spec validator, PyYAML or the mock's server.

    jsonschema-rs checks response bodies against their schemas (connect()'s tolerant and strict reading).
    """
    requires = importlib.metadata.requires("ordersdk") or []
    names = {r.split(">")[0].split("=")[0].split("<")[0].split(";")[0].strip() for r in requires if "extra" not in r}
    expected = {"httpx", "pyjwt", "jsonschema-rs", "ordersdk-runtime"} | {t.project_name for t in TARGETS}
    assert names == expected


def test_generated_clients_share_one_runtime_and_need_nothing_of_ordersdk() -> None:
    """Each client depends on ordersdk-runtime (one UNSET, open enums, the reading hook), never on ordersdk."""
    for target in TARGETS:
        requires = importlib.metadata.requires(target.project_name) or []
        names = {r.split(">")[0].split("=")[0].split("<")[0].strip() for r in requires}
        assert names == {"httpx", "attrs", "ordersdk-runtime"}, target.api
    assert (importlib.metadata.requires("ordersdk-runtime") or []) == []


def test_every_distribution_is_a_workspace_member_installed_from_the_workspace() -> None:
    """The root installs the three hand-written distributions, and sources every member from the workspace."""
    root = _pyproject(ROOT / "pyproject.toml")
    sources = root["tool"]["uv"]["sources"]  # type: ignore[index]
    members = ["ordersdk", "ordersdk-runtime", "ordersdk-mock", "ordersdk-tools", *(t.project_name for t in TARGETS)]
    assert all(sources[name] == {"workspace": True} for name in members)
    assert root["tool"]["uv"]["package"] is False  # type: ignore[index]
    assert importlib.metadata.version("ordersdk-tools") == "0.0.0"
    assert "Private :: Do Not Upload" in (importlib.metadata.metadata("ordersdk-tools").get_all("Classifier") or [])


@pytest.mark.parametrize("package", [ordersdk, ordersdk_runtime, ordermock, ordertools], ids=lambda p: p.__name__)
def test_every_module_all_names_only_what_it_has(package: object) -> None:
    """Each module's `__all__` is honest (the public surface is stated once and true)."""
    path = package.__path__  # type: ignore[attr-defined]
    name = package.__name__  # type: ignore[attr-defined]
    for info in pkgutil.walk_packages(path, prefix=f"{name}."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        missing = [n for n in getattr(module, "__all__", []) if not hasattr(module, n)]
        assert not missing, f"{info.name}: {missing}"


def test_hand_written_packages_are_typed() -> None:
    """ordersdk, ordersdk_runtime and ordermock ship py.typed."""
    for module in (ordersdk, ordersdk_runtime, ordermock):
        assert (Path(module.__file__ or "").parent / "py.typed").is_file()
