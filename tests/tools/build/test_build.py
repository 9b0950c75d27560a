"""scripts/build.py: validation errors, generator warnings, skipping, determinism and drift."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import make_root


def run(build_script: ModuleType, root: Path, *args: str) -> int:
    return int(build_script.main(["--root", str(root), "--no-smoke", *args]))


def test_broken_schema_reports_every_problem_with_file_pointer_and_line(
    tmp_path: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid spec fails with all of its problems at once, each with file, line and pointer."""
    root = make_root(tmp_path, spec="broken-schema.yaml")
    assert run(build_script, root) == 1
    out = capsys.readouterr().out
    expected = [
        "specs/widgets.yaml:6: /paths/~1widgets/get: GET /widgets has no operationId [operation-id]",
        "specs/widgets.yaml:6: /paths/~1widgets/get: no x-doc provenance",
        "specs/widgets.yaml:9: /paths/~1widgets/get/responses: declares no error (4xx/5xx) response",
        "specs/widgets.yaml:14: /paths/~1widgets/get/responses/200/content/application~1json/schema/type: "
        "invalid JSON Schema: 'arrray'",
        "specs/widgets.yaml:20: /components/schemas/Widget/properties/name/type: invalid JSON Schema: 'strin'",
    ]
    for line in expected:
        assert line in out
    assert not (root / "generated").exists(), "nothing is generated from an invalid spec"


