"""Loaded by `st run` through schemathesis.toml (``hooks``): Hypothesis keeps its files out of the checkout.

Hypothesis caches the constants it collects from "local" modules under ``.hypothesis/`` in the working
directory, and the ``st`` entry point in this checkout's ``.venv/bin`` counts as local. This moves
Hypothesis's home to a temporary directory removed at exit, as tests/conftest.py does for pytest
(which ignores this module: tests/contract/_contract_suite.py loads the file without its ``hooks``).
An explicit ``HYPOTHESIS_STORAGE_DIRECTORY`` wins.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from hypothesis.configuration import set_hypothesis_home_dir

if not os.environ.get("HYPOTHESIS_STORAGE_DIRECTORY"):
    _HOME = tempfile.mkdtemp(prefix="st-hypothesis-")
    set_hypothesis_home_dir(_HOME)
    atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
