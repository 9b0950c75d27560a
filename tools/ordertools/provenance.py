"""x-doc provenance: which operations and schemas cite a vendor document, and which headings none cites.

Every operation and component schema should carry ``x-doc: {document, section}`` naming where its facts come
from; :func:`coverage_report` is what the build and ``scripts/apidiff.py --coverage`` print per API.

Example::

    print(coverage_report("lagerkoll", spec, Path("../shared/docs")))
    # lagerkoll: x-doc on 37/37 operations, 53/53 schemas
    #   lagerkoll-purchase-orders.txt: 0 heading(s) no operation references
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .specwalk import Json, normalize, operations

__all__ = [
    "Coverage",
    "Section",
    "coverage_report",
    "doc_headings",
    "doc_sections",
    "heading_key",
    "provenance_coverage",
    "section_matches",
    "uncovered_sections",
    "xdocs",
]


@dataclass(frozen=True)
class Coverage:
    """How many operations and component schemas carry ``x-doc`` provenance, and which do not."""

    operations: int
    operations_missing: tuple[str, ...]
    schemas: int
    schemas_missing: tuple[str, ...]

    def render(self, api: str) -> str:
        """``lagerkoll: x-doc on 36/37 operations, 20/20 schemas`` and one line per missing item."""
        done_ops, done_schemas = (
            self.operations - len(self.operations_missing),
            self.schemas - len(self.schemas_missing),
        )
        lines = [f"{api}: x-doc on {done_ops}/{self.operations} operations, {done_schemas}/{self.schemas} schemas"]
        lines += [f"  no x-doc: operation {name}" for name in self.operations_missing]
        lines += [f"  no x-doc: schema {name}" for name in self.schemas_missing]
        return "\n".join(lines)


def xdocs(node: Any) -> list[Json]:
    """The ``x-doc`` citations of a spec node (one mapping or a list of them), those naming a document."""
    doc = node.get("x-doc") if isinstance(node, dict) else None
    docs = doc if isinstance(doc, list) else [doc]
    return [d for d in docs if isinstance(d, dict) and d.get("document")]


def provenance_coverage(spec: Mapping[str, Any]) -> Coverage:
    """Count the operations and component schemas of ``spec`` that carry ``x-doc: {document, section}``."""
    norm = normalize(spec)
    ops = list(operations(norm).values())
    schemas = (norm.get("components") or {}).get("schemas") or {}
    return Coverage(
        len(ops),
        tuple(f"{op.key} ({op.label})" for op in ops if not xdocs(op.node)),
        len(schemas),
        tuple(sorted(name for name, s in schemas.items() if not xdocs(s))),
    )


# Lagerkoll marks each endpoint with a line such as "POSTUrl: /{order_id}/deliver" (or a bare "GETUrl:").
_URL_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*Url:", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Section:
    """One section of a vendor document: its heading and its body lines (1-based ``start`` is the heading's line;
    the text before the first heading is a section with the heading ``""``)."""

    heading: str
    start: int
    lines: tuple[str, ...]


def _heading_lines(lines: list[str], known: Iterable[str]) -> list[int]:
    """Indexes of the heading lines: the document's own headings, plus the first line reading like each ``known``
    heading (a cited heading names one place; Lagerkoll repeats "Headers:" in every endpoint)."""
    found = [
        next((j for j in range(i - 1, -1, -1) if lines[j]), -1) for i, line in enumerate(lines) if _URL_LINE.match(line)
    ]
    if not found:
        fenced = False
        for i, line in enumerate(lines):
            fenced ^= line.startswith("```")
            if not fenced and _MD_HEADING.match(line):
                found.append(i)
    keys = {heading_key(k) for k in known} - {""} - {heading_key(lines[i]) for i in found if i >= 0}
    first: dict[str, int] = {}
    for i, line in enumerate(lines):
        key = heading_key(_MD_HEADING.sub(r"\1", line))
        if key in keys:
            first.setdefault(key, i)
    return sorted({i for i in [*found, *first.values()] if i >= 0 and lines[i]})


def doc_sections(text: str, known: Iterable[str] = ()) -> list[Section]:
    """A vendor document cut into sections at its headings, in order (see :func:`doc_headings`).

    ``known`` headings (those a spec cites, or a recorded map holds) also start a section where a line reads
    exactly like one: prose documents (Order Time, Seven Senders) have no markup to find headings by.
    """
    raw = text.splitlines()
    lines = [line.strip() for line in raw]
    starts = _heading_lines(lines, known)
    sections = []
    if not starts or starts[0] > 0:
        sections.append(Section("", 1, tuple(raw[: starts[0] if starts else len(raw)])))
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(raw)
        heading = _MD_HEADING.sub(r"\1", lines[start])
        sections.append(Section(heading, start + 1, tuple(raw[start + 1 : end])))
    return sections


def doc_headings(text: str) -> list[str]:
    """Section headings of a vendor document, in order, without repeats.

    Endpoint documents (Lagerkoll) put each endpoint's heading on the nearest non-blank line above its
    ``POSTUrl:``-style line; those are the headings. Otherwise markdown ``#`` headings outside code fences.
    Prose without either has no reliable headings and yields none.
    """
    return list(dict.fromkeys(s.heading for s in doc_sections(text) if s.heading))


def heading_key(text: str) -> str:
    """How headings compare: spacing, case and a trailing colon do not matter."""
    return " ".join(text.split()).strip(" :").casefold()


_TAG = re.compile(r"\s*\[[^\]]*\]\s*$")


def section_matches(section: str, heading: str) -> bool:
    """Whether an ``x-doc.section`` names ``heading``: exactly, by the last step of a trail (``"API > Deliver"``),
    or without a trailing ``[source tag]`` on either side (``"Pagination"`` names ``"Pagination [PUB ST index]"``)."""
    wanted = {heading_key(section), heading_key(re.split(r"\s+[>\u203a\u00bb]\s+", section)[-1])}
    key = heading_key(heading)
    return key in wanted or heading_key(_TAG.sub("", heading)) in {heading_key(_TAG.sub("", w)) for w in wanted}


def uncovered_sections(spec: Mapping[str, Any], doc_text: str, document: str | None = None) -> list[str]:
    """Headings of ``doc_text`` that no operation's ``x-doc.section`` names (only ``document``'s, if given).

    A section written as a trail (``"Purchase orders API > Deliver article"``) matches its last step;
    angle quotes (U+203A, U+00BB) work as separators too.
    """
    named: set[str] = set()
    for op in operations(normalize(spec)).values():
        for doc in xdocs(op.node):
            if document is None or doc["document"] == document:
                section = str(doc.get("section", ""))
                named |= {heading_key(section), heading_key(re.split(r"\s+[>\u203a\u00bb]\s+", section)[-1])}
    return [h for h in doc_headings(doc_text) if heading_key(h) not in named]


def coverage_report(api: str, spec: Mapping[str, Any], docs_dir: Path | None = None) -> str:
    """What the build prints per API: :class:`Coverage`, then (with ``docs_dir``) each referenced document's
    headings that no operation references."""
    lines = [provenance_coverage(spec).render(api)]
    documents = {d["document"] for op in operations(normalize(spec)).values() for d in xdocs(op.node)}
    for document in sorted(documents) if docs_dir else []:
        path = docs_dir / document if docs_dir else Path(document)
        if path.is_file():
            missing = uncovered_sections(spec, path.read_text(encoding="utf-8"), document)
            lines.append(f"  {document}: {len(missing)} heading(s) no operation references")
            lines += [f"    - {heading}" for heading in missing]
    return "\n".join(lines)
