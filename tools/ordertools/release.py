"""Versions and releases: the version gate, the changelog, and the recorded spec baseline.

The build compares a spec with the one its client was last built from (the *baseline*,
``generated/<api>-client/<api>_client/openapi.json``): :func:`check_version` refuses an ``info.version`` not bumped
enough for the changes :func:`~ordertools.diff.diff_specs` finds, and :func:`record_release` then writes the
changelog entry. Versions are semver; in ``0.y.z`` a breaking change bumps ``y`` and anything else ``z``
(Cargo's rule).

Example::

    old = load_baseline(out_dir / "lagerkoll_client" / "openapi.json")
    if old is not None and (error := check_version(old, spec)):
        raise SystemExit(error)  # "info.version is still 1.2.0, but ... a major bump is needed (→ 2.0.0) ..."
    record_release("lagerkoll", old, spec, Path("specs/CHANGELOG-lagerkoll.md"))
    save_baseline(out_dir / "lagerkoll_client" / "openapi.json", spec)
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from datetime import date as _date
from pathlib import Path
from typing import Any

from .diff import diff_specs
from .diffrules import RANK, Bump, Change, required_bump
from .specwalk import Json, normalize

__all__ = [
    "changelog_entry",
    "check_version",
    "load_baseline",
    "plan_release",
    "record_release",
    "save_baseline",
    "suggest_version",
    "write_changelog",
]

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$")


def _semver(version: object) -> tuple[int, int, int] | None:
    match = _SEMVER.match(str(version))
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def _effective(bump: Bump, version: tuple[int, int, int]) -> Bump:
    # 0.y.z: initial development; like Cargo, a breaking change bumps y and anything else bumps z.
    if version[0] == 0:
        return "minor" if bump == "major" else "patch"
    return bump


def suggest_version(old_version: str, bump: Bump) -> str:
    """The smallest version after ``old_version`` that carries ``bump`` (0.y.z: breaking bumps y)."""
    v = _semver(old_version)
    if v is None:
        raise ValueError(f"not a semantic version: {old_version!r}")
    bump = _effective(bump, v)
    major, minor, patch = v
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        bump
    ]


def check_version(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> str | None:
    """``None`` if ``new_spec``'s ``info.version`` is bumped enough for its changes, else why it is not.

    A non-semver new version is always an error; a non-semver old version cannot be compared and passes.

    >>> check_version(v1, v1_with_an_operation_removed)  # doctest: +SKIP
    'info.version is still 1.2.0, but the client surface changed: a major bump is needed (→ 2.0.0) ...'
    """
    changes = diff_specs(old_spec, new_spec)
    need = required_bump(changes)
    old_v, new_v = (str((s.get("info") or {}).get("version")) for s in (old_spec, new_spec))
    old_sv, new_sv = _semver(old_v), _semver(new_v)
    if new_sv is None:
        return f"info.version {new_v!r} is not a semantic version (MAJOR.MINOR.PATCH)"
    if need is None or old_sv is None:
        return None
    shifted = _effective(need, old_sv)
    have: Bump | None = None
    if new_sv > old_sv:
        have = "major" if new_sv[0] > old_sv[0] else "minor" if new_sv[1] > old_sv[1] else "patch"
    if RANK[have] >= RANK[shifted]:
        return None
    reasons = [c for c in changes if c.bump == need]
    why = "; ".join(c.message for c in reasons[:3]) + (f"; and {len(reasons) - 3} more" if len(reasons) > 3 else "")
    what = {"major": "breaking change", "minor": "addition or change", "patch": "documentation change"}[need]
    state = f"is still {old_v}" if new_v == old_v else f"went from {old_v} to {new_v}"
    zero = " (0.y.z: breaking changes bump y, everything else z)" if old_sv[0] == 0 else ""
    return (
        f"info.version {state}, but the client surface changed: a {shifted} bump is needed{zero} "
        f"(→ {suggest_version(old_v, need)}) because of {len(reasons)} {what}(s): {why}"
    )


_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Breaking changes", "major"),
    ("Changes", "minor"),
    ("Documentation", "patch"),
)


def changelog_entry(
    api: str, old_version: str | None, new_version: str, changes: Iterable[Change], date: _date | None = None
) -> str:
    """A markdown changelog section: breaking changes, other changes, then a documentation summary.

    >>> print(changelog_entry("lagerkoll", "1.2.0", "2.0.0", changes))  # doctest: +SKIP
    ## lagerkoll 2.0.0
    ...
    """
    changes = list(changes)
    head = f"## {api} {new_version}" + (f" ({date.isoformat()})" if date else "") + "\n\n"
    if old_version is None:
        return head + f"First release of the `{api}` client.\n"
    body = f"Changes since {old_version} (needs a **{required_bump(changes) or 'no'}** bump).\n"
    for title, bump in _SECTIONS:
        chosen = [c for c in changes if c.bump == bump]
        if not chosen:
            continue
        if title == "Documentation":
            places = ", ".join(f"`{c.location}`" for c in chosen[:5]) + (", …" if len(chosen) > 5 else "")
            body += f"\n### {title}\n\n- {len(chosen)} documentation edit(s): {places}\n"
        else:
            body += f"\n### {title}\n\n" + "".join(f"- {c.message}\n" for c in chosen)
    return head + body


def _title(entry: str) -> str:
    return entry.splitlines()[0].split(" (")[0] if entry.strip() else ""


def write_changelog(path: Path, api: str, entry: str) -> None:
    """Put ``entry`` at the top of the changelog at ``path`` (newest first), replacing a same-titled entry.

    Re-running a build that already wrote the entry therefore leaves one copy of it (a build killed after its
    client was replaced writes the entry again when the next build finishes the replacement). The file is
    replaced in one step, so a kill never leaves half a changelog.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Changelog: the `{api}` client\n"
    head, *entries = re.split(r"(?m)^(?=## )", text)
    kept = [e for e in entries if _title(e) != _title(entry)]
    body = "\n".join(e.rstrip() + "\n" for e in [entry, *kept])
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(head.rstrip() + "\n\n" + body, encoding="utf-8")
    os.replace(tmp, path)


