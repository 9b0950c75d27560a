"""Build pipeline figures: ``build_noop_s``, ``build_full_s`` and ``generator_bare_s``.

Every build runs on a temporary copy of ``specs/`` and ``generated/`` (``scripts/build.py --root TMP``),
so the benchmark never writes the repository's own ``generated/``. The bare generator runs the
``openapi-python-client`` CLI (``--meta uv``, each spec with its config, its default ruff hooks) into
temporary directories; the forced rebuild does the same generation plus our validation, version gate,
baseline and stamp, in one process.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

from .common import ROOT, BenchError, Section, log, median, run_timed

__all__ = ["measure"]

_COPY_IGNORE = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache")


def _apis(specs: Path) -> list[str]:
    return sorted(p.stem for p in specs.glob("*.yaml") if not p.name.endswith(".config.yaml"))


def _copy_project(dest: Path) -> None:
    shutil.copytree(ROOT / "specs", dest / "specs", ignore=_COPY_IGNORE)
    if (ROOT / "generated").is_dir():
        shutil.copytree(ROOT / "generated", dest / "generated", ignore=_COPY_IGNORE)


def _generator_cli() -> Path:
    found = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    if found is None:
        raise BenchError("the openapi-python-client CLI is not installed next to this interpreter (uv sync?)")
    return Path(found)


def _skipped_all(output: str, apis: list[str]) -> bool:
    """Whether a build's output reports every API as ``skipped`` (a true no-op)."""
    return all(re.search(rf"^{re.escape(api)}\s+skipped\b", output, re.MULTILINE) for api in apis)


def bare_generator(apis: list[str], out: Path) -> float:
    """Sum of wall times of one bare ``openapi-python-client generate --meta uv`` per spec."""
    cli = _generator_cli()
    total = 0.0
    for api in apis:
        spec, config = ROOT / "specs" / f"{api}.yaml", ROOT / "specs" / f"{api}.config.yaml"
        cmd: list[str | Path] = [
            cli,
            "generate",
            "--path",
            spec,
            "--config",
            config,
            "--meta",
            "uv",
            "--output-path",
            out / api,
        ]
        seconds, _ = run_timed(cmd, cwd=out)
        log(f"  bare generator {api}: {seconds:.2f}s")
        total += seconds
    return total


def measure(*, quick: bool) -> Section:
    """Forced rebuild vs bare generator runs (skipped with ``--quick``), then the no-op build (median)."""
    section = Section({"build_noop_s": None, "build_full_s": None, "generator_bare_s": None})
    runs = 3 if quick else 5
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        project = Path(tmp) / "project"
        _copy_project(project)
        apis = _apis(project / "specs")
        build: list[str | Path] = [sys.executable, "-m", "ordertools", "build", "--root", project]
        if quick:
            section.notes.append("build_full_s, generator_bare_s: skipped (--quick); about a minute each")
            # Bring the copy up to date (a no-op when generated/ matches specs/), untimed.
            run_timed([*build, "--no-smoke"])
        else:
            log(f"forced rebuild of {len(apis)} specs (scripts/build.py --root TMP --force --no-smoke)")
            full, _ = run_timed([*build, "--force", "--no-smoke"])
            section.figures["build_full_s"] = round(full, 2)
            log(f"  build --force: {full:.2f}s")
            bare_out = Path(tmp) / "bare"
            bare_out.mkdir()
            section.figures["generator_bare_s"] = round(bare_generator(apis, bare_out), 2)
            section.notes.append(
                f"build_full_s: `scripts/build.py --root TMP --force --no-smoke` on a copy of specs/ + generated/ "
                f"({len(apis)} specs); generator_bare_s: sum of {len(apis)} "
                "`openapi-python-client generate --meta uv --config ...` runs"
            )
        times = []
        for _ in range(runs):
            seconds, output = run_timed(build)
            if not _skipped_all(output, apis):
                raise BenchError(f"the no-op build regenerated something:\n{output[-2000:]}")
            times.append(seconds)
        section.figures["build_noop_s"] = round(median(times), 2)
        section.notes.append(
            f"build_noop_s: median of {runs} `scripts/build.py --root TMP` (all {len(apis)} skipped, smoke on): "
            + ", ".join(f"{t:.2f}" for t in times)
        )
    return section
