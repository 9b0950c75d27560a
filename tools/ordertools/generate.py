"""Client generation for ``scripts/build.py``: targets, input hashing, generation, drift.

Generation runs openapi-python-client in-process (its problems come back as values, not
log lines) into a staging folder next to ``generated/``, and replaces ``generated/<project>/`` only
when the run produced neither errors nor warnings, as one recoverable transaction together with
its changelog entry (:mod:`ordertools.staging`): a failed or killed build never leaves half a client.

Each generated project carries a stamp, ``.build-stamp.json``, with the digest of its inputs
(spec, generator config, generator and formatter versions, this recipe) and of its output
tree. A build whose stamp matches both is skipped; the drift check regenerates into a
temporary directory and compares whole trees, stamp included.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import io
import json
import shlex
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

from .staging import NEW, ChangelogEntry, Staging

STAMP = ".build-stamp.json"
#: The spec a client was built from (normalized JSON), shipped inside the generated package: ``ordersdk`` and
#: ``ordermock`` read every vendor fact from it at run time, the version gate diffs against it, and
#: ``--check`` reproduces it like any other generated file.
SPEC_FILE = "openapi.json"
# Bump when the way we call the generator changes (meta type, hooks, flags): it is part of
# every input digest, so all clients regenerate.
RECIPE = "meta=uv;hooks=ruff-fix,ruff-format;no-cache;baseline;templates;v3"
#: Our custom templates (``--custom-template-path``): each file overrides the generator's template of the same
#: name; every file says what it changes and why, and CONTRIBUTING says how to re-sync them on an upgrade.
#: They are part of every input digest, so editing one regenerates all clients.
TEMPLATES = Path(__file__).parent / "templates"
_IGNORED = {"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"}


@dataclass(frozen=True)
class Target:
    """One spec and where its client goes."""

    api: str
    spec: Path
    config: Path
    project_name: str
    package_name: str
    out_dir: Path

    @property
    def stamp(self) -> Path:
        return self.out_dir / STAMP

    def spec_file(self, out_dir: Path | None = None) -> Path:
        """Where the built spec lives in ``out_dir`` (default: the committed tree)."""
        return (out_dir or self.out_dir) / self.package_name / SPEC_FILE


@dataclass(frozen=True)
class GeneratorMessage:
    """A warning or error reported by openapi-python-client, kept as a value."""

    level: str
    header: str
    detail: str

    def __str__(self) -> str:
        detail = self.detail.strip().replace("\n", "\n    ")
        return f"{self.level}: {self.header.strip()}" + (f"\n    {detail}" if detail else "")


class TargetError(Exception):
    """A spec or its generator config is missing or unusable."""


def discover(root: Path, only: list[str] | None = None) -> list[Target]:
    """Every ``specs/<api>.yaml`` (generator configs, ``*.config.yaml``, excluded)."""
    specs = sorted(p for p in (root / "specs").glob("*.yaml") if not p.name.endswith(".config.yaml"))
    known = {p.stem for p in specs}
    if only:
        unknown = sorted(set(only) - known)
        if unknown:
            raise TargetError(f"no spec for {', '.join(unknown)}; known APIs: {', '.join(sorted(known))}")
        specs = [p for p in specs if p.stem in only]
    return [target_for(root, spec) for spec in specs]


def target_for(root: Path, spec: Path) -> Target:
    """Read the generator config next to ``spec`` and derive the output location."""
    api = spec.stem
    config = spec.with_name(f"{api}.config.yaml")
    if not config.is_file():
        raise TargetError(f"{spec}: generator config {config.name} is missing next to the spec")
    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise TargetError(f"{config}: not valid YAML: {exc}") from exc
    folder = f"{api.replace('_', '-')}-client"
    project = data.get("project_name_override") or f"ordersdk-{folder}"
    package = data.get("package_name_override") or f"{api}_client"
    return Target(api, spec, config, project, package, root / "generated" / folder)


def inputs_digest(target: Target) -> str:
    """Digest of everything that determines the generated output."""
    h = hashlib.sha256()
    for part in (
        target.spec.read_bytes(),
        target.config.read_bytes(),
        version("openapi-python-client").encode(),
        version("ruff").encode(),
        RECIPE.encode(),
        *(f"{path.relative_to(TEMPLATES).as_posix()}\n".encode() + path.read_bytes() for path in _files(TEMPLATES)),
    ):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


def _files(root: Path, *, with_stamp: bool = False) -> Iterator[Path]:
    if not root.is_dir():
        return
    for path in sorted(root.rglob("*")):
        rel_parts = path.relative_to(root).parts
        if not path.is_file() or _IGNORED.intersection(rel_parts):
            continue
        if with_stamp or rel_parts != (STAMP,):
            yield path


def tree_digest(root: Path) -> str:
    """Digest of a generated tree (relative paths and contents), the stamp excluded."""
    h = hashlib.sha256()
    for path in _files(root):
        rel = path.relative_to(root).as_posix().encode()
        data = path.read_bytes()
        h.update(len(rel).to_bytes(8, "big") + rel + len(data).to_bytes(8, "big"))
        h.update(data)
    return h.hexdigest()


def read_stamp(target: Target) -> dict[str, Any]:
    try:
        data = json.loads(target.stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_stamp(target: Target, out_dir: Path, inputs: str) -> None:
    stamp = {
        "spec": target.spec.name,
        "inputs_sha256": inputs,
        "outputs_sha256": tree_digest(out_dir),
        "generator": f"openapi-python-client {version('openapi-python-client')}",
        "formatter": f"ruff {version('ruff')}",
    }
    (out_dir / STAMP).write_text(json.dumps(stamp, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def up_to_date(target: Target) -> bool:
    """Whether the committed output still matches its inputs and was not edited."""
    stamp = read_stamp(target)
    return (
        bool(stamp)
        and stamp.get("inputs_sha256") == inputs_digest(target)
        and stamp.get("outputs_sha256") == tree_digest(target.out_dir)
    )


def _ruff() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return shlex.quote(str(find_ruff_bin()))


def generate_into(target: Target, dest: Path) -> list[GeneratorMessage]:
    """Run openapi-python-client for ``target`` into ``dest`` (created; must not exist)."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType

    config_file = ConfigFile.load_from_path(target.config)
    config = Config.from_sources(config_file, MetaType.UV, target.spec, "utf-8", overwrite=True, output_path=dest)
    ruff = _ruff()
    # The pinned formatter, never a cache directory inside the output.
    config.post_hooks = [f"{ruff} check --fix-only --no-cache .", f"{ruff} format --no-cache ."]
    with contextlib.redirect_stdout(io.StringIO()):
        errors = generate(config=config, custom_template_path=TEMPLATES)
    return [GeneratorMessage(e.level.value, e.header or "", e.detail or "") for e in errors]


