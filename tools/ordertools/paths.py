"""Where the repository's pieces are: the tools always run from a checkout (an editable workspace member)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["DOCS", "GENERATED", "ROOT", "SPECS", "TESTS"]

#: The repository root (``tools/ordertools/paths.py`` -> ``..``/``..``).
ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TESTS = ROOT / "tests"
#: The vendor documents (never in the repository): ``../shared/docs`` beside the checkout, as in CI, unless
#: ``$ORDERSDK_DOCS`` names another folder. ``vendor-facts.md`` sits in its parent folder.
DOCS = Path(os.environ.get("ORDERSDK_DOCS") or ROOT.parent / "shared" / "docs")
