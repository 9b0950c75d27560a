"""Replacing a generated client as one recoverable transaction, staged next to ``generated/``.

A build writes the new client into ``<root>/.build-staging/<api>-XXXX/new`` (same file system as
``generated/``, so moving it is a rename, never a copy), then *commits*: it writes a journal naming the
client folder, the new tree's stamp and the changelog entry. After the commit it swaps the trees (one
``renameat2(RENAME_EXCHANGE)`` on Linux; two renames elsewhere), writes the changelog entry, deletes the journal
and the staging folder. A kill anywhere leaves either no journal (the old client is untouched; the staged tree is
swept) or a journal the next build finishes: the swap, if it had not happened, and the changelog entry, which
:func:`ordertools.release.write_changelog` writes idempotently. ``generated/<api>-client`` itself is never
deleted file by file.

The staging folder is locked (``flock``) for the whole build: a second build of the same checkout stops
with :class:`BuildBusy` instead of sweeping the first one's work. ``ORDERTOOLS_KILL_AT=<checkpoint>`` makes
the process ``SIGKILL`` itself at that checkpoint (``staged``, ``committed``, ``swapped``, ``changelog``,
``finished``): the kill tests use it.

Example::

    with Staging(root) as area:          # sweeps or finishes what an earlier, killed build left
        txn = area.new("lagerkoll")
        generate_into(target, txn / "new")
        area.replace(txn, target.out_dir, ChangelogEntry(path, "lagerkoll", entry))
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import os
import shutil
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from . import release

__all__ = ["ATOMIC_EXCHANGE", "KILL_ENV", "STAGING", "BuildBusy", "ChangelogEntry", "Staging", "checkpoint", "pending"]

#: The staging folder, a sibling of ``generated/`` (outside it: ``generated/*`` are uv workspace members).
STAGING = ".build-staging"
KILL_ENV = "ORDERTOOLS_KILL_AT"
JOURNAL = "journal.json"
NEW = "new"
_LOCK = ".lock"
_STAMP = ".build-stamp.json"


class BuildBusy(RuntimeError):
    """Another build holds this checkout's staging folder."""


@dataclass(frozen=True)
class ChangelogEntry:
    """A changelog entry that belongs to a replacement: written after the swap, replayed after a kill."""

    path: Path
    api: str
    text: str


