"""Where the repository's pieces are: the tools always run from a checkout (an editable workspace member)."""

from __future__ import annotations

from pathlib import Path

__all__ = ["GENERATED", "ROOT", "SPECS", "TESTS"]

#: The repository root (``tools/ordertools/paths.py`` -> ``..``/``..``).
ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TESTS = ROOT / "tests"