Finalize = Callable[[Path], None]
"""Writes files derived from the inputs (e.g. the spec baseline) into a fresh output tree."""


def build(
    target: Target,
    finalize: Finalize | None = None,
    *,
    area: Staging | None = None,
    changelog: ChangelogEntry | None = None,
) -> list[GeneratorMessage]:
    """Regenerate ``target.out_dir``, replaced (with ``changelog`` written) only when the run was clean.

    ``area`` is the build's locked staging folder; without one, this call takes it for itself.
    """
    inputs = inputs_digest(target)
    with contextlib.ExitStack() as stack:
        if area is None:
            area = stack.enter_context(Staging(target.out_dir.parent.parent))
        txn = area.new(target.api)
        try:
            staged = txn / NEW
            messages = generate_into(target, staged)
            if messages:
                return messages
            if finalize:
                finalize(staged)
            write_stamp(target, staged, inputs)
            area.replace(txn, target.out_dir, changelog)
        finally:
            area.discard(txn)  # nothing once committed: a committed replacement is finished, now or by recovery
    return []


@dataclass
class Drift:
    """How a committed generated tree differs from a fresh generation."""

    added: list[str]
    removed: list[str]
    changed: dict[str, str]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self, limit: int = 12) -> str:
        lines: list[str] = []
        for rel in self.removed:
            lines.append(f"  missing from generated/ (would be created): {rel}")
        for rel in self.added:
            lines.append(f"  not produced by the generator (hand-added?): {rel}")
        for rel, diff in self.changed.items():
            lines.append(f"  differs: {rel}")
            excerpt = diff.splitlines()[:limit]
            lines.extend("      " + line for line in excerpt)
            if len(diff.splitlines()) > limit:
                lines.append("      ...")
        return "\n".join(lines)


def compare_trees(committed: Path, fresh: Path) -> Drift:
    """Compare the committed tree with a fresh one; diffs read as committed -> fresh."""
    ours = {p.relative_to(committed).as_posix(): p for p in _files(committed, with_stamp=True)}
    theirs = {p.relative_to(fresh).as_posix(): p for p in _files(fresh, with_stamp=True)}
    changed: dict[str, str] = {}
    for rel in sorted(ours.keys() & theirs.keys()):
        a, b = ours[rel].read_bytes(), theirs[rel].read_bytes()
        if a != b:
            diff = difflib.unified_diff(
                a.decode("utf-8", "replace").splitlines(),
                b.decode("utf-8", "replace").splitlines(),
                f"generated (committed)/{rel}",
                f"generated (fresh)/{rel}",
                lineterm="",
                n=1,
            )
            changed[rel] = "\n".join(diff)
    return Drift(sorted(ours.keys() - theirs.keys()), sorted(theirs.keys() - ours.keys()), changed)


def check(target: Target, finalize: Finalize | None = None) -> tuple[list[GeneratorMessage], Drift]:
    """Regenerate into a temporary directory and compare with the committed output."""
    with tempfile.TemporaryDirectory(prefix=f"check-{target.api}-") as tmp:
        fresh = Path(tmp) / target.project_name
        messages = generate_into(target, fresh)
        if messages:
            return messages, Drift([], [], {})
        if finalize:
            finalize(fresh)
        write_stamp(target, fresh, inputs_digest(target))
        return [], compare_trees(target.out_dir, fresh)