def checkpoint(name: str) -> None:
    """``SIGKILL`` this process here when ``$ORDERTOOLS_KILL_AT`` names this checkpoint (kill tests only)."""
    if os.environ.get(KILL_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


# -- the swap -----------------------------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _renameat2() -> Any:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError, TypeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


_EXCHANGE = _renameat2()


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one system call; ``False`` where the platform or file system cannot."""
    if _EXCHANGE is None:
        return False
    if _EXCHANGE(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _swap(txn: Path, out_dir: Path) -> None:
    """Put ``txn/new`` at ``out_dir``: one exchange where possible, else old aside then new in (two renames)."""
    new = txn / NEW
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    if not out_dir.exists():
        os.rename(new, out_dir)
    elif not _exchange(new, out_dir):
        os.rename(out_dir, txn / "old")
        os.rename(new, out_dir)


def _probe() -> bool:
    """Whether directories in the temp folder can be exchanged atomically (the tests' file system)."""
    with tempfile.TemporaryDirectory(prefix="ordertools-probe-") as tmp:
        a, b = Path(tmp) / "a", Path(tmp) / "b"
        a.mkdir()
        b.mkdir()
        return _exchange(a, b)


#: Whether ``generated/<api>-client`` is swapped in one step here (else two renames, finished by recovery).
ATOMIC_EXCHANGE = _probe()


def _stamp(tree: Path) -> str | None:
    try:
        return (tree / _STAMP).read_text(encoding="utf-8")
    except OSError:
        return None


def _is_new(tree: Path, stamp: str) -> bool:
    """Whether ``tree`` is the committed tree: its stamp, and files that still match the stamp's digest."""
    from .generate import tree_digest  # generate uses this module: import at call time

    if _stamp(tree) != stamp:
        return False
    try:
        outputs = json.loads(stamp).get("outputs_sha256")
    except ValueError:
        return False
    return bool(outputs) and tree_digest(tree) == outputs


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


# -- the staging area ---------------------------------------------------------------------------------------


class Staging:
    """The build's staging folder: locked while a build runs, swept and recovered when it starts."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.dir = root / STAGING
        self.recovered: list[str] = []
        self._lock: IO[str] | None = None

    def __enter__(self) -> Staging:
        self.dir.mkdir(exist_ok=True)
        self._lock = open(self.dir / _LOCK, "a")  # held (and flock-ed) for the whole build
        try:
            import fcntl

            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # no flock (Windows): one build at a time is then the user's affair
            pass
        except OSError as exc:
            self._lock.close()
            self._lock = None
            raise BuildBusy(f"another build is running in {self.root} (it holds {self.dir / _LOCK})") from exc
        self.recovered = self.recover()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._lock is None:
            return
        with contextlib.suppress(OSError):
            if not [p for p in self.dir.iterdir() if p.name != _LOCK]:
                (self.dir / _LOCK).unlink()
                self.dir.rmdir()
        self._lock.close()
        self._lock = None

    def new(self, name: str) -> Path:
        """A fresh, empty transaction folder for ``name``; build the new tree at ``<it>/new``."""
        return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.dir))

    def discard(self, txn: Path) -> None:
        """Drop a transaction that was never committed (the generator failed, say)."""
        if not (txn / JOURNAL).exists():
            shutil.rmtree(txn, ignore_errors=True)

    def replace(self, txn: Path, out_dir: Path, changelog: ChangelogEntry | None = None) -> None:
        """Commit ``txn/new`` as ``out_dir`` (with its changelog entry), then carry it out."""
        new = txn / NEW
        stamp = _stamp(new)
        if stamp is None:
            raise ValueError(f"{new}: a staged tree needs its {_STAMP} before it can replace {out_dir}")
        journal: dict[str, Any] = {"out_dir": os.path.relpath(out_dir, self.root), "stamp": stamp}
        if changelog is not None:
            journal["changelog"] = {
                "path": os.path.relpath(changelog.path, self.root),
                "api": changelog.api,
                "text": changelog.text,
            }
        checkpoint("staged")
        _write_atomically(txn / JOURNAL, json.dumps(journal, indent=2) + "\n")
        checkpoint("committed")
        _swap(txn, out_dir)
        self._finish(txn, journal, swapped=True)

    def _finish(self, txn: Path, journal: dict[str, Any], *, swapped: bool = False) -> None:
        """Carry out a committed transaction; every step may be repeated after a kill."""
        out_dir, new = self.root / journal["out_dir"], txn / NEW
        if not swapped and not _is_new(out_dir, journal["stamp"]):
            if _stamp(new) != journal["stamp"]:
                raise RuntimeError(f"{txn}: the committed tree for {out_dir} is gone; remove the folder and rebuild")
            _swap(txn, out_dir)
        checkpoint("swapped")
        entry = journal.get("changelog")
        if entry is not None:
            release.write_changelog(self.root / entry["path"], entry["api"], entry["text"])
        checkpoint("changelog")
        (txn / JOURNAL).unlink()
        shutil.rmtree(txn, ignore_errors=True)
        checkpoint("finished")

    def recover(self) -> list[str]:
        """Finish every committed transaction an earlier build left, drop the uncommitted ones; what was done."""
        done = []
        for txn in sorted(p for p in self.dir.iterdir() if p.is_dir()):
            journal = _journal(txn)
            if journal is None:
                shutil.rmtree(txn, ignore_errors=True)
                done.append(f"removed the unfinished staging of an interrupted build: {txn.name}")
            else:
                self._finish(txn, journal)
                done.append(f"finished the interrupted replacement of {journal['out_dir']} (and its changelog entry)")
        return done


def _journal(txn: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((txn / JOURNAL).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def pending(root: Path) -> list[str]:
    """Committed replacements an interrupted build left unfinished in ``root`` (read only, for ``--check``)."""
    folder = root / STAGING
    if not folder.is_dir():
        return []
    return [str(j["out_dir"]) for txn in sorted(folder.iterdir()) if txn.is_dir() and (j := _journal(txn))]
