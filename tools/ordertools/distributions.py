"""The ``ordersdk`` distribution's dependencies on the generated clients, written from the specs.

``overlays/pyproject.toml`` depends on each client with a compatible range, ``>=X.Y,<X+1`` from the
spec's ``info.version`` (a new minor or patch of the client satisfies an installed ``ordersdk``; a new
major does not). The lines between the ``BEGIN generated clients`` and ``END generated clients``
comments are the build's: :func:`sync_client_ranges` rewrites them, and ``--check`` reports a
difference as drift, so a version bump can never leave the range behind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from .generate import Target

__all__ = ["OVERLAYS_PYPROJECT", "client_range", "client_ranges_block", "sync_client_ranges"]

OVERLAYS_PYPROJECT = Path("overlays") / "pyproject.toml"
_BLOCK = re.compile(
    r"(?P<begin>^[ \t]*# BEGIN generated clients[^\n]*\n)(?P<body>.*?)(?P<end>^[ \t]*# END generated clients)",
    re.MULTILINE | re.DOTALL,
)
_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.\d+)?")


def client_range(version: str) -> str:
    """``">=X.Y,<X+1"`` for a spec ``info.version`` of ``X.Y.Z``."""
    match = _VERSION.match(version)
    if match is None:
        raise ValueError(f"info.version {version!r} is not X.Y.Z")
    major, minor = int(match[1]), int(match[2])
    return f">={major}.{minor},<{major + 1}"


def client_ranges_block(targets: Iterable[tuple[Target, str]], indent: str = "    ") -> str:
    """The dependency lines for ``(target, spec version)`` pairs, sorted by distribution name."""
    lines = sorted(f'{indent}"{t.project_name}{client_range(v)}",\n' for t, v in targets)
    return "".join(lines)


def sync_client_ranges(root: Path, targets: Iterable[tuple[Target, str]], *, check: bool) -> str | None:
    """Rewrite (or, with ``check``, compare) the block; a message when it changed or drifted, else ``None``.

    Does nothing when ``root`` has no ``overlays/pyproject.toml`` (a scratch root with specs only).
    """
    path = root / OVERLAYS_PYPROJECT
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    match = _BLOCK.search(text)
    if match is None:
        raise ValueError(f"{OVERLAYS_PYPROJECT}: no '# BEGIN generated clients' ... '# END generated clients' block")
    indent = re.match(r"[ \t]*", match["begin"])
    body = client_ranges_block(targets, indent[0] if indent else "    ")
    if body == match["body"]:
        return None
    if check:
        return f"{OVERLAYS_PYPROJECT}: the client ranges differ from the specs' versions (run the build)"
    path.write_text(text[: match.start("body")] + body + text[match.end("body") :], encoding="utf-8")
    return f"{OVERLAYS_PYPROJECT}: client ranges updated from the specs' versions"
