"""redocly.yaml at the repository root lints every spec, on top of Redocly's recommended ruleset."""

from __future__ import annotations

import yaml

from tests.specs._spectools import ROOT


def test_redocly_config_covers_every_spec() -> None:
    """Each specs/<api>.yaml is an API of the Redocly config (a new spec cannot be left out of `redocly lint`)."""
    config = yaml.safe_load((ROOT / "redocly.yaml").read_text(encoding="utf-8"))
    assert config["extends"] == ["recommended"]
    specs = {f"specs/{p.name}" for p in (ROOT / "specs").glob("*.yaml") if not p.name.endswith(".config.yaml")}
    assert {api["root"] for api in config["apis"].values()} == specs
    assert set(config["apis"]) == {path.removeprefix("specs/").removesuffix(".yaml") for path in specs}
