"""Shared pieces of ``scripts/bench.py``: a section's figures and notes, timing helpers, progress lines."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import ROOT

__all__ = ["ROOT", "BenchError", "Figure", "Section", "child_env", "log", "median", "run_timed"]


Figure = float | int | None
"""One measured value; ``None`` when the part was skipped (``--quick``) or could not run."""


class BenchError(RuntimeError):
    """A benchmark step could not produce a valid measurement (a subprocess failed, a walk came up short)."""


@dataclass
class Section:
    """The figures of one benchmark part, keyed as in the JSON output, and how they were obtained."""

    figures: dict[str, Figure]
    notes: list[str] = field(default_factory=list)


def log(message: str) -> None:
    """A progress line on stderr (stdout carries the table or the JSON object)."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def child_env(**extra: str) -> dict[str, str]:
    """The environment for child processes: this interpreter's scripts (ruff, the generator) first on PATH."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.update(extra)
    return env


def run_timed(
    cmd: Sequence[str | Path], *, cwd: Path = ROOT, env: dict[str, str] | None = None, check: bool = True
) -> tuple[float, str]:
    """Run ``cmd`` to completion; wall seconds and its combined output. With ``check``, a non-zero exit raises."""
    started = time.perf_counter()
    proc = subprocess.run(
        [str(c) for c in cmd], cwd=cwd, env=env or child_env(), capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    output = proc.stdout + proc.stderr
    if check and proc.returncode != 0:
        tail = "\n".join(output.splitlines()[-15:])
        raise BenchError(f"`{' '.join(str(c) for c in cmd)}` exited {proc.returncode}:\n{tail}")
    return seconds, output
