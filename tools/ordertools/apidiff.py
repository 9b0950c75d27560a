"""Show what changed in each API's spec since a git revision, classified for the generated clients' users.

    uv run scripts/apidiff.py                      # every API: HEAD vs the working tree
    uv run scripts/apidiff.py lagerkoll --base main~3 --format markdown
    uv run scripts/apidiff.py --fail-on-breaking   # CI: exit 1 if any change breaks a client
    uv run scripts/apidiff.py --coverage --docs ../shared/docs   # x-doc provenance per API

Exit codes: 0 fine, 1 breaking changes with ``--fail-on-breaking``, 2 usage error (unknown API or revision,
unreadable spec).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from ordersdk.spec import parse_document

from .diff import diff_specs
from .diffrules import Change, required_bump
from .provenance import coverage_report
from .release import changelog_entry, check_version, suggest_version

SPECS = "specs"


class UsageError(Exception):
    """A problem with the command line or the repository; printed without a traceback, exit code 2."""


@dataclass
class ApiDiff:
    """The comparison of one API's spec: ``status`` is ``new``, ``removed``, ``changed`` or ``unchanged``."""

    api: str
    status: str
    old_version: str | None
    new_version: str | None
    changes: list[Change] = field(default_factory=list)
    version_error: str | None = None

    @property
    def bump(self) -> str | None:
        return "major" if self.status == "removed" else required_bump(self.changes)

    @property
    def breaking(self) -> bool:
        return self.status == "removed" or any(c.breaking for c in self.changes)

    @property
    def suggested(self) -> str | None:
        bump = required_bump(self.changes)
        if self.status != "changed" or bump is None or self.old_version is None:
            return None
        try:
            return suggest_version(self.old_version, bump)
        except ValueError:
            return None

    def as_dict(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "status": self.status,
            "old_version": self.old_version,
            "new_version": self.new_version,
            "bump": self.bump,
            "suggested_version": self.suggested,
            "breaking": self.breaking,
            "version_error": self.version_error,
            "changes": [c.as_dict() for c in self.changes],
        }


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def _load(text: str, where: str) -> dict[str, Any]:
    try:
        return parse_document(text, where)
    except yaml.YAMLError as exc:
        raise UsageError(f"{where}: not valid YAML: {exc}") from exc
    except ValueError as exc:
        raise UsageError(f"{where}: not an OpenAPI document (top level is not a mapping)") from exc


def _is_spec(name: str) -> bool:
    return name.endswith(".yaml") and not name.endswith(".config.yaml")


def compare(root: Path, base: str, apis: list[str]) -> list[ApiDiff]:
    """Compare ``specs/<api>.yaml`` at revision ``base`` with the working tree, for ``apis`` (all if empty)."""
    if _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}").returncode != 0:
        raise UsageError(f"unknown revision {base!r}")
    listed = _git(root, "ls-tree", "--name-only", f"{base}:{SPECS}").stdout.split()
    at_base = {name.removesuffix(".yaml") for name in listed if _is_spec(name)}
    in_tree = {p.stem for p in (root / SPECS).glob("*.yaml") if _is_spec(p.name)}
    unknown = sorted(set(apis) - at_base - in_tree)
    if unknown:
        raise UsageError(f"unknown API(s): {', '.join(unknown)}; known: {', '.join(sorted(at_base | in_tree))}")
    results = []
    for api in apis or sorted(at_base | in_tree):
        where = f"{SPECS}/{api}.yaml"
        old = _load(_git(root, "show", f"{base}:{where}").stdout, f"{base}:{where}") if api in at_base else None
        new = _load((root / where).read_text(encoding="utf-8"), where) if api in in_tree else None
        results.append(_compare_one(api, old, new))
    return results


def _version(spec: dict[str, Any] | None) -> str | None:
    return None if spec is None else str((spec.get("info") or {}).get("version"))


