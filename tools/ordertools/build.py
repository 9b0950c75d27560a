"""Validate every spec, regenerate the clients that changed, and smoke-test them.

The one entry point for regeneration (CI calls it too)::

    uv run scripts/build.py              # validate, regenerate what changed, smoke every client
    uv run scripts/build.py --check      # drift check: regenerate into a temp dir, diff with generated/
    uv run scripts/build.py --force      # regenerate everything
    uv run scripts/build.py --only lagerkoll --only seventime

Per API it reports one of: ``skipped`` (inputs and output unchanged since the last build),
``generated``, ``up to date`` / ``drift`` (``--check``) or ``failed``; then a summary table.
Exit status is 1 when anything failed or drifted.
"""

from __future__ import annotations

import argparse
import datetime
import importlib
import importlib.util
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from ordersdk import _bindings as overlay_bindings  # the overlays' spec names (private; ours)
from rich.console import Console
from rich.table import Table

from . import distributions
from . import docdiff as _docdiff
from . import generate as _generate
from . import provenance as _provenance
from . import release as _release
from . import staging as _staging
from .generate import Target, TargetError
from .paths import ROOT
from .speclint import lint, load_spec
from .staging import BuildBusy, ChangelogEntry, Staging

console = Console(highlight=False, soft_wrap=True)


@dataclass
class Outcome:
    """What happened to one API in this run."""

    api: str
    status: str = "pending"
    detail: list[str] = field(default_factory=list)
    smoke: str = ""
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return self.status in {"failed", "drift"}


def validate(target: Target) -> tuple[dict[str, Any] | None, list[str]]:
    """The parsed spec and all its problems as printable lines (none when valid)."""

    root = target.out_dir.parent.parent
    spec, problems = lint(target.spec, display=str(target.spec.relative_to(root)))
    return spec, [str(p) for p in problems]