def test_generator_warning_fails_the_build(
    tmp_path: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """A content type the generator would silently drop fails the build and keeps old output."""
    root = make_root(tmp_path, spec="dropped-content.yaml")
    assert run(build_script, root) == 1
    out = capsys.readouterr().out
    assert "warnings fail the build" in out
    assert "application/pdf" in out
    assert not (root / "generated" / "widgets-client").exists()


def test_content_type_override_fixes_the_dropped_operation(tmp_path: Path, build_script: ModuleType) -> None:
    """The same spec builds once the config maps application/pdf to a binary response."""
    root = make_root(tmp_path, spec="dropped-content.yaml")
    (root / "specs" / "widgets.config.yaml").write_text(
        "project_name_override: widgets-client\npackage_name_override: widgets_client\n"
        "content_type_overrides:\n  application/pdf: application/octet-stream\n"
    )
    assert run(build_script, root) == 0
    module = root / "generated" / "widgets-client" / "widgets_client" / "api" / "widgets" / "print_label.py"
    assert "File" in module.read_text()


def test_example_that_does_not_match_its_schema_fails(
    tmp_path: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """Examples in media types and in schemas are validated, every mismatch reported."""
    root = make_root(tmp_path, spec="bad-example.yaml")
    assert run(build_script, root) == 1
    out = capsys.readouterr().out
    assert (
        "specs/widgets.yaml:15: /paths/~1widgets/post/requestBody/content/application~1json/example/name: "
        "example does not match its schema: 42 is not of type 'string' [example]"
    ) in out
    assert "example/state: example does not match its schema: 7 is not one of [0, 1, 2]" in out
    assert "specs/widgets.yaml:33: /components/schemas/Widget/properties/name/example:" in out


def test_yaml_errors_and_duplicate_keys_are_located(tmp_path: Path, speclint: ModuleType) -> None:
    """A syntax error and a silently-overwritten duplicate key both name their line."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: x\n")
    (problem,) = speclint.lint_spec(bad)
    assert problem.rule == "yaml" and problem.line == 3
    dup = tmp_path / "dup.yaml"
    dup.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\ninfo: {title: y, version: '1'}\npaths: {}\n")
    problems = speclint.lint_spec(dup)
    assert [(p.rule, p.line, p.pointer) for p in problems] == [("yaml", 3, "/info")]


def test_comma_in_unquoted_flow_value_is_caught(tmp_path: Path, speclint: ModuleType) -> None:
    """`{description: a, b}` silently makes `b` a key; the linter names the line and says to quote."""
    spec = tmp_path / "split.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A:\n      properties:\n        id: {type: integer, description: Id of the row, assigned by the server.}\n"
    )
    problems = [p for p in speclint.lint_spec(spec) if p.rule == "yaml"]
    assert [(p.line, p.pointer) for p in problems] == [
        (8, "/components/schemas/A/properties/id/assigned by the server.")
    ]
    assert "quote the value" in problems[0].message


def test_operation_ids_must_be_snake_case(tmp_path: Path, speclint: ModuleType) -> None:
    """operationIds name the generated modules, so camelCase ones are refused with their line."""
    spec = tmp_path / "widgets.yaml"
    spec.write_text(
        (Path(__file__).parent / "fixtures" / "widgets.yaml").read_text().replace("get_widget", "getWidget")
    )
    problems = [p for p in speclint.lint_spec(spec) if p.rule == "operation-id"]
    assert [(p.line, p.message) for p in problems] == [(14, "operationId 'getWidget' is not snake_case")]


def test_valid_spec_generates_and_a_second_build_is_skipped(
    built_root: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unchanged inputs and output are skipped; the stamp records the inputs."""
    out_dir = built_root / "generated" / "widgets-client"
    assert (out_dir / "widgets_client" / "api" / "widgets" / "get_widget.py").is_file()
    assert (out_dir / ".build-stamp.json").is_file()
    assert 'version = "1.0.0"' in (out_dir / "pyproject.toml").read_text()
    capsys.readouterr()
    assert run(build_script, built_root) == 0
    assert "widgets          skipped" in capsys.readouterr().out


def test_generation_is_deterministic(built_root: Path, generate_mod: ModuleType, build_script: ModuleType) -> None:
    """The same inputs give byte-identical files (a fresh run shows no drift)."""
    (target,) = generate_mod.discover(built_root)
    messages, drift = generate_mod.check(target, build_script.baseline_writer(target, build_script.load(target)))
    assert messages == [] and not drift, drift.summary()


def test_hand_edit_fails_check_and_is_repaired_by_build(
    tmp_path: Path, built_root: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """Editing generated/ by hand fails --check with a readable diff; a build restores it."""
    root = tmp_path / "root"
    shutil.copytree(built_root, root)
    client = root / "generated" / "widgets-client" / "widgets_client" / "client.py"
    client.write_text(client.read_text() + "# hand edit\n")
    (root / "generated" / "widgets-client" / "widgets_client" / "extra.py").write_text("x = 1\n")
    capsys.readouterr()
    assert run(build_script, root, "--check") == 1
    out = capsys.readouterr().out
    assert "differs: widgets_client/client.py" in out
    assert "-# hand edit" in out
    assert "not produced by the generator (hand-added?): widgets_client/extra.py" in out
    assert "never edit generated/ by hand" in out
    # The stamp's output digest no longer matches, so a plain build regenerates.
    assert run(build_script, root) == 0
    assert "# hand edit" not in client.read_text()
    assert run(build_script, root, "--check") == 0


def test_spec_change_without_rebuild_fails_check(
    tmp_path: Path, built_root: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """Changing any spec line without regenerating is drift; --force and a build both fix it."""
    root = tmp_path / "root"
    shutil.copytree(built_root, root)
    spec = root / "specs" / "widgets.yaml"
    spec.write_text(spec.read_text().replace("maxLength: 20", "maxLength: 30").replace("1.0.0", "1.1.0"))
    capsys.readouterr()
    assert run(build_script, root, "--check") == 1
    assert "differs: .build-stamp.json" in capsys.readouterr().out
    assert run(build_script, root) == 0
    assert "widgets          generated" in capsys.readouterr().out
    assert run(build_script, root, "--force") == 0
    assert "widgets          generated" in capsys.readouterr().out
    assert run(build_script, root, "--check") == 0


def test_missing_config_and_unknown_api_are_clear_errors(
    tmp_path: Path, build_script: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    """A spec without its generator config, or --only for an unknown API, exits 2 with a reason."""
    root = make_root(tmp_path)
    assert run(build_script, root, "--only", "nope") == 2
    assert "no spec for nope; known APIs: widgets" in capsys.readouterr().out
    (root / "specs" / "widgets.config.yaml").unlink()
    assert run(build_script, root) == 2
    assert "generator config widgets.config.yaml is missing next to the spec" in capsys.readouterr().out


READ_ONLY_SPEC = """\
openapi: 3.1.0
info: {title: Widgets, version: 1.0.0}
tags: [{name: widgets}]
paths:
  /widgets:
    put:
      operationId: update_widget
      tags: [widgets]
      summary: Update a widget
      x-doc: {document: widgets.txt, section: Update widget}
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/WidgetUpdate"}
            examples:
              whole: {value: {id: 1, name: a, parts: [{sku: P-1, stock: 3}]}}
              sent: {value: {name: a, parts: [{sku: P-1}]}}
      responses:
        "200":
          description: The widget.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Widget"}
              example: {id: 1, name: a, parts: [{sku: P-1, stock: 3}]}
        "400":
          description: Invalid.
          content:
            application/json:
              schema: {type: object}
components:
  schemas:
    Widget:
      type: object
      properties:
        id: {type: integer, readOnly: true}
        name: {type: string}
        parts: {type: array, items: {$ref: "#/components/schemas/Part"}}
    WidgetUpdate:
      allOf: [{$ref: "#/components/schemas/Widget"}, {type: object, required: [name]}]
    Part:
      type: object
      properties:
        sku: {type: string}
        stock: {type: integer, readOnly: true}
"""


def test_request_examples_must_not_send_read_only_fields(tmp_path: Path, speclint: ModuleType) -> None:
    """A request example holding a readOnly property (through $ref, allOf and array items) is refused with its
    pointer and line; the same data in a response example is fine."""
    spec = tmp_path / "widgets.yaml"
    spec.write_text(READ_ONLY_SPEC)
    problems = [p for p in speclint.lint_spec(spec) if p.rule == "example-read-only"]
    whole = "/paths/~1widgets/put/requestBody/content/application~1json/examples/whole/value"
    assert [(p.line, p.pointer) for p in problems] == [(16, whole + "/id"), (16, whole + "/parts/0/stock")]
    assert "read-only property 'stock'" in problems[1].message
