"""Each spec records fingerprints of the documents it cites (specs/<api>.docmap.json), and they stay in step:
with the spec (every x-doc names a recorded section) and, where the documents are beside the checkout, with them."""

from __future__ import annotations

import pytest
from ordersdk.spec import load_document
from ordertools import docdiff
from ordertools.docmap import citations, load_map
from ordertools.paths import DOCS, ROOT, SPECS

APIS = sorted(p.stem for p in SPECS.glob("*.yaml") if not p.name.endswith(".config.yaml"))


@pytest.mark.parametrize("api", APIS)
def test_every_citation_names_a_recorded_section(api: str) -> None:
    """An x-doc the docmap cannot place means the spec changed without `ordertools docdiff <api> --update`."""
    recorded = load_map(docdiff.docmap_path(ROOT, api))
    assert recorded, f"specs/{api}.docmap.json is missing: `uv run ordertools docdiff {api} --update`"
    cites = citations(load_document(SPECS / f"{api}.yaml"))
    assert {c.document for c in cites} == set(recorded), "every cited document is recorded, and only those"
    stale = [c for name, doc in recorded.items() for c in docdiff.stale_citations(cites, name, doc)]
    assert [f"{c.what}: {c.section!r} ({c.document})" for c in stale] == []


@pytest.mark.parametrize("api", APIS)
def test_recorded_fingerprints_match_the_documents_beside_the_checkout(api: str) -> None:
    """A vendor document that changed is a `docdiff` away from its checklist: CI says so."""
    if not DOCS.is_dir():
        pytest.skip(f"the vendor documents are not beside the checkout ({DOCS}; set ORDERSDK_DOCS)")
    assert docdiff.drift(ROOT, api, DOCS) == []
