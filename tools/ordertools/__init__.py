"""ordertools: the developer tooling of this repository (never shipped to SDK users).

Spec validation and client generation (:mod:`ordertools.build`), the API diff and version gate
(:mod:`ordertools.apidiff`), the contract-suite runner (:mod:`ordertools.contract`) and the benchmark
(:mod:`ordertools.bench`), behind one command line: ``uv run ordertools <command> ...`` (or
``python -m ordertools``). ``scripts/<command>.py`` are thin shims over the same commands.
"""

from __future__ import annotations

__all__: list[str] = []
