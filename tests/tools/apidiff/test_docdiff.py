"""`ordertools docdiff`: a new copy of a vendor document -> the sections it changes and what in the spec cites them;
fingerprints recorded without the vendor's text, refreshed only once the spec cites what the document has."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from ordertools import docdiff, docmap

DOC = """Widgets API

Basics: all requests need the header X-Key.

Headers:
X-Key: your key

Get widgets

GETUrl: /widgets
Headers:
Accept: application/json
Returns every widget.

Parameter Description
colour Only widgets of this colour

Get widget

GETUrl: /widgets/{id}
Headers:
Accept: application/json
Returns one widget by its id.

Delete widget

DELETEUrl: /widgets/{id}
Headers:
Accept: application/json
Deletes a widget for good.
"""

FACTS = """# Widget facts

## Rate limit [DOC]

Ten requests per second.

## Errors

A JSON object with a message.
"""


def _op(operation_id: str, section: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "x-doc": {"document": "widgets.txt", "section": section},
        "responses": {"200": {"description": "ok"}},
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Widgets", "version": "1.0.0", "x-doc": {"document": "widgets.txt", "section": "Headers:"}},
    "x-rate-limit": {"limit": 10, "period": "second"},
    "paths": {
        "/widgets": {
            "get": {
                **_op("list_widgets", "Get widgets"),
                "parameters": [
                    {
                        "name": "colour",
                        "in": "query",
                        "schema": {"type": "string"},
                        "x-doc": {"document": "widgets.txt", "section": "Widgets API > Get widgets"},
                    }
                ],
            }
        },
        "/widgets/{id}": {"get": _op("get_widget", "Get widget"), "delete": _op("delete_widget", "Delete widget")},
    },
    "components": {
        "schemas": {
            "Error": {
                "type": "object",
                "x-doc": {"document": "facts.md", "section": "Errors"},
                "properties": {"message": {"type": "string", "x-doc": {"document": "facts.md", "section": "Errors"}}},
            },
            "Limit": {"type": "integer", "x-doc": {"document": "facts.md", "section": "Rate limit"}},
        }
    },
}


@pytest.fixture
def project(tmp_path: Path) -> dict[str, Path]:
    """A root with specs/widgets.yaml, and docs/ with widgets.txt (docs/../facts.md: the facts-sheet place)."""
    root, docs = tmp_path / "root", tmp_path / "shared" / "docs"
    (root / "specs").mkdir(parents=True)
    docs.mkdir(parents=True)
    (root / "specs" / "widgets.yaml").write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    (docs / "widgets.txt").write_text(DOC, encoding="utf-8")
    (docs.parent / "facts.md").write_text(FACTS, encoding="utf-8")
    assert _run(root, docs, "--update") == 0
    return {"root": root, "docs": docs, "map": root / "specs" / "widgets.docmap.json"}


def _run(root: Path, docs: Path, *args: str) -> int:
    return docdiff.main(["widgets", *args, "--root", str(root), "--docs", str(docs)])


def _copy(tmp_path: Path, text: str, name: str = "widgets.txt") -> Path:
    path = tmp_path / "download" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_map_holds_headings_and_digests_never_the_vendors_text(project: dict[str, Path]) -> None:
    """Every section is recorded (the documents' own headings and the cited ones); no sentence of the text."""
    text = project["map"].read_text(encoding="utf-8")
    data = json.loads(text)
    sections = data["documents"]["widgets.txt"]["sections"]
    assert [s["heading"] for s in sections] == ["", "Headers:", "Get widgets", "Get widget", "Delete widget"]
    assert set(data["documents"]) == {"widgets.txt", "facts.md"}
    for sentence in ("Returns every widget.", "Deletes a widget for good.", "Ten requests per second", "X-Key: your"):
        assert sentence not in text
    assert all(len(d) == 8 for s in sections for d in s["lines"])


def test_changed_section_lists_its_new_lines_and_everything_citing_it(
    project: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The checklist names the operation and its parameter (cited through a trail) of the changed section."""
    copy = _copy(tmp_path, DOC.replace("colour Only widgets of this colour", "color Only widgets of this color"))
    capsys.readouterr()
    assert _run(project["root"], project["docs"], str(copy)) == 0
    out = capsys.readouterr().out
    assert "1 changed" in out
    assert "changed  Get widgets (line 8 of the copy)" in out
    assert "+ 16: color Only widgets of this color" in out
    assert "- 1 line(s) of the recorded version are gone" in out
    assert "cited by: operation list_widgets (GET /widgets), operation list_widgets (GET /widgets): parameters/0" in out
    assert "[ ] operation list_widgets (GET /widgets): changed 'Get widgets'" in out
    assert "get_widget" not in out and "delete_widget" not in out


def test_added_removed_and_renamed_sections(
    project: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A new endpoint is 'added' (cited by nothing yet); a dropped one 'removed' with its operation; a reworded
    heading over the same text is one rename."""
    text = DOC.replace(
        "Delete widget\n\nDELETEUrl: /widgets/{id}\nHeaders:\nAccept: application/json\nDeletes a widget for good.\n",
        "",
    )
    text = text.replace("Get widget\n\nGETUrl: /widgets/{id}", "Read widget\n\nGETUrl: /widgets/{id}")
    text += "\nCount widgets\n\nGETUrl: /widgets/count\nHeaders:\nAccept: application/json\nCounts widgets.\n"
    capsys.readouterr()
    assert _run(project["root"], project["docs"], str(_copy(tmp_path, text)), "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)["documents"][0]
    kinds = {(s["kind"], s["section"]): s for s in report["sections"]}
    assert set(kinds) == {("added", "Count widgets"), ("removed", "Delete widget"), ("renamed", "Get widget")}
    assert kinds[("added", "Count widgets")]["cited_by"] == []
    assert kinds[("removed", "Delete widget")]["cited_by"] == ["operation delete_widget (DELETE /widgets/{id})"]
    assert kinds[("renamed", "Get widget")]["renamed_to"] == "Read widget"
    assert kinds[("renamed", "Get widget")]["cited_by"] == ["operation get_widget (GET /widgets/{id})"]


def test_whitespace_is_not_a_change_and_check_fails_only_on_real_ones(
    project: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Re-wrapped spacing and blank lines compare equal; `--check` exits 1 once a word changes."""
    spaced = DOC.replace("Returns every widget.", "Returns   every widget.\n\n").replace("\n\n", "\n\n\n")
    assert _run(project["root"], project["docs"], str(_copy(tmp_path, spaced)), "--check") == 0
    assert "no section changed" in capsys.readouterr().out
    edited = _copy(tmp_path, DOC.replace("Returns every widget.", "Returns every widget, newest first."))
    assert _run(project["root"], project["docs"], str(edited), "--check") == 1


def test_markdown_facts_sheet_sections_and_tags(project: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Without a copy, the documents beside the checkout are compared; `Rate limit` names `Rate limit [DOC]`."""
    facts = project["docs"].parent / "facts.md"
    facts.write_text(FACTS.replace("Ten requests", "Twenty requests"), encoding="utf-8")
    capsys.readouterr()
    assert _run(project["root"], project["docs"], "--check") == 1
    out = capsys.readouterr().out
    assert "changed  Rate limit [DOC]" in out and "cited by: schema Limit" in out
    assert "widgets.txt (" in out and "no section changed" in out


def test_update_refuses_while_the_spec_cites_a_section_the_copy_lacks(
    project: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fingerprints are refreshed by the same command, once the spec no longer cites what the vendor removed."""
    text = DOC.split("Delete widget")[0]
    copy = _copy(tmp_path, text)
    before = project["map"].read_text(encoding="utf-8")
    assert _run(project["root"], project["docs"], str(copy), "--update") == 1
    out = capsys.readouterr().out
    assert "operation delete_widget (DELETE /widgets/{id}) cites section 'Delete widget'" in out
    assert project["map"].read_text(encoding="utf-8") == before
    spec = yaml.safe_load((project["root"] / "specs" / "widgets.yaml").read_text(encoding="utf-8"))
    del spec["paths"]["/widgets/{id}"]["delete"]
    (project["root"] / "specs" / "widgets.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    assert _run(project["root"], project["docs"], str(copy), "--update") == 0
    assert _run(project["root"], project["docs"], str(copy), "--check") == 0


def test_a_copy_under_another_name_needs_as(
    project: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A download named differently is matched with --as; without it the command says what is recorded."""
    copy = _copy(tmp_path, DOC, name="widgets-2025.txt")
    assert _run(project["root"], project["docs"], str(copy)) == 2
    assert "records no document 'widgets-2025.txt' (recorded: facts.md, widgets.txt); use --as NAME" in (
        capsys.readouterr().err
    )
    assert _run(project["root"], project["docs"], str(copy), "--as", "widgets.txt", "--check") == 0


def test_prose_documents_are_cut_at_the_headings_the_spec_cites() -> None:
    """A document without markup (Order Time, Seven Senders) is cut where a line reads like a cited heading."""
    text = "Overview\nSome words.\nHeaders\napiKey: the key\nResponse Codes\n200 OK\n"
    plain = docmap.fingerprint(text)
    cut = docmap.fingerprint(text, ["Headers", "Response Codes:"])
    assert [s.heading for s in plain.sections] == [""]
    assert [s.heading for s in cut.sections] == ["", "Headers", "Response Codes"]
    assert cut.sha256 == plain.sha256, "the whole-document digest does not depend on the cut"
