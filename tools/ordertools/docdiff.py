"""``ordertools docdiff``: from a new copy of a vendor document to the operations it affects.

    uv run ordertools docdiff lagerkoll ~/Downloads/lagerkoll-purchase-orders.txt   # checklist for the spec edit
    uv run ordertools docdiff lagerkoll                  # the copies in ../shared/docs against the recorded map
    uv run ordertools docdiff lagerkoll --update         # record the documents' fingerprints (after the spec edit)

Compares a document with its fingerprint in ``specs/<api>.docmap.json`` (see :mod:`ordertools.docmap`) and
lists the sections added, removed, renamed and changed, each with the operations, schemas and fields whose
``x-doc`` cites it, then a checklist. A new copy is matched to a recorded document by its file name, or by
``--as NAME``. ``--update`` records the fingerprints of the given copy (or of the documents in ``--docs``),
and refuses while the spec still cites a section the document no longer has. ``--check`` exits 1 when a
document differs from its record (CI, or a quick look after downloading new copies).

Documents are looked up in ``--docs`` (default ``../shared/docs`` beside the checkout, or ``$ORDERSDK_DOCS``),
then in its parent folder (``vendor-facts.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ordersdk.spec import load_document

from .docmap import Changes, Citation, DocPrint, citations, compare, dump_map, fingerprint, load_map
from .paths import DOCS, ROOT

__all__ = ["docmap_path", "drift", "find_document", "main", "record", "stale_citations"]

_MAX_LINES = 12


def docmap_path(root: Path, api: str) -> Path:
    return root / "specs" / f"{api}.docmap.json"


def find_document(docs: Path, name: str) -> Path | None:
    """``docs/name``, else ``docs/../name`` (the facts sheet sits beside the documents folder)."""
    return next((p for p in (docs / name, docs.parent / name) if p.is_file()), None)


def _cited(cites: list[Citation], document: str) -> list[str]:
    return [c.section for c in cites if c.document == document]


def stale_citations(cites: list[Citation], document: str, doc: DocPrint) -> list[Citation]:
    """Citations of ``document`` that name no section of ``doc``."""
    headings = doc.headings()
    return [c for c in cites if c.document == document and not any(c.cites(h) for h in headings)]


def record(root: Path, api: str, copies: Mapping[str, Path]) -> tuple[str, list[str]]:
    """The docmap text for ``copies`` (document name -> file), and the spec's citations they lack."""
    cites = citations(load_document(root / "specs" / f"{api}.yaml"))
    prints, problems = {}, []
    for name, path in copies.items():
        prints[name] = fingerprint(path.read_text(encoding="utf-8"), _cited(cites, name))
        problems += [
            f"{c.what} cites section {c.section!r} of {name}, which this copy does not have ({c.pointer})"
            for c in stale_citations(cites, name, prints[name])
        ]
    return dump_map(api, prints), problems


def drift(root: Path, api: str, docs: Path) -> list[str]:
    """One line per recorded document whose copy in ``docs`` differs from ``specs/<api>.docmap.json`` (the build
    prints them with ``--docs``); a missing map is a line too."""
    recorded = load_map(docmap_path(root, api))
    if not recorded:
        return [f"no specs/{api}.docmap.json yet: record it with `uv run ordertools docdiff {api} --update`"]
    lines = []
    for name, doc in sorted(recorded.items()):
        path = find_document(docs, name)
        if path is not None and fingerprint(path.read_text(encoding="utf-8"), doc.headings()).sha256 != doc.sha256:
            lines.append(
                f"{name} changed since specs/{api}.docmap.json was recorded: `uv run ordertools docdiff {api}`"
            )
    return lines


# -- reporting ----------------------------------------------------------------------------------------------


def _citing(cites: list[Citation], document: str, heading: str) -> list[str]:
    return list(dict.fromkeys(c.what for c in cites if c.document == document and c.cites(heading)))


def _report(document: str, copy: Path, changes: Changes, cites: list[Citation]) -> dict[str, Any]:
    def entry(kind: str, heading: str, title: str, **extra: Any) -> dict[str, Any]:
        return {"kind": kind, "section": title, "cited_by": _citing(cites, document, heading), **extra}

    entries = [
        entry(
            "changed",
            c.section.heading,
            c.section.title,
            line=c.section.start,
            new_lines=[{"line": n, "text": t.strip()} for n, t in c.new_lines],
            lines_gone=c.gone,
        )
        for c in changes.changed
    ]
    entries += [entry("added", s.heading, s.title, line=s.start) for s in changes.added]
    entries += [entry("removed", s.heading, s.title) for s in changes.removed]
    for old, new in changes.renamed:
        entries.append(entry("renamed", old.heading, old.title, line=new.start, renamed_to=new.heading))
    return {"document": document, "copy": str(copy), "sections": entries}