def plan_release(
    api: str, old: Mapping[str, Any] | None, new: Mapping[str, Any], today: _date | None = None
) -> tuple[str | None, list[Change]]:
    """The changelog entry for building ``new`` over ``old`` (``None`` when nothing changed), and the changes."""
    changes = diff_specs(old, new) if old is not None else []
    if old is not None and not changes:
        return None, []
    old_version = None if old is None else str((old.get("info") or {}).get("version"))
    new_version = str((new.get("info") or {}).get("version"))
    return changelog_entry(api, old_version, new_version, changes, today), changes


def record_release(
    api: str, old: Mapping[str, Any] | None, new: Mapping[str, Any], changelog: Path, today: _date | None = None
) -> list[Change]:
    """The build's changelog step, after :func:`check_version` passed and the client was generated.

    Writes an entry to ``changelog`` when ``new`` differs from ``old`` (the recorded baseline; ``None`` for a
    first build, which gets a first-release entry) and returns the changes. Unchanged specs write nothing.
    """
    entry, changes = plan_release(api, old, new, today)
    if entry is not None:
        write_changelog(changelog, api, entry)
    return changes


def save_baseline(path: Path, spec: Mapping[str, Any]) -> None:
    """Record ``spec`` (normalized JSON) as the one the current client was built from."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # The spec's own key order (not sorted): readers such as the mock see the document as written.
    path.write_text(json.dumps(normalize(spec), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def load_baseline(path: Path) -> Json | None:
    """The spec recorded by :func:`save_baseline`, or ``None`` before the first build."""
    if not path.exists():
        return None
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data