def _compare_one(api: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> ApiDiff:
    if old is None or new is None:
        return ApiDiff(api, "new" if old is None else "removed", _version(old), _version(new))
    changes = diff_specs(old, new)
    status = "changed" if changes else "unchanged"
    return ApiDiff(api, status, _version(old), _version(new), changes, check_version(old, new))


_TAG = {"major": "BREAKING", "minor": "change", "patch": "docs"}


def render_text(diffs: list[ApiDiff]) -> str:
    """One block per API: a headline with the suggested bump, then one line per change."""
    out = []
    for d in diffs:
        if d.status in ("new", "removed"):
            what = "new API" if d.status == "new" else "API removed (breaking)"
            out.append(f"{d.api}: {what} ({d.new_version or d.old_version})")
            continue
        if d.status == "unchanged":
            out.append(f"{d.api}: no changes ({d.new_version})")
            continue
        breaking = sum(c.breaking for c in d.changes)
        head = f"{d.api}: {d.old_version} → {d.new_version}, {len(d.changes)} change(s), {breaking} breaking"
        out.append(f"{head}; suggested bump: {d.bump} (→ {d.suggested})")
        for c in sorted(d.changes, key=lambda c: -["patch", "minor", "major"].index(c.bump)):
            if c.kind != "docs-changed":
                out.append(f"  {_TAG[c.bump]:<9}{c.message}\n  {'':<9}at {c.location}")
        docs = [c.location for c in d.changes if c.kind == "docs-changed"]
        if docs:  # one line: documentation edits matter for the bump, not one by one
            more = f", and {len(docs) - 3} more" if len(docs) > 3 else ""
            out.append(f"  {'docs':<9}{len(docs)} documentation edit(s): {', '.join(docs[:3])}{more}")
        out.append(f"  version: {d.version_error or 'ok'}")
    return "\n".join(out)


def render_markdown(diffs: list[ApiDiff]) -> str:
    """The changelog form of each API's diff (as ``scripts/build.py`` writes it), one section per API."""
    parts = []
    for d in diffs:
        if d.status == "removed":
            parts.append(f"## {d.api}\n\n**API removed** (was {d.old_version}).\n")
        elif d.status == "unchanged":
            parts.append(f"## {d.api}\n\nNo changes.\n")
        else:
            old = None if d.status == "new" else d.old_version
            entry = changelog_entry(d.api, old, d.new_version or "?", d.changes)
            parts.append(entry + (f"\n> **Version:** {d.version_error}\n" if d.version_error else ""))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("apis", nargs="*", metavar="API", help="API names (specs/<API>.yaml); default: all")
    parser.add_argument("--base", default="HEAD", help="git revision to compare against (default: HEAD)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if any change is breaking")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.add_argument("--coverage", action="store_true", help="print x-doc provenance coverage instead")
    parser.add_argument("--docs", type=Path, help="(implies --coverage) also list document headings no operation cites")
    args = parser.parse_args(argv)
    root = Path(_git(Path.cwd(), "rev-parse", "--show-toplevel").stdout.strip() or Path.cwd())
    try:
        if args.coverage or args.docs:
            names = args.apis or sorted(p.stem for p in (root / SPECS).glob("*.yaml") if _is_spec(p.name))
            for api in names:
                where = root / SPECS / f"{api}.yaml"
                if not where.is_file():
                    raise UsageError(f"unknown API {api!r}: no {SPECS}/{api}.yaml")
                print(coverage_report(api, _load(where.read_text(encoding="utf-8"), str(where)), args.docs))
            return 0
        diffs = compare(root, args.base, args.apis)
    except UsageError as exc:
        print(f"apidiff: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps({"base": args.base, "apis": [d.as_dict() for d in diffs]}, indent=2))
    else:
        print(render_markdown(diffs) if args.format == "markdown" else render_text(diffs))
    return 1 if args.fail_on_breaking and any(d.breaking for d in diffs) else 0


if __name__ == "__main__":
    sys.exit(main())
