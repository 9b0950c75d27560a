"""Fingerprints of the vendor documents a spec was written from, and what a new copy of one changes.

``specs/<api>.docmap.json`` records, for each document the spec cites in ``x-doc``, every section's heading and
digests of its content: one for the section, one (eight hex digits) per non-blank line. No vendor text but the
headings (which the spec's ``x-doc`` already names) is stored. :func:`compare` cuts a new copy of the document the
same way (:func:`ordertools.provenance.doc_sections`, with the recorded and cited headings as known headings) and
finds the sections added, removed, renamed and changed; :func:`citations` says which operations, schemas and
fields cite each section. ``ordertools docdiff`` (:mod:`ordertools.docdiff`) prints that as the checklist for the
spec edit.

Whitespace does not count: lines are compared with their spacing collapsed, blank lines ignored.

Example::

    recorded = load_map(SPECS / "lagerkoll.docmap.json")["lagerkoll-purchase-orders.txt"]
    changes = compare(recorded, Path("new-copy.txt").read_text(), cited=["Get purchase orders"])
    [s.heading for s in changes.changed]   # ['Get purchase orders']
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .provenance import Section, doc_sections, heading_key, section_matches, xdocs
from .specwalk import escape_pointer

__all__ = [
    "Changes",
    "Citation",
    "DocPrint",
    "SectionPrint",
    "citations",
    "compare",
    "dump_map",
    "fingerprint",
    "load_map",
]

_NOTE = (
    "Fingerprints of the vendor documents specs/{api}.yaml cites (headings and digests only, no vendor text). "
    "`uv run ordertools docdiff {api} NEW_COPY` lists what a new copy changes; `--update` records it."
)


def _norm(line: str) -> str:
    return " ".join(line.split())


def _digest(text: str, size: int) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:size]


@dataclass(frozen=True)
class SectionPrint:
    """A section's fingerprint: its heading, which same-named section it is (1, 2, ...), and digests."""

    heading: str
    occurrence: int
    sha256: str
    lines: tuple[str, ...]
    #: Where the section starts in the copy it was taken from (not recorded; for reports on a new copy).
    start: int = 0
    text: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @property
    def key(self) -> tuple[str, int]:
        return heading_key(self.heading), self.occurrence

    @property
    def title(self) -> str:
        name = self.heading or "(text before the first heading)"
        return name + (f" (#{self.occurrence})" if self.occurrence > 1 else "")


@dataclass(frozen=True)
class DocPrint:
    """A document's fingerprint: its digest and its sections in order."""

    sha256: str
    sections: tuple[SectionPrint, ...]

    def headings(self) -> list[str]:
        return [s.heading for s in self.sections if s.heading]


def _section_print(section: Section, occurrence: int) -> SectionPrint:
    body = [n for n in map(_norm, section.lines) if n]
    return SectionPrint(
        section.heading,
        occurrence,
        _digest("\n".join(body), 16),
        tuple(_digest(line, 8) for line in body),
        section.start,
        section.lines,
    )


def fingerprint(text: str, known: Iterable[str] = ()) -> DocPrint:
    """The fingerprint of a document's text, cut at its headings and at lines reading like ``known`` ones."""
    seen: dict[str, int] = {}
    prints = []
    for section in doc_sections(text, known):
        key = heading_key(section.heading)
        seen[key] = seen.get(key, 0) + 1
        prints.append(_section_print(section, seen[key]))
    whole = "\n".join(n for n in map(_norm, text.splitlines()) if n)
    return DocPrint(_digest(whole, 64), tuple(prints))


# -- the recorded map ---------------------------------------------------------------------------------------


def dump_map(api: str, documents: Mapping[str, DocPrint]) -> str:
    """``specs/<api>.docmap.json``: one line per section, so a re-recorded map diffs by section."""
    out = ["{", f'  "note": {json.dumps(_NOTE.format(api=api))},', '  "documents": {']
    for d_index, (name, doc) in enumerate(sorted(documents.items())):
        out += [f"    {json.dumps(name)}: {{", f'      "sha256": "{doc.sha256}",', '      "sections": [']
        for s_index, s in enumerate(doc.sections):
            entry = {"heading": s.heading, "occurrence": s.occurrence, "sha256": s.sha256, "lines": list(s.lines)}
            comma = "," if s_index + 1 < len(doc.sections) else ""
            out.append("        " + json.dumps(entry, ensure_ascii=False) + comma)
        out += ["      ]", "    }" + ("," if d_index + 1 < len(documents) else "")]
    out += ["  }", "}"]
    return "\n".join(out) + "\n"


