"""A ``$ref`` to a schema that does not exist is one located problem among the others, not a crash."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from .conftest import make_root


def test_missing_ref_is_located_next_to_every_other_problem_of_the_file(
    tmp_path: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each dangling $ref is `file:line: /pointer: message`; the file's other problems are reported too."""
    root = make_root(tmp_path, spec="missing-ref.yaml")
    assert build_script.main(["--root", str(root), "--no-smoke"]) == 1
    out = capsys.readouterr().out
    expected = [
        "specs/widgets.yaml:27: /paths/~1widgets~1{id}/get/responses/200/content/application~1json/schema/$ref: "
        "$ref '#/components/schemas/Widgt' points to nothing: /components/schemas has no 'Widgt' (did you mean "
        "'Widget'?) [ref]",
        "specs/widgets.yaml:41: /components/schemas/Widget/properties/parts/items/$ref: "
        "$ref '#/components/schemas/Part' points to nothing: /components/schemas has no 'Part' [ref]",
        "specs/widgets.yaml:12: /paths/~1widgets~1{id}/get: GET /widgets/{id} has no summary [summary]",
        "specs/widgets.yaml:45: /components/schemas/Error/properties/errorMessage/type: invalid JSON Schema:",
    ]
    for line in expected:
        assert line in out
    assert "'openapi': '3.1.0'" not in out, "the spec itself is never dumped"
    assert len(out) < 3000
    assert not (root / "generated").exists()


def test_lint_reports_missing_refs_as_problems(tmp_path: Path, speclint: ModuleType) -> None:
    """lint() returns the dangling refs as problems (rule `ref`) instead of raising."""
    root = make_root(tmp_path, spec="missing-ref.yaml")
    spec, problems = speclint.lint(root / "specs" / "widgets.yaml")
    assert spec is not None
    refs = [p for p in problems if p.rule == "ref"]
    assert [p.pointer for p in refs] == [
        "/paths/~1widgets~1{id}/get/responses/200/content/application~1json/schema/$ref",
        "/components/schemas/Widget/properties/parts/items/$ref",
    ]
    assert {p.rule for p in problems} >= {"ref", "summary", "openapi"}


def test_ref_into_a_path_with_escaped_segments_resolves(tmp_path: Path, speclint: ModuleType) -> None:
    """A $ref whose pointer escapes `/` and `~` (RFC 6901) is not a false alarm."""
    root = make_root(tmp_path)
    spec_file = root / "specs" / "widgets.yaml"
    text = spec_file.read_text(encoding="utf-8").replace(
        "      parameters:\n        - name: id",
        "      parameters:\n        - $ref: '#/paths/~1widgets~1{id}/get/x-shared/0'\n      x-shared:\n        - name: id",
        1,
    )
    spec_file.write_text(text, encoding="utf-8")
    _, problems = speclint.lint(spec_file)
    assert [p for p in problems if p.rule == "ref"] == []
