"""When the docs change, end to end, on a copy of the repository (README "When the docs change").

Lagerkoll's vendor renames the ``state`` filter of "Get purchase orders" to ``po_state``. On a copy of the
repository (its own code first on ``PYTHONPATH``, so hand-written files can be edited there too):

1. ``ordertools docdiff`` on the new copy of the document names the changed section and the operation citing it;
2. the spec is edited accordingly (the parameter renamed, a major version bump), the new document replaces the
   old one beside the checkout;
3. the build regenerates the client, then fails in its smoke step naming the mock's behaviour module and the
   name it still reads;
4. the binding is updated: the build passes;
5. the README's Lagerkoll example fails in the README test until it is updated too;
6. ``docdiff --update`` records the new fingerprints: ``docdiff --check`` and ``build --check`` are clean.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from ordertools.paths import DOCS, ROOT

pytestmark = pytest.mark.slow

DOCUMENT = "lagerkoll-purchase-orders.txt"
_IGNORE = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*_cache", "dist", ".build-staging", ".hypothesis")


class Copy:
    """A copy of the repository with the vendor documents beside it, and a way to run its own code."""

    def __init__(self, tmp: Path) -> None:
        self.root = tmp / "ordersdk"
        self.docs = tmp / "shared" / "docs"
        shutil.copytree(ROOT, self.root, ignore=_IGNORE)
        shutil.copytree(DOCS, self.docs)
        for facts in DOCS.parent.glob("*.md"):
            shutil.copy(facts, self.docs.parent / facts.name)
        packages = [self.root / "overlays", self.root / "mock", self.root / "tools", self.root]
        packages += sorted((self.root / "generated").glob("*-client"))
        drop = ("VIRTUAL_ENV", "UV", "PYTHONPATH", "ORDERMOCK_SPECS_DIR")
        self.env = {k: v for k, v in os.environ.items() if k not in drop}
        self.env |= {"PYTHONPATH": os.pathsep.join(map(str, packages)), "ORDERSDK_DOCS": str(self.docs)}
        self.env |= {"PYTHONDONTWRITEBYTECODE": "1", "COLUMNS": "250"}

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=self.root, env=self.env, capture_output=True, text=True, timeout=600
        )

    def tools(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run("-m", "ordertools", *args)

    def edit(self, relative: str, pattern: str, replacement: str) -> None:
        path = self.root / relative
        text, count = re.subn(pattern, replacement, path.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
        assert count == 1, f"{relative}: {pattern!r} not found (the file changed: update this test)"
        path.write_text(text, encoding="utf-8")


def _next_major(spec: Path) -> str:
    match = re.search(r"(?m)^  version: (\d+)\.\d+\.\d+\s*$", spec.read_text(encoding="utf-8"))
    assert match, "specs/lagerkoll.yaml: info.version not found"
    return f"{int(match[1]) + 1}.0.0"


def test_a_renamed_parameter_in_the_docs_reaches_the_spec_the_mock_and_the_readme(tmp_path: Path) -> None:
    if not (DOCS / DOCUMENT).is_file():
        pytest.skip(f"the vendor documents are not beside the checkout ({DOCS}; set ORDERSDK_DOCS)")
    repo = Copy(tmp_path)

    # 1. The vendor's new document: "Get purchase orders" now documents `po_state`.
    old = (repo.docs / DOCUMENT).read_text(encoding="utf-8")
    new, count = re.subn(r"(?m)^state (-1 -1,0,1,2,3,4)$", r"po_state \1", old)
    assert count == 1, "the Lagerkoll document changed: update this test's edit"
    download = tmp_path / "download" / DOCUMENT
    download.parent.mkdir()
    download.write_text(new, encoding="utf-8")
    result = repo.tools("docdiff", "lagerkoll", str(download))
    assert result.returncode == 0, result.stderr
    assert "changed  Get purchase orders" in result.stdout
    assert "+ " in result.stdout and "po_state -1 -1,0,1,2,3,4" in result.stdout
    assert "[ ] operation list_purchase_orders (GET /purchase_orders): changed 'Get purchase orders'" in result.stdout

    # 2. The spec edit the checklist asks for, and the new document in place.
    spec = repo.root / "specs" / "lagerkoll.yaml"
    version = _next_major(spec)
    repo.edit("specs/lagerkoll.yaml", r"^(\s+)- name: state\n(\s+)in: query\n", r"\1- name: po_state\n\2in: query\n")
    repo.edit("specs/lagerkoll.yaml", r"^  version: \S+$", f"  version: {version}")
    shutil.copy(download, repo.docs / DOCUMENT)

    # 3. The build regenerates, then its smoke step names the stale binding of the mock.
    result = repo.tools("build", "--only", "lagerkoll")
    assert result.returncode == 1, result.stdout + result.stderr
    out = " ".join(result.stdout.split())
    assert "ordermock.behaviours.lagerkoll: query parameter 'state' of list_purchase_orders is not in" in out
    assert "closest: 'po_state'" in out
    changelog = (repo.root / "specs" / "CHANGELOG-lagerkoll.md").read_text(encoding="utf-8")
    assert f"## lagerkoll {version}" in changelog and "`state` removed" in changelog

    # 4. The hand-written binding follows the spec: the build passes, the mock filters on `po_state`.
    repo.edit(
        "mock/ordermock/behaviours/lagerkoll.py",
        r'NAMES\.query\("state", "list_purchase_orders"\)',
        'NAMES.query("po_state", "list_purchase_orders")',
    )
    result = repo.tools("build", "--only", "lagerkoll")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "lagerkoll: list_purchase_orders -> 200" in " ".join(result.stdout.split())

    # 5. The README's Lagerkoll example still passes `state=`: the README test fails on it, then passes.
    readme_test = ("-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/repo/test_readme.py")
    result = repo.run(*readme_test)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "unexpected keyword argument 'state'" in result.stdout and "1 failed" in result.stdout
    repo.edit(
        "README.md",
        r"client=client, state=PurchaseOrderStateFilter",
        "client=client, po_state=PurchaseOrderStateFilter",
    )
    result = repo.run(*readme_test)
    assert result.returncode == 0, result.stdout[-3000:]

    # 6. The fingerprints follow the document; everything is in step.
    result = repo.tools("docdiff", "lagerkoll", "--update")
    assert result.returncode == 0 and "recorded" in result.stdout, result.stdout + result.stderr
    assert repo.tools("docdiff", "lagerkoll", "--check").returncode == 0
    result = repo.tools("build", "--only", "lagerkoll", "--check")
    assert result.returncode == 0, result.stdout[-3000:]