def load_map(path: Path) -> dict[str, DocPrint]:
    """The documents recorded in a docmap file (``{}`` when there is none)."""
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: DocPrint(
            str(doc["sha256"]),
            tuple(
                SectionPrint(str(s["heading"]), int(s["occurrence"]), str(s["sha256"]), tuple(s["lines"]))
                for s in doc["sections"]
            ),
        )
        for name, doc in (data.get("documents") or {}).items()
    }


# -- what a new copy changes --------------------------------------------------------------------------------


@dataclass
class Changed:
    """A section present in both copies whose content differs: the new copy's lines that are new, and how many
    of the recorded lines are gone."""

    section: SectionPrint
    new_lines: list[tuple[int, str]]
    gone: int


@dataclass
class Changes:
    """How a new copy of a document differs from its recorded fingerprint."""

    added: list[SectionPrint] = field(default_factory=list)
    removed: list[SectionPrint] = field(default_factory=list)
    renamed: list[tuple[SectionPrint, SectionPrint]] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.renamed or self.changed)


def _line_changes(old: SectionPrint, new: SectionPrint) -> tuple[list[tuple[int, str]], int]:
    numbered = [(new.start + 1 + i, line) for i, line in enumerate(new.text) if _norm(line)]
    matcher = difflib.SequenceMatcher(a=old.lines, b=new.lines, autojunk=False)
    fresh: list[tuple[int, str]] = []
    gone = 0
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "equal":
            fresh += numbered[b0:b1]
            gone += a1 - a0
    return fresh, gone


def compare(recorded: DocPrint, text: str, cited: Iterable[str] = ()) -> Changes:
    """What ``text`` (a new copy) changes against ``recorded``; ``cited`` are the headings the spec cites."""
    new = fingerprint(text, [*recorded.headings(), *cited])
    old_by_key = {s.key: s for s in recorded.sections}
    new_by_key = {s.key: s for s in new.sections}
    changes = Changes()
    for key, section in new_by_key.items():
        before = old_by_key.get(key)
        if before is None:
            changes.added.append(section)
        elif before.sha256 != section.sha256:
            changes.changed.append(Changed(section, *_line_changes(before, section)))
    changes.removed = [s for key, s in old_by_key.items() if key not in new_by_key]
    # A heading reworded over the same content: one rename instead of a removal and an addition.
    for gone in list(changes.removed):
        twin = next((s for s in changes.added if s.sha256 == gone.sha256 and s.lines), None)
        if twin is not None:
            changes.renamed.append((gone, twin))
            changes.removed.remove(gone)
            changes.added.remove(twin)
    return changes


# -- who cites what -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Citation:
    """An ``x-doc`` of the spec: what carries it (``operation list_orders (GET /orders)``) and the section."""

    document: str
    section: str
    what: str
    pointer: str

    def cites(self, heading: str) -> bool:
        return section_matches(self.section, heading)


def _describe(spec: Mapping[str, Any], parts: list[str]) -> str:
    if not parts:
        return "the API (info)"
    if parts[0] == "info":
        return "the API (info)"
    if parts[0] == "tags" and len(parts) > 1:
        return f"tag {spec['tags'][int(parts[1])].get('name')}"
    if parts[0] == "paths" and len(parts) > 2:
        operation = (spec["paths"].get(parts[1]) or {}).get(parts[2]) or {}
        head = f"operation {operation.get('operationId', '?')} ({parts[2].upper()} {parts[1]})"
        rest = "/".join(parts[3:])
        return head if not rest else f"{head}: {rest}"
    if parts[:2] == ["components", "schemas"] and len(parts) > 2:
        fields = [parts[i + 1] for i in range(3, len(parts) - 1) if parts[i] == "properties"]
        return f"schema {'.'.join([parts[2], *fields])}" if fields else f"schema {parts[2]}"
    if parts[0] == "components" and len(parts) > 2:
        return f"{parts[1].rstrip('s')} {parts[2]} (shared)"
    return "/" + "/".join(escape_pointer(p) for p in parts)


def citations(spec: Mapping[str, Any]) -> list[Citation]:
    """Every ``x-doc`` citation in ``spec``, in document order, with what carries it."""
    found: list[Citation] = []

    def walk(node: Any, parts: list[str]) -> None:
        if isinstance(node, dict):
            for doc in xdocs(node):
                pointer = "/" + "/".join(escape_pointer(p) for p in parts)
                found.append(
                    Citation(str(doc["document"]), str(doc.get("section", "")), _describe(spec, parts), pointer)
                )
            for key, value in node.items():
                if key not in ("x-doc", "example", "examples"):
                    walk(value, [*parts, str(key)])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, [*parts, str(index)])

    walk(spec, [])
    return found
