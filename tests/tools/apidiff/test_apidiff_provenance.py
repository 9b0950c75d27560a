"""Provenance coverage (`x-doc` on operations and schemas) and document headings no operation cites."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ordersdk.spec import load_document
from ordertools import provenance
from ordertools.paths import ROOT

from .conftest import base_spec

LAGERKOLL_DOC = ROOT.parent / "shared" / "docs" / "lagerkoll-purchase-orders.txt"
needs_doc = pytest.mark.skipif(not LAGERKOLL_DOC.is_file(), reason="shared/docs is not beside the checkout")


def test_coverage_counts_and_lists_missing(apidiff: ModuleType) -> None:
    """Operations and component schemas without x-doc are counted and named."""
    coverage = provenance.provenance_coverage(base_spec())
    assert (coverage.operations, coverage.operations_missing) == (3, ("get_order (GET /orders/{id})",))
    assert (coverage.schemas, coverage.schemas_missing) == (6, ("Error", "Legacy", "Line", "OrderCreate", "State"))
    assert coverage.render("shop").splitlines()[0] == "shop: x-doc on 2/3 operations, 1/6 schemas"


def test_x_doc_without_a_document_does_not_count(apidiff: ModuleType) -> None:
    """An x-doc that names no document is not provenance; a list of x-docs is."""
    spec = base_spec()
    spec["paths"]["/orders"]["get"]["x-doc"] = {"section": "List orders"}
    spec["paths"]["/orders/{id}"]["get"]["x-doc"] = [{"document": "shop.txt", "section": "Get order"}]
    assert provenance.provenance_coverage(spec).operations_missing == ("list_orders (GET /orders)",)


@needs_doc
def test_lagerkoll_headings_are_the_endpoint_headings(apidiff: ModuleType) -> None:
    """Each `POSTUrl:`-style line's heading is found, including bare `GETUrl:` lines, in document order."""
    headings = provenance.doc_headings(LAGERKOLL_DOC.read_text(encoding="utf-8"))
    url_lines = [line for line in LAGERKOLL_DOC.read_text(encoding="utf-8").splitlines() if "Url:" in line]
    assert len(headings) == len(url_lines) == 37
    assert headings[:3] == ["Deliver article", "Deliver all articles", "Deliver purchase order"]
    assert "Get purchase orders" in headings  # its URL line is a bare "GETUrl:"
    assert not {"Headers:", "Body:", "Errors:"} & set(headings)


@needs_doc
def test_uncovered_lagerkoll_sections(apidiff: ModuleType) -> None:
    """Headings no operation cites are listed in document order; cited ones (any case, as a trail) are not."""
    spec = base_spec()
    spec["paths"]["/orders"]["get"]["x-doc"] = {
        "document": "lagerkoll-purchase-orders.txt",
        "section": "Purchase orders API > deliver ARTICLE",
    }
    spec["paths"]["/orders"]["post"]["x-doc"] = {"document": "other.txt", "section": "Deliver all articles"}
    text = LAGERKOLL_DOC.read_text(encoding="utf-8")
    missing = provenance.uncovered_sections(spec, text, "lagerkoll-purchase-orders.txt")
    assert len(missing) == 36
    assert missing[:2] == ["Deliver all articles", "Deliver purchase order"]
    assert len(provenance.uncovered_sections(spec, text)) == 35  # without a document filter both citations count


@needs_doc
def test_lagerkoll_spec_cites_every_endpoint_heading(apidiff: ModuleType) -> None:
    """The curated Lagerkoll spec references every endpoint heading of its document."""
    path = ROOT / "specs" / "lagerkoll.yaml"
    if not path.is_file():
        pytest.skip("specs/lagerkoll.yaml not written yet")
    spec: dict[str, Any] = load_document(path)
    text = LAGERKOLL_DOC.read_text(encoding="utf-8")
    assert provenance.uncovered_sections(spec, text, "lagerkoll-purchase-orders.txt") == []


def test_markdown_headings_skip_code_fences(apidiff: ModuleType) -> None:
    """Markdown `#` headings count, shell comments inside code fences do not."""
    text = "# Introduction\n\n```shell\n# With shell, pass the header\ncurl x\n```\n\n## Update a Purchase Order ##\n"
    assert provenance.doc_headings(text) == ["Introduction", "Update a Purchase Order"]


def test_prose_without_structure_has_no_headings(apidiff: ModuleType) -> None:
    """Plain prose gives no headings rather than guessed ones."""
    assert provenance.doc_headings("Overview\n\nThe API lets you add orders.\n\nHeaders\n\napiKey: the key\n") == []


def test_coverage_report_reads_cited_documents(apidiff: ModuleType, tmp_path: Path) -> None:
    """The build's report lists, per cited document found in the docs folder, its uncited headings."""
    (tmp_path / "shop.txt").write_text("List orders\nGETUrl:\nCreate order\nPOSTUrl:\nRefund\nPOSTUrl: /r\n")
    report = provenance.coverage_report("shop", base_spec(), tmp_path)
    assert report.splitlines()[-2:] == ["  shop.txt: 1 heading(s) no operation references", "    - Refund"]
    assert "shop.txt" not in provenance.coverage_report("shop", base_spec())