def _import_from(folder: Path, name: str) -> ModuleType:
    """Import package ``name`` from ``folder`` (its submodules too) without touching ``sys.path``."""
    spec = importlib.util.spec_from_file_location(
        name, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no package {name} in {folder}", name=name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _import_built(target: Target) -> tuple[ModuleType, str]:
    """The client package of ``target``'s tree (the installed one when it is that tree), and a note."""
    importlib.invalidate_caches()
    for name in [m for m in sys.modules if m == target.package_name or m.startswith(target.package_name + ".")]:
        del sys.modules[name]
    folder = (target.out_dir / target.package_name).resolve()
    found = importlib.util.find_spec(target.package_name)
    origin = Path(found.origin).resolve().parent if found is not None and found.origin else None
    if origin == folder:
        return importlib.import_module(target.package_name), ""
    # Not installed here (a new API), or installed from another checkout (a --root build): use this tree's.
    where = "not installed here; add it to the workspace" if found is None else f"the installed one is {origin}"
    return _import_from(folder, target.package_name), f" (from {target.out_dir.name}: {where})"


def smoke(target: Target) -> str:
    """Import the generated package and check the hand-written code's spec names against the spec just built;
    then call the client against the embedded mock serving that spec.

    Fails naming the module and the name when the mock's behaviour module or an overlay's pagination relies
    on a name the spec no longer has.
    """
    module, note = _import_built(target)
    if getattr(module, "Client", None) is None:
        raise RuntimeError(f"{target.package_name} has no Client class")
    document = _release.load_baseline(target.spec_file())
    source = str(target.spec.relative_to(target.out_dir.parent.parent))
    overlay = document is not None and importlib.util.find_spec(f"ordersdk.{target.api}") is not None
    if overlay and (problems := overlay_bindings.problems(target.api, document, source)):
        raise RuntimeError(
            f"{len(problems)} name(s) the overlays rely on are not in the spec:\n  " + "\n  ".join(problems)
        )
    try:
        import ordermock
    except ImportError:
        return "imported" + note
    if target.api not in getattr(ordermock, "ALL_APIS", ()) or not hasattr(ordermock, "smoke"):
        return "imported (no mock for this API yet)" + note
    return f"imported; mock: {ordermock.smoke(target.api, document, source)}" + note


def load(target: Target) -> dict[str, Any]:
    spec, _, _ = load_spec(target.spec)
    assert spec is not None, "validated specs parse"
    return spec


def baseline_writer(target: Target, spec: dict[str, Any]) -> _generate.Finalize:
    return lambda out_dir: _release.save_baseline(target.spec_file(out_dir), spec)


def generate(target: Target, spec: dict[str, Any], outcome: Outcome, area: Staging | None = None) -> None:
    """Version gate, then generation: the new client and its changelog entry replace the old as one step."""
    old = _release.load_baseline(target.spec_file())
    if old is not None and (error := _release.check_version(old, spec)):
        outcome.status = "failed"
        outcome.detail.append(f"{target.spec.name}: {error}")
        return
    changelog = target.spec.with_name(f"CHANGELOG-{target.api}.md")
    entry, changes = _release.plan_release(target.api, old, spec, datetime.date.today())
    messages = _generate.build(
        target,
        baseline_writer(target, spec),
        area=area,
        changelog=ChangelogEntry(changelog, target.api, entry) if entry is not None else None,
    )
    if messages:
        outcome.status = "failed"
        outcome.detail += ["the generator reported (warnings fail the build):", *(str(m) for m in messages)]
        return
    outcome.status = "generated"
    if old is None:
        outcome.detail.append(f"changelog: {changelog.name}: first release recorded")
    elif changes:
        outcome.detail.append(f"changelog: {changelog.name} updated ({len(changes)} change(s))")


def coverage(target: Target, docs: Path | None) -> str:
    """x-doc provenance coverage, from the built baseline (cheap) or the spec; with ``docs``, also the documents
    that changed since their fingerprints were recorded (``specs/<api>.docmap.json``)."""
    spec = _release.load_baseline(target.spec_file()) if _generate.up_to_date(target) else None
    report = _provenance.coverage_report(target.api, spec if spec is not None else load(target), docs)
    changed = _docdiff.drift(target.out_dir.parent.parent, target.api, docs) if docs is not None else []
    return "\n".join([report, *(f"  docs: {line}" for line in changed)])


def build_steps(target: Target, outcome: Outcome, *, check: bool, force: bool, area: Staging | None = None) -> None:
    """Skip, or validate then generate (or, with ``check``, regenerate and compare)."""
    if not check and not force and _generate.up_to_date(target):
        outcome.status = "skipped"
        return
    spec, problems = validate(target)
    if spec is None or problems:
        outcome.status = "failed"
        outcome.detail += [f"validation: {len(problems)} problem(s)", *problems]
        return
    outcome.detail.append("validated: OpenAPI 3.1, project rules, examples")
    if not check:
        generate(target, spec, outcome, area)
        return
    messages, drift = _generate.check(target, baseline_writer(target, spec))
    if messages:
        outcome.status = "failed"
        outcome.detail += [str(m) for m in messages]
    elif drift:
        outcome.status = "drift"
        outcome.detail.append(drift.summary())
    else:
        outcome.status = "up to date"


def run_one(
    target: Target,
    *,
    check: bool,
    force: bool,
    do_smoke: bool,
    docs: Path | None = None,
    area: Staging | None = None,
) -> Outcome:
    outcome = Outcome(target.api)
    started = time.perf_counter()
    try:
        build_steps(target, outcome, check=check, force=force, area=area)
        if do_smoke and not outcome.failed and not check:
            outcome.smoke = smoke(target)
        if not outcome.failed:
            outcome.detail += coverage(target, docs).splitlines()
    except Exception as exc:  # a build step crashed: report it as this API's failure
        outcome.status = "failed"
        outcome.detail.append(f"{type(exc).__name__}: {exc}")
    outcome.seconds = time.perf_counter() - started
    return outcome


_STYLE = {"failed": "red", "drift": "red", "generated": "green", "up to date": "green", "skipped": "dim"}


def report(outcome: Outcome) -> None:
    style = _STYLE.get(outcome.status, "")
    console.print(f"[{style}]{outcome.api:<16} {outcome.status}[/]  ({outcome.seconds:.2f}s)")
    for line in outcome.detail:
        console.print("  " + line, markup=False)


def summary(outcomes: list[Outcome]) -> None:
    table = Table(title="build summary")
    for column in ("API", "status", "smoke", "seconds"):
        table.add_column(column)
    for o in outcomes:
        style = _STYLE.get(o.status, "")
        table.add_row(o.api, f"[{style}]{o.status}[/]", o.smoke or "-", f"{o.seconds:.2f}")
    console.print(table)


def client_ranges(root: Path, *, check: bool) -> str | None:
    """Keep ``ordersdk``'s dependency ranges on the clients in step with the built clients' versions."""
    built = []
    for target in _generate.discover(root):
        spec = _release.load_baseline(target.spec_file())
        if spec is not None:
            built.append((target, str(spec["info"]["version"])))
    return distributions.sync_client_ranges(root, built, check=check)


def relock_if_needed(root: Path, outcomes: list[Outcome], *, ranges_changed: bool) -> str | None:
    """Keep uv.lock in step when a client's version or ``ordersdk``'s client ranges changed; else leave it alone.

    Uses the uv that runs the build (``$UV``, set by ``uv run``), never whichever uv is first on ``PATH``: another
    uv version rewrites the whole lock in its own format. ``uv lock --check`` first; ``uv lock`` only when the
    lock is really out of step, and without ``--upgrade``, so every locked version stays. Returns a line to
    print, or ``None`` when there was nothing to do. Without ``$UV`` the lock is not touched (the line says so).
    """
    changed = ranges_changed or any(o.status == "generated" for o in outcomes)
    if not changed or not (root / "uv.lock").exists():
        return None
    uv = os.environ.get("UV")
    if not uv:
        return "uv.lock: not checked (the build was not started by `uv run`); run `uv lock --check` yourself"
    if subprocess.run([uv, "lock", "--check", "--quiet"], cwd=root, capture_output=True).returncode == 0:
        return None
    result = subprocess.run([uv, "lock", "--quiet"], cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return f"uv.lock: `uv lock` failed: {(result.stderr or result.stdout).strip()[:500]}"
    return "uv.lock: updated for the new client versions (`uv lock`, no upgrades; commit it with the clients)"


def build_all(targets: list[Target], args: argparse.Namespace, area: Staging | None) -> list[Outcome]:
    outcomes = []
    for target in targets:
        outcome = run_one(
            target, check=args.check, force=args.force, do_smoke=not args.no_smoke, docs=args.docs, area=area
        )
        report(outcome)
        outcomes.append(outcome)
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="regenerate into a temp dir and diff with generated/")
    parser.add_argument("--force", action="store_true", help="regenerate even when the inputs did not change")
    parser.add_argument("--only", action="append", metavar="API", help="limit to one API (repeatable)")
    parser.add_argument("--no-smoke", action="store_true", help="skip the import + mock smoke step")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root holding specs/ and generated/")
    parser.add_argument("--docs", type=Path, help="vendor documents: also list their headings no operation cites")
    args = parser.parse_args(argv)

    try:
        targets = _generate.discover(args.root.resolve(), args.only)
    except TargetError as exc:
        console.print(f"[red]error:[/] {exc}")
        return 2
    if not targets:
        console.print("[red]error:[/] no specs found under specs/")
        return 2
    root = args.root.resolve()
    if args.check:
        outcomes, unfinished = build_all(targets, args, None), _staging.pending(root)
        for out_dir in unfinished:
            console.print(f"[red]drift:[/] {out_dir}: an interrupted build left its replacement unfinished")
    else:
        try:
            with Staging(root) as area:
                for line in area.recovered:
                    console.print(line)
                outcomes, unfinished = build_all(targets, args, area), []
        except BuildBusy as exc:
            console.print(f"[red]error:[/] {exc}")
            return 2
    ranges = client_ranges(root, check=args.check)
    if ranges:
        console.print(("[red]drift:[/] " if args.check else "") + ranges, markup=args.check)
    lock = None if args.check else relock_if_needed(root, outcomes, ranges_changed=ranges is not None)
    if lock:
        console.print(lock, markup=False)
    summary(outcomes)
    failed = [o.api for o in outcomes if o.failed] + (["ordersdk client ranges"] if args.check and ranges else [])
    failed += [f"{out_dir} (interrupted build)" for out_dir in unfinished]
    failed += ["uv.lock"] if lock and "failed" in lock else []
    if failed:
        hint = " (run `uv run scripts/build.py`; never edit generated/ by hand)" if args.check else ""
        console.print(f"[red]failed:[/] {', '.join(failed)}{hint}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
