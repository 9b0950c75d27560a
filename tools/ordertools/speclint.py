"""Spec validation for ``scripts/build.py``: OpenAPI validity plus the project's own rules.

Every problem is a :class:`Problem` naming the file, the JSON pointer and the line, and
:func:`lint_spec` returns all of them at once rather than stopping at the first.

The rules (see CONTRIBUTING.md) are:

* ``openapi``: the document is valid OpenAPI 3.1 (openapi-spec-validator) and every Schema
  Object is valid JSON Schema 2020-12;
* ``yaml``: the file parses, with no duplicate mapping keys and no flow-mapping value split
  into a stray key by an unquoted comma;
* ``operation-id`` / ``tag`` / ``summary`` / ``provenance``: every operation has a unique
  snake_case ``operationId`` (it names the generated module), exactly one declared tag, a ``summary`` and ``x-doc`` with ``document`` and
  ``section``;
* ``error-responses``: every operation declares at least one 4xx/5xx response, each with a
  schema under ``content``;
* ``example``: every ``example`` / ``examples`` value validates against its schema;
* ``example-read-only``: a request body's examples hold only what a client sends, i.e. no
  property its schema marks ``readOnly`` (tools send examples as they are, and a document's
  sample often shows the whole object).
* ``ref``: every local ``$ref`` points at something. A dangling one is reported where it is written, and the
  validators then run on a copy in which it is an empty schema, so the file's other problems still show.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SPEC_URI = "urn:ordersdk:spec"
_ROOT_KEYS = {
    "openapi",
    "info",
    "jsonSchemaDialect",
    "servers",
    "paths",
    "webhooks",
    "components",
    "security",
    "tags",
    "externalDocs",
}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a spec, located precisely enough to fix without searching."""

    file: str
    line: int
    pointer: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.pointer or '/'}: {self.message} [{self.rule}]"


def escape(token: str | int) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """Build a JSON pointer from unescaped tokens."""
    return "".join("/" + escape(t) for t in tokens)


