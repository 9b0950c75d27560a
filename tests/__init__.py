"""Tests (see CONTRIBUTING.md: organised by package, then by the guarantee they give)."""