def _text(api: str, reports: list[dict[str, Any]]) -> str:
    out: list[str] = []
    todo: dict[str, list[str]] = {}
    for report in reports:
        sections = report["sections"]
        counts = {k: sum(1 for s in sections if s["kind"] == k) for k in ("changed", "added", "removed", "renamed")}
        summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n) or "no section changed"
        out.append(f"{report['document']} ({report['copy']}): {summary}")
        for s in sections:
            where = f" (line {s['line']} of the copy)" if s.get("line") else ""
            extra = f" -> {s['renamed_to']!r}" if s["kind"] == "renamed" else ""
            out.append(f"  {s['kind']:<8} {s['section']}{extra}{where}")
            for line in s.get("new_lines", [])[:_MAX_LINES]:
                out.append(f"      + {line['line']}: {line['text'][:110]}")
            if len(s.get("new_lines", [])) > _MAX_LINES:
                out.append(f"      + ... {len(s['new_lines']) - _MAX_LINES} more new line(s)")
            if s.get("lines_gone"):
                out.append(f"      - {s['lines_gone']} line(s) of the recorded version are gone")
            cited = s["cited_by"]
            out.append("      cited by: " + (", ".join(cited) if cited else _uncited(s["kind"])))
            for what in cited:
                todo.setdefault(what, []).append(f"{s['kind']} {s['section']!r}")
            if not cited and s["kind"] == "added":
                todo.setdefault(f"new section {s['section']!r}", []).append(
                    "add an operation or x-doc, or note why not"
                )
    if todo:
        out += ["", f"Checklist for the spec edit (specs/{api}.yaml):"]
        out += [f"  [ ] {what}: {'; '.join(why)}" for what, why in todo.items()]
        out += [
            "",
            "Then: edit the spec (x-doc names the new sections), `uv run ordertools apidiff "
            f"{api}`, bump info.version, `uv run scripts/build.py`, `uv run ordertools docdiff {api} --update`.",
        ]
    return "\n".join(out)


def _uncited(kind: str) -> str:
    return "nothing in the spec" + (" (a new endpoint or fact?)" if kind == "added" else "")


# -- the command --------------------------------------------------------------------------------------------


def _copies(args: argparse.Namespace, recorded: Mapping[str, DocPrint]) -> dict[str, Path]:
    if args.copy is None:
        found = {name: find_document(args.docs, name) for name in sorted(recorded)}
        missing = [name for name, path in found.items() if path is None]
        if missing:
            raise SystemExit(f"docdiff: {', '.join(missing)} not found in {args.docs} (give --docs DIR)")
        return {name: path for name, path in found.items() if path is not None}
    name = args.as_name or args.copy.name
    if name not in recorded and not args.update:
        known = ", ".join(sorted(recorded)) or "none"
        raise SystemExit(f"docdiff: {args.api} records no document {name!r} (recorded: {known}); use --as NAME")
    return {name: args.copy}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="ordertools docdiff", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("api", help="the API whose spec cites the document (specs/<api>.yaml)")
    parser.add_argument("copy", nargs="?", type=Path, help="a new copy of one of its documents")
    parser.add_argument("--as", dest="as_name", metavar="NAME", help="the recorded document the copy replaces")
    parser.add_argument("--docs", type=Path, default=DOCS, help=f"the vendor documents (default: {DOCS})")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root holding specs/")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--check", action="store_true", help="exit 1 when a document differs from its record")
    parser.add_argument("--update", action="store_true", help="record the fingerprints (after the spec edit)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if not (root / "specs" / f"{args.api}.yaml").is_file():
        print(f"docdiff: no spec specs/{args.api}.yaml under {root}", file=sys.stderr)
        return 2
    path = docmap_path(root, args.api)
    recorded = load_map(path)
    try:
        if args.update:
            return _update(root, args, recorded)
        if not recorded:
            print(f"docdiff: {path} does not exist yet: record it with `--update`", file=sys.stderr)
            return 2
        copies = _copies(args, recorded)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return 2
    cites = citations(load_document(root / "specs" / f"{args.api}.yaml"))
    reports = [
        _report(name, copy, compare(recorded[name], copy.read_text(encoding="utf-8"), _cited(cites, name)), cites)
        for name, copy in copies.items()
    ]
    print(
        json.dumps({"api": args.api, "documents": reports}, indent=2)
        if args.format == "json"
        else _text(args.api, reports)
    )
    differs = any(r["sections"] for r in reports)
    return 1 if args.check and differs else 0


def _update(root: Path, args: argparse.Namespace, recorded: Mapping[str, DocPrint]) -> int:
    path = docmap_path(root, args.api)
    cites = citations(load_document(root / "specs" / f"{args.api}.yaml"))
    copies: dict[str, Path] = {}
    for name in sorted({c.document for c in cites}):
        found = find_document(args.docs, name)
        if found is not None:
            copies[name] = found
    copies.update(_copies(args, recorded) if args.copy is not None else {})
    text, problems = record(root, args.api, copies)
    if problems:
        print(f"docdiff: not recorded: the spec still cites {len(problems)} section(s) the documents lack:")
        print("\n".join(f"  {p}" for p in problems))
        return 1
    unchanged = path.is_file() and path.read_text(encoding="utf-8") == text
    if not unchanged:
        path.write_text(text, encoding="utf-8")
    print(f"{path.relative_to(root)}: {'unchanged' if unchanged else 'recorded'} ({', '.join(sorted(copies))})")
    return 0