class LineMap:
    """Maps JSON pointers of a YAML document to 1-based line numbers.

    Built from PyYAML's node graph, so it costs one extra compose of the file. A pointer that
    does not exist (a missing key) resolves to the line of its nearest existing ancestor.
    """

    def __init__(self, root: yaml.Node | None) -> None:
        self.lines: dict[str, int] = {}
        self.duplicates: list[tuple[str, int]] = []
        self.split_scalars: list[tuple[str, int]] = []
        if root is not None:
            self._walk(root, "")

    def _walk(self, node: yaml.Node, at: str) -> None:
        self.lines.setdefault(at, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                child = at + "/" + escape(key)
                if key in seen:
                    self.duplicates.append((child, key_node.start_mark.line + 1))
                if _looks_split(node, key_node, value_node):
                    self.split_scalars.append((child, key_node.start_mark.line + 1))
                seen.add(key)
                self.lines[child] = key_node.start_mark.line + 1
                self._walk(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, f"{at}/{index}")

    def line(self, ptr: str) -> int:
        """The line of ``ptr``, or of its closest existing ancestor."""
        while ptr:
            if ptr in self.lines:
                return self.lines[ptr]
            ptr = ptr.rsplit("/", 1)[0]
        return self.lines.get("", 1)


def _looks_split(mapping: yaml.MappingNode, key: yaml.Node, value: yaml.Node) -> bool:
    """A prose-like key with no value inside a flow mapping: ``{description: a, b}`` made ``b`` a key."""
    return (
        bool(mapping.flow_style)
        and isinstance(value, yaml.ScalarNode)
        and value.tag == "tag:yaml.org,2002:null"
        and value.value == ""
        and " " in str(key.value).strip()
    )


def _parse(text: str) -> tuple[Any, LineMap]:
    """Compose the YAML once (libyaml when available) and build data and line map from it."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, LineMap(node)


def load_spec(path: Path) -> tuple[dict[str, Any] | None, LineMap | None, list[Problem]]:
    """Parse a spec file; on a YAML error return the problem instead of raising."""
    name = str(path)
    try:
        data, lines = _parse(path.read_text(encoding="utf-8"))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        return None, None, [Problem(name, line, "", "yaml", f"not valid YAML: {exc.problem or exc}")]
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return None, None, [Problem(name, 1, "", "yaml", f"cannot read spec: {exc}")]
    if not isinstance(data, dict):
        return None, None, [Problem(name, 1, "", "yaml", "the document is not a mapping")]
    problems = [
        Problem(name, line, ptr, "yaml", "duplicate key (YAML keeps only the last one)")
        for ptr, line in lines.duplicates
    ] + [
        Problem(
            name,
            line,
            ptr,
            "yaml",
            "a comma in an unquoted flow-mapping value split it into a stray key; quote the value",
        )
        for ptr, line in lines.split_scalars
    ]
    return data, lines, problems


def iter_refs(node: Any, at: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(pointer of the object holding it, target)`` for every local ``$ref`` (``#...``) in ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#"):
            yield at, ref
        for key, value in node.items():
            if key not in {"example", "examples"} or not isinstance(value, dict | list):
                yield from iter_refs(value, at + "/" + escape(str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, f"{at}/{index}")


def _unresolved(spec: Any, ref: str) -> str | None:
    """``None`` if the local ``ref`` resolves in ``spec``, else what is missing where (with a close name)."""
    node, at = spec, ""
    for token in ref[1:].split("/")[1:] if ref[1:] else []:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node, at = node[int(key)], f"{at}/{token}"
            continue
        if isinstance(node, dict) and key in node:
            node, at = node[key], f"{at}/{token}"
            continue
        close = difflib.get_close_matches(key, [str(k) for k in node], n=1) if isinstance(node, dict) else []
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"{at or '/'} has no {key!r}{hint}"
    return None


def _without(spec: dict[str, Any], dangling: Sequence[str]) -> dict[str, Any]:
    """A copy of ``spec`` whose dangling ``$ref`` objects are empty schemas (so validators can run)."""
    patched = copy.deepcopy(spec)
    for at in dangling:
        tokens = [t.replace("~1", "/").replace("~0", "~") for t in at.split("/")[1:]]
        if not tokens:
            continue  # a $ref at the root: nothing sensible to stand in for the whole document
        parent: Any = patched
        for token in tokens[:-1]:
            parent = parent[int(token)] if isinstance(parent, list) else parent[token]
        last = tokens[-1]
        if isinstance(parent, list):
            parent[int(last)] = {}
        else:
            parent[last] = {}
    return patched


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation of the spec."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


class _Linter:
    def __init__(self, file: str, spec: dict[str, Any], lines: LineMap) -> None:
        self.file = file
        self.spec = spec
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, ptr: str, rule: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.lines.line(ptr), ptr, rule, message))

    # -- references ------------------------------------------------------------------------
    def check_refs(self) -> list[str]:
        """Report every local ``$ref`` that points at nothing; returns the pointers of the ``$ref`` keys."""
        dangling = []
        for at, ref in iter_refs(self.spec):
            reason = _unresolved(self.spec, ref)
            if reason is not None:
                self.add(at + "/$ref", "ref", f"$ref {ref!r} points to nothing: {reason}")
                dangling.append(at)
        return dangling

    # -- OpenAPI and JSON Schema validity -------------------------------------------------
    def check_openapi(self, dangling: Sequence[str] = ()) -> None:
        from openapi_spec_validator import OpenAPIV31SpecValidator

        if str(self.spec.get("openapi", "")).split(".")[:2] != ["3", "1"]:
            self.add("/openapi", "openapi", f"must be OpenAPI 3.1.x, found {self.spec.get('openapi')!r}")
            return
        schema_errors_before = len(self.problems)
        self.check_schema_objects()
        found_schema_errors = len(self.problems) > schema_errors_before
        try:
            for error in OpenAPIV31SpecValidator(self.spec).iter_errors():
                path = list(error.absolute_path)
                # Errors raised inside a Schema Object come with a path relative to that schema;
                # check_schema_objects() has reported them with full pointers.
                if found_schema_errors and (not path or path[0] not in _ROOT_KEYS):
                    continue
                where = pointer(*path)
                if any(where == d or where.startswith(d + "/") for d in dangling):
                    continue  # the stand-in for a dangling $ref: already reported as such
                self.add(where, "openapi", error.message.split("\n", 1)[0])
        except Exception as exc:  # the validator gave up (it raises on what it cannot resolve): say so, briefly
            self.add("", "openapi", f"the OpenAPI validator stopped: {type(exc).__name__}: {str(exc)[:200]}")

    def check_schema_objects(self) -> None:
        from jsonschema import Draft202012Validator

        meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
        for ptr, schema in iter_schemas(self.spec):
            for error in meta.iter_errors(schema):
                where = ptr + pointer(*error.absolute_path)
                self.add(where, "openapi", f"invalid JSON Schema: {error.message}")

    # -- project rules -------------------------------------------------------------------
    def check_operations(self) -> None:
        declared_tags = {t.get("name") for t in self.spec.get("tags") or [] if isinstance(t, dict)}
        seen_ids: dict[str, str] = {}
        for path, method, op in iter_operations(self.spec):
            at = pointer("paths", path, method)
            op_id = op.get("operationId")
            if not op_id:
                self.add(at, "operation-id", f"{method.upper()} {path} has no operationId")
            elif not _SNAKE.fullmatch(op_id):
                self.add(at + "/operationId", "operation-id", f"operationId {op_id!r} is not snake_case")
            elif op_id in seen_ids:
                self.add(at + "/operationId", "operation-id", f"operationId {op_id!r} also used at {seen_ids[op_id]}")
            else:
                seen_ids[op_id] = f"{method.upper()} {path}"
            tags = op.get("tags") or []
            if len(tags) != 1:
                self.add(at, "tag", f"{method.upper()} {path} needs exactly one tag, has {len(tags)}")
            elif tags[0] not in declared_tags:
                self.add(at + "/tags/0", "tag", f"tag {tags[0]!r} is not declared in the top-level tags")
            if not str(op.get("summary") or "").strip():
                self.add(at, "summary", f"{method.upper()} {path} has no summary")
            self.check_provenance(at, op.get("x-doc"))
            self.check_error_responses(at, op)

    def check_provenance(self, at: str, doc: Any) -> None:
        if not isinstance(doc, dict):
            self.add(at, "provenance", "no x-doc provenance ({document, section})")
            return
        for key in ("document", "section"):
            if not str(doc.get(key) or "").strip():
                self.add(at + "/x-doc", "provenance", f"x-doc has no {key}")

    def check_error_responses(self, at: str, op: dict[str, Any]) -> None:
        responses = op.get("responses") or {}
        errors = [code for code in responses if str(code)[:1] in "45" or str(code) == "default"]
        if not errors:
            self.add(at + "/responses", "error-responses", "declares no error (4xx/5xx) response")
        for code in errors:
            ptr = at + pointer("responses", str(code))
            response = self.resolve(responses[code])
            content = response.get("content") if isinstance(response, dict) else None
            if not content or not all(isinstance(m, dict) and "schema" in m for m in content.values()):
                self.add(ptr, "error-responses", f"error response {code} has no schema under content")

    def resolve(self, node: Any) -> Any:
        """Follow local ``$ref`` chains (components/responses, parameters, ...)."""
        for _ in range(20):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            if not ref.startswith("#/"):
                return node
            node = self.spec
            for token in ref[2:].split("/"):
                key = token.replace("~1", "/").replace("~0", "~")
                node = node.get(key) if isinstance(node, dict) else None
        return node

    # -- examples --------------------------------------------------------------------------
    def check_examples(self) -> None:
        from jsonschema import Draft202012Validator, FormatChecker
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(self.spec, default_specification=DRAFT202012)
        )
        checker = FormatChecker()
        for example_ptr, schema_ptr, value in iter_examples(self.spec):
            validator = Draft202012Validator(
                {"$ref": f"{_SPEC_URI}#{schema_ptr}"}, registry=registry, format_checker=checker
            )
            for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path)):
                where = example_ptr + pointer(*error.absolute_path)
                self.add(where, "example", f"example does not match its schema: {error.message}")

    def check_request_examples(self) -> None:
        """Request-body examples hold no property that the body's schema marks ``readOnly``."""
        for path, method, op in iter_operations(self.spec):
            body = self.resolve(op.get("requestBody"))
            if not isinstance(body, dict):
                continue
            at = pointer("paths", path, method, "requestBody", "content")
            for media_type, media in (body.get("content") or {}).items():
                if not isinstance(media, dict):
                    continue
                owner = at + pointer(media_type)
                found: list[tuple[str, Any]] = []
                if "example" in media:
                    found.append((owner + "/example", media["example"]))
                for name, example in (media.get("examples") or {}).items():
                    example = self.resolve(example)
                    if isinstance(example, dict) and "value" in example:
                        found.append((owner + pointer("examples", name, "value"), example["value"]))
                for example_ptr, value in found:
                    for where in sorted(set(self._read_only_in(media.get("schema"), value, example_ptr))):
                        name = where.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
                        self.add(
                            where,
                            "example-read-only",
                            f"request example sends the read-only property {name!r}; keep request examples "
                            "to what a client sends",
                        )

    def _read_only_in(self, schema: Any, value: Any, at: str) -> Iterator[str]:
        """Pointers (below ``at``) of the properties in ``value`` that ``schema`` marks readOnly."""
        if isinstance(value, dict):
            for key, item in value.items():
                subs = [sub for part in self._parts(schema) for sub in _property(part, key)]
                if any(part.get("readOnly") is True for sub in subs for part in self._parts(sub)):
                    yield at + pointer(key)
                    continue
                for sub in subs:
                    yield from self._read_only_in(sub, item, at + pointer(key))
        elif isinstance(value, list):
            items = [part["items"] for part in self._parts(schema) if isinstance(part.get("items"), dict)]
            for index, item in enumerate(value):
                for sub in items:
                    yield from self._read_only_in(sub, item, at + pointer(index))

    def _parts(self, schema: Any) -> list[dict[str, Any]]:
        """``schema`` and every schema it combines: `$ref` targets and allOf / anyOf / oneOf members."""
        parts: list[dict[str, Any]] = []
        todo, seen = [schema], set()
        while todo:
            node = todo.pop()
            if not isinstance(node, dict) or id(node) in seen:
                continue
            seen.add(id(node))
            parts.append(node)
            if isinstance(node.get("$ref"), str):
                todo.append(self.resolve({"$ref": node["$ref"]}))
            for key in ("allOf", "anyOf", "oneOf"):
                todo.extend(node.get(key) or [])
        return parts


_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_ONE = ("items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames")


def _iter_owners(node: Any, at: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Media Type, Parameter and Header objects: the dicts that hold a ``schema``.

    Does not descend into schemas themselves, so a property named ``schema`` is never
    mistaken for an owner.
    """
    if isinstance(node, dict):
        if isinstance(node.get("schema"), dict | bool):
            yield at, node
        for key, value in node.items():
            if key in {"schema", "example", "examples"} or (at == "/components" and key == "schemas"):
                continue
            yield from _iter_owners(value, at + "/" + escape(str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _iter_owners(value, f"{at}/{index}")


def iter_schemas(spec: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Yield ``(pointer, schema)`` for every root Schema Object of the spec."""
    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield pointer("components", "schemas", name), schema
    for ptr, owner in _iter_owners(spec, ""):
        yield ptr + "/schema", owner["schema"]


def _iter_subschemas(schema: Any, at: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict):
        return
    yield at, schema
    for key in _SUBSCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _iter_subschemas(sub, at + pointer(key, name))
    for key in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from _iter_subschemas(sub, at + pointer(key, index))
    for key in _SUBSCHEMA_ONE:
        yield from _iter_subschemas(schema.get(key), at + pointer(key))


def _property(schema: dict[str, Any], name: str) -> list[Any]:
    properties = schema.get("properties")
    return [properties[name]] if isinstance(properties, dict) and name in properties else []


def iter_examples(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """Yield ``(example pointer, schema pointer, value)`` for every example in the spec."""
    for ptr, owner in _iter_owners(spec, ""):
        if "example" in owner:
            yield ptr + "/example", ptr + "/schema", owner["example"]
        for name, example in (owner.get("examples") or {}).items():
            if isinstance(example, dict) and "value" in example:
                yield ptr + pointer("examples", name, "value"), ptr + "/schema", example["value"]
    for root_ptr, root in iter_schemas(spec):
        for ptr, schema in _iter_subschemas(root, root_ptr):
            if "example" in schema:
                yield ptr + "/example", ptr, schema["example"]
            for index, value in enumerate(schema.get("examples") or []):
                yield ptr + f"/examples/{index}", ptr, value


def lint_spec(path: Path, display: str | None = None) -> list[Problem]:
    """Validate one spec file and return every problem found, sorted by line."""
    return lint(path, display)[1]


def lint(path: Path, display: str | None = None) -> tuple[dict[str, Any] | None, list[Problem]]:
    """Parse and validate one spec file: the document (None if unparsable) and every problem, by line."""
    name = display or str(path)
    spec, lines, problems = load_spec(path)
    problems = [Problem(name, p.line, p.pointer, p.rule, p.message) for p in problems]
    if spec is None or lines is None:
        return None, problems
    linter = _Linter(name, spec, lines)
    dangling = linter.check_refs()
    if dangling:  # the validators resolve every $ref and raise on a dangling one: run them on a patched copy
        linter.spec = _without(spec, dangling)
    linter.check_openapi(dangling)
    linter.check_operations()
    linter.check_examples()
    linter.check_request_examples()
    return spec, sorted(set(problems + linter.problems))


def problems_as_json(problems: Sequence[Problem]) -> str:
    """Machine-readable form of a problem list (for editors and CI annotations)."""
    return json.dumps([p.__dict__ for p in problems], indent=2)
