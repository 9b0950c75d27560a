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
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .specwalk import Json, normalize, operations

__all__ = ["Coverage", "coverage_report", "doc_headings", "provenance_coverage", "uncovered_sections"]


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


def _xdocs(node: Any) -> list[Json]:
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
        tuple(f"{op.key} ({op.label})" for op in ops if not _xdocs(op.node)),
        len(schemas),
        tuple(sorted(name for name, s in schemas.items() if not _xdocs(s))),
    )


# Lagerkoll marks each endpoint with a line such as "POSTUrl: /{order_id}/deliver" (or a bare "GETUrl:").
_URL_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*Url:", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def doc_headings(text: str) -> list[str]:
    """Section headings of a vendor document, in order, without repeats.

    Endpoint documents (Lagerkoll) put each endpoint's heading on the nearest non-blank line above its
    ``POSTUrl:``-style line; those are the headings. Otherwise markdown ``#`` headings outside code fences.
    Prose without either has no reliable headings and yields none.
    """
    lines = [line.strip() for line in text.splitlines()]
    found = [
        next((above for above in reversed(lines[:i]) if above), "")
        for i, line in enumerate(lines)
        if _URL_LINE.match(line)
    ]
    if not found:
        fenced = False
        for line in lines:
            fenced ^= line.startswith("```")
            if not fenced and (match := _MD_HEADING.match(line)):
                found.append(match[1])
    return list(dict.fromkeys(h for h in found if h))


def _heading_key(text: str) -> str:
    return " ".join(text.split()).strip(" :").casefold()


def uncovered_sections(spec: Mapping[str, Any], doc_text: str, document: str | None = None) -> list[str]:
    """Headings of ``doc_text`` that no operation's ``x-doc.section`` names (only ``document``'s, if given).

    A section written as a trail (``"Purchase orders API > Deliver article"``) matches its last step;
    angle quotes (U+203A, U+00BB) work as separators too.
    """
    named: set[str] = set()
    for op in operations(normalize(spec)).values():
        for doc in _xdocs(op.node):
            if document is None or doc["document"] == document:
                section = str(doc.get("section", ""))
                named |= {_heading_key(section), _heading_key(re.split(r"\s+[>\u203a\u00bb]\s+", section)[-1])}
    return [h for h in doc_headings(doc_text) if _heading_key(h) not in named]


def coverage_report(api: str, spec: Mapping[str, Any], docs_dir: Path | None = None) -> str:
    """What the build prints per API: :class:`Coverage`, then (with ``docs_dir``) each referenced document's
    headings that no operation references."""
    lines = [provenance_coverage(spec).render(api)]
    documents = {d["document"] for op in operations(normalize(spec)).values() for d in _xdocs(op.node)}
    for document in sorted(documents) if docs_dir else []:
        path = docs_dir / document if docs_dir else Path(document)
        if path.is_file():
            missing = uncovered_sections(spec, path.read_text(encoding="utf-8"), document)
            lines.append(f"  {document}: {len(missing)} heading(s) no operation references")
            lines += [f"    - {heading}" for heading in missing]
    return "\n".join(lines)
