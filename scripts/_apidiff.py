"""Compare two OpenAPI 3.1 specs the way a user of the generated client sees them.

Every kind of change is one row of :data:`RULES`: whether it breaks a client where the value is *sent*
(parameters, request bodies), where it is *received* (responses), and which bump it needs when it breaks
nothing. A component schema reached from both sides is judged once per side, located at its own pointer;
one reached from no operation is judged as a ``model`` (breaking if either side would break), because
openapi-python-client still generates a class for it.

Decisions, for a *typed, generated* client (not just for the wire):

- Removing a field breaks on both sides: the model attribute disappears, so code naming it fails.
- Adding a required field breaks requests only; making a field optional breaks responses only (``Unset``).
- Enums: widening breaks responses (exhaustive ``match`` / ``assert_never`` code misses the new member, and
  older clients fail to parse it); narrowing breaks both sides (the Enum member disappears).
- Nullability: ``type: [T, "null"]`` and ``anyOf: [T, {type: "null"}]`` are the same thing; allowing null is a
  widening, forbidding it a narrowing.
- Auth: removing a way to authenticate breaks; making an operation public does not.
- Documentation-only edits need a patch bump (they change docstrings). ``x-`` extensions never reach the
  client and are ignored, except ``x-doc``/``x-doc-note`` (documentation) and ``x-enum-varnames`` (the one
  extension the generator reads: renaming a member breaks).
- A safety net: a client-visible difference no rule explains is reported as ``unclassified`` (minor), so the
  version gate never passes a surface change unseen.
- Versions are semver; in ``0.y.z`` a breaking change bumps ``y`` and anything else ``z`` (Cargo's rule).

Example::

    changes = diff_specs(old_spec, new_spec)
    required_bump(changes)             # "major" | "minor" | "patch" | None
    check_version(old_spec, new_spec)  # None, or "info.version is still 1.2.0, but ... major bump ..."
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "RULES",
    "Change",
    "Coverage",
    "Rule",
    "changelog_entry",
    "check_version",
    "coverage_report",
    "diff_specs",
    "doc_headings",
    "load_baseline",
    "provenance_coverage",
    "record_release",
    "required_bump",
    "save_baseline",
    "suggest_version",
    "uncovered_sections",
    "write_changelog",
]

Bump = Literal["major", "minor", "patch"]
Direction = Literal["request", "response", "model"]
Json = dict[str, Any]
_RANK: dict[str | None, int] = {None: 0, "patch": 1, "minor": 2, "major": 3}


@dataclass(frozen=True)
class Rule:
    """One kind of change: its title, where it breaks a client, and the bump it needs otherwise."""

    title: str
    request: bool  # breaking where the client sends the value
    response: bool  # breaking where the client receives the value
    why: str
    bump: Bump = "minor"


_B, _N = True, False
RULES: dict[str, Rule] = {
    "operation-added": Rule("operation added", _N, _N, "a new function"),
    "operation-removed": Rule("operation removed", _B, _B, "its function disappears"),
    "operation-renamed": Rule("operationId changed", _B, _B, "the function is renamed"),
    "operation-moved": Rule("path or method changed", _N, _N, "same function, new URL"),
    "operation-tag-changed": Rule("tag changed", _B, _B, "the function moves to another api module"),
    "operation-deprecated": Rule("operation deprecated", _N, _N, "still callable"),
    "parameter-added-optional": Rule("optional parameter {} added", _N, _N, "callers may omit it"),
    "parameter-added-required": Rule("required parameter {} added", _B, _B, "existing calls lack it"),
    "parameter-removed": Rule("parameter {} removed", _B, _B, "calls passing it fail"),
    "parameter-made-required": Rule("parameter {} made required", _B, _B, "existing calls may lack it"),
    "parameter-made-optional": Rule("parameter {} made optional", _N, _N, "existing calls still valid"),
    "request-body-added": Rule("optional request body added", _N, _N, "callers may omit it"),
    "request-body-added-required": Rule("required request body added", _B, _B, "existing calls lack it"),
    "request-body-removed": Rule("request body removed", _B, _B, "the body argument disappears"),
    "request-body-made-required": Rule("request body made required", _B, _B, "existing calls may lack it"),
    "request-body-made-optional": Rule("request body made optional", _N, _N, "existing calls still valid"),
    "media-type-added": Rule("media type {} added", _N, _N, "an extra representation"),
    "media-type-removed": Rule("media type {} removed", _B, _B, "that representation is gone"),
    "response-added": Rule("response {} added", _N, _N, "the parsed union gains a member"),
    "response-removed": Rule("response {} removed", _B, _B, "callers relying on it lose it"),
    "property-added-optional": Rule("optional field {} added", _N, _N, "an extra optional attribute"),
    "property-added-required": Rule(
        "required field {} added", _B, _N, "request: model constructors need it; response: just more data"
    ),
    "property-removed": Rule("field {} removed", _B, _B, "the model attribute disappears, on either side"),
    "property-made-required": Rule(
        "field {} made required", _B, _N, "request: callers must now set it; response: never Unset now"
    ),
    "property-made-optional": Rule(
        "field {} made optional", _N, _B, "request: may be omitted; response: code must handle Unset"
    ),
    "type-changed": Rule("{} type changed", _B, _B, "the Python type of the attribute changes"),
    "type-widened": Rule(
        "{} type widened", _N, _B, "request: old values still fit; response: code must handle the new type"
    ),
    "type-narrowed": Rule("{} type narrowed", _B, _N, "request: some values no longer fit; response: fewer cases"),
    "format-changed": Rule("{} format changed", _B, _B, "the generator maps this format to another Python type"),
    "format-hint-changed": Rule("{} format changed", _N, _N, "a format the generator does not type"),
    "enum-widened": Rule(
        "enum {} gained values", _N, _B, "request: more choices; response: exhaustive matches miss the new values"
    ),
    "enum-narrowed": Rule("enum {} lost values", _B, _B, "request: values rejected; both: the Enum member disappears"),
    "enum-member-renamed": Rule("enum {} member renamed", _B, _B, "x-enum-varnames: the Enum member name changes"),
    "enum-introduced": Rule("{} restricted to an enum", _B, _B, "str becomes an Enum class"),
    "enum-dropped": Rule(
        "{} enum restriction dropped", _N, _B, "request: any str fits; response: values are plain str"
    ),
    "variant-added": Rule("union {} gained a variant", _N, _B, "response: code must handle the new variant"),
    "variant-removed": Rule("union {} lost a variant", _B, _N, "request: that variant can no longer be sent"),
    "schema-ref-changed": Rule("{} schema replaced", _B, _B, "the attribute's model class changes"),
    "constraint-changed": Rule("{} constraint changed", _N, _N, "validation only; the generated code is alike"),
    "model-added": Rule("model added", _N, _N, "a new class"),
    "model-removed": Rule("model removed", _B, _B, "imports of the class fail"),
    "security-scheme-added": Rule("security scheme added", _N, _N, "a new way to authenticate"),
    "security-scheme-removed": Rule("security scheme removed", _B, _B, "credentials of that kind stop working"),
    "security-scheme-changed": Rule("security scheme changed", _B, _B, "existing credentials are sent wrongly"),
    "security-requirement-added": Rule("authentication alternative {} added", _N, _N, "old credentials still work"),
    "security-requirement-removed": Rule(
        "authentication alternative {} removed", _B, _B, "callers using it (or none) are refused"
    ),
    "servers-changed": Rule("servers changed", _N, _N, "the client takes base_url from its caller", "patch"),
    "docs-changed": Rule("documentation changed", _N, _N, "docstrings change", "patch"),
    "unclassified": Rule("other client-visible change", _N, _N, "no rule matched; assume an addition"),
}


@dataclass(frozen=True)
class Change:
    """One classified difference; ``location`` is a JSON pointer into the spec (the old one for removals)."""

    kind: str
    location: str
    message: str
    breaking: bool

    @property
    def bump(self) -> Bump:
        """The semver bump this change alone needs."""
        return "major" if self.breaking else RULES[self.kind].bump

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {**self.__dict__, "bump": self.bump}


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys that are documentation wherever they appear as keywords (not as property or map-entry names).
_DOC_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "x-doc", "x-doc-note"})
# Maps whose keys are names chosen by the spec author, so a key "description" there is a name, not a doc.
_NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "paths",
        "responses",
        "content",
        "schemas",
        "parameters",
        "securitySchemes",
        "headers",
        "links",
        "callbacks",
        "requestBodies",
        "encoding",
        "variables",
    }
)
# The only extension openapi-python-client 0.29 reads; every other ``x-`` key never reaches a client.
_CLIENT_EXTENSIONS = frozenset({"x-enum-varnames"})
# Formats openapi-python-client turns into another Python type (date, datetime, UUID, File).
_TYPED_FORMATS = frozenset({"date", "date-time", "uuid", "binary"})
_CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "default",
    "const",
    "readOnly",
    "writeOnly",
)
_SIDE = {"request": "in requests", "response": "in responses", "model": "model"}


def _esc(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _normalize(spec: Mapping[str, Any]) -> Json:
    # YAML may yield dates and the recorded baseline is JSON: compare both in their JSON form.
    result: Json = json.loads(json.dumps(spec, default=str))
    return result


def _resolve(spec: Json, node: Any, depth: int = 0) -> Any:
    """Follow local ``$ref``s (``#/...``) to the node they name."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and depth < 20:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, depth = target, depth + 1
    return node


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and len(schema) == 1


def _split_null(schema: Any) -> tuple[Json, bool]:
    """Separate 3.1 nullability (``type: [T, "null"]`` or ``anyOf: [..., {type: null}]``) from the schema."""
    if not isinstance(schema, dict):
        return {}, False
    kind = schema.get("type")
    if isinstance(kind, list) and "null" in kind:
        rest = [t for t in kind if t != "null"]
        out = {**schema, "type": rest[0] if len(rest) == 1 else rest}
    else:
        key = next((k for k in ("anyOf", "oneOf") if any(map(_is_null, schema.get(k) or []))), None)
        if key is None:
            return schema, False
        alts = [a for a in schema[key] if not _is_null(a)]
        out = {k: v for k, v in schema.items() if k != key}
        out = {**out, **alts[0]} if len(alts) == 1 else {**out, key: alts}
    if isinstance(out.get("enum"), list):
        out["enum"] = [v for v in out["enum"] if v is not None]
    return out, True


def _types(schema: Json) -> frozenset[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(kind)
    if "properties" in schema:
        return frozenset({"object"})
    return frozenset({"array"}) if "items" in schema else frozenset()


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _ref_name(ref: str | None) -> str:
    return ref.rsplit("/", 1)[-1] if ref else "inline schema"


@dataclass(frozen=True)
class _Op:
    key: str
    method: str
    path: str
    node: Json
    shared_params: list[Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def pointer(self) -> str:
        return f"#/paths/{_esc(self.path)}/{self.method}"


def _operations(spec: Json) -> dict[str, _Op]:
    ops: dict[str, _Op] = {}
    for path, item in (spec.get("paths") or {}).items():
        item = _resolve(spec, item)
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                node = item[method]
                key = node.get("operationId") or f"{method.upper()} {path}"
                ops[key] = _Op(key, method, path, node, list(item.get("parameters") or []))
    return ops


def _security(spec: Json, op: Json) -> set[str]:
    """Effective security alternatives of an operation; ``"(none)"`` means callable without credentials."""
    reqs = op.get("security", spec.get("security")) or [{}]
    return {" + ".join(sorted(r)) or "(none)" for r in reqs}


class _Differ:
    def __init__(self, old: Json, new: Json) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self._seen: set[tuple[str, str, Direction]] = set()
        self._models_seen: set[str] = set()

    def emit(
        self, kind: str, ptr: str, context: str, subject: str = "", side: Direction = "model", detail: str = ""
    ) -> None:
        rule = RULES[kind]
        breaking = {"request": rule.request, "response": rule.response}.get(side, rule.request or rule.response)
        what = rule.title.format(f"`{subject}`") if subject else rule.title.replace("{} ", "").replace(" {}", "")
        text = f"{context}: {what}" + (f" ({detail})" if detail else "")
        self.changes.append(Change(kind, ptr, text, breaking))

    def run(self) -> list[Change]:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        gone = {k: o for k, o in old_ops.items() if k not in new_ops}
        fresh = {k: o for k, o in new_ops.items() if k not in old_ops}
        for key, op in gone.items():
            twin = next((n for n in fresh.values() if n.label == op.label), None)
            if twin is None:
                self.emit("operation-removed", op.pointer, op.label, detail=f"was `{key}`")
            else:
                del fresh[twin.key]
                self.emit("operation-renamed", twin.pointer, op.label, detail=f"`{key}` → `{twin.key}`")
                self.operation(op, twin)
        for key, op in fresh.items():
            self.emit("operation-added", op.pointer, op.label, detail=f"`{key}`")
        for key in (k for k in new_ops if k in old_ops):
            self.operation(old_ops[key], new_ops[key])
        self.components()
        return self.changes

    def operation(self, o: _Op, n: _Op) -> None:
        ptr, label = n.pointer, n.label
        if o.label != n.label:
            self.emit("operation-moved", ptr, label, detail=f"was {o.label}")
        if (o.node.get("tags") or [None])[0] != (n.node.get("tags") or [None])[0]:
            self.emit("operation-tag-changed", ptr + "/tags", label)
        if n.node.get("deprecated") and not o.node.get("deprecated"):
            self.emit("operation-deprecated", ptr, label)
        self.parameters(o, n)
        self.request_body(o, n)
        self.responses(o, n)
        was, now = _security(self.old, o.node), _security(self.new, n.node)
        # Anonymous access accepts any credentials, so nothing a caller sends stops working.
        for alt in sorted(set() if "(none)" in now else was - now):
            self.emit("security-requirement-removed", ptr + "/security", label, alt)
        for alt in sorted(now - was):
            self.emit("security-requirement-added", ptr + "/security", label, alt)

    def _params(self, spec: Json, op: _Op) -> dict[tuple[str, str], Json]:
        params: dict[tuple[str, str], Json] = {}
        for raw in op.shared_params + list(op.node.get("parameters") or []):
            p = _resolve(spec, raw)
            params[(p.get("in", ""), p.get("name", ""))] = p
        return params

    def parameters(self, o: _Op, n: _Op) -> None:
        was, now = self._params(self.old, o), self._params(self.new, n)
        ptr = n.pointer + "/parameters"
        for where, name in was:
            if (where, name) not in now:
                self.emit("parameter-removed", o.pointer + "/parameters", n.label, name, detail=where)
        for (where, name), p in now.items():
            old_p = was.get((where, name))
            required = bool(p.get("required"))
            if old_p is None:
                kind = "parameter-added-required" if required else "parameter-added-optional"
                self.emit(kind, ptr, n.label, name, detail=where)
                continue
            if required != bool(old_p.get("required")):
                kind = "parameter-made-required" if required else "parameter-made-optional"
                self.emit(kind, ptr, n.label, name, detail=where)
            context = f"{n.label} parameter `{name}`"
            self.schema(old_p.get("schema") or {}, p.get("schema") or {}, "request", ptr, context, "")

    def _content(self, spec: Json, holder: Any) -> dict[str, Any]:
        return {m: (v or {}).get("schema") or {} for m, v in (_resolve(spec, holder).get("content") or {}).items()}

    def contents(self, was: dict[str, Any], now: dict[str, Any], side: Direction, ptr: str, ctx: str) -> None:
        for media in sorted(was.keys() - now.keys()):
            self.emit("media-type-removed", ptr, ctx, media, side)
        for media in sorted(now.keys() - was.keys()):
            self.emit("media-type-added", ptr, ctx, media, side)
        for media in sorted(was.keys() & now.keys()):
            self.schema(was[media], now[media], side, f"{ptr}/content/{_esc(media)}/schema", ctx, "")

    def request_body(self, o: _Op, n: _Op) -> None:
        was, now = o.node.get("requestBody"), n.node.get("requestBody")
        ptr, ctx = n.pointer + "/requestBody", f"{n.label} request body"
        was_req = bool(_resolve(self.old, was).get("required")) if was else False
        now_req = bool(_resolve(self.new, now).get("required")) if now else False
        if was is None and now is not None:
            self.emit("request-body-added-required" if now_req else "request-body-added", ptr, n.label)
        elif was is not None and now is None:
            self.emit("request-body-removed", o.pointer + "/requestBody", n.label)
        elif was is not None and now is not None:
            if was_req != now_req:
                kind = "request-body-made-required" if now_req else "request-body-made-optional"
                self.emit(kind, ptr, n.label)
            self.contents(self._content(self.old, was), self._content(self.new, now), "request", ptr, ctx)

    def responses(self, o: _Op, n: _Op) -> None:
        was, now = o.node.get("responses") or {}, n.node.get("responses") or {}
        for status in sorted(map(str, was.keys() - now.keys())):
            self.emit("response-removed", f"{o.pointer}/responses/{status}", n.label, status)
        for status in sorted(map(str, now.keys() - was.keys())):
            self.emit("response-added", f"{n.pointer}/responses/{status}", n.label, status)
        for status in sorted(was.keys() & now.keys(), key=str):
            ptr, ctx = f"{n.pointer}/responses/{status}", f"{n.label} response {status}"
            self.contents(
                self._content(self.old, was[status]), self._content(self.new, now[status]), "response", ptr, ctx
            )

    def schema(self, old: Any, new: Any, side: Direction, ptr: str, ctx: str, field: str) -> None:
        o, o_null = _split_null(old)
        n, n_null = _split_null(new)
        if o_null != n_null:
            detail = "null now allowed" if n_null else "null no longer allowed"
            self.emit("type-widened" if n_null else "type-narrowed", ptr, ctx, field, side, detail)
        o_ref, n_ref = o.get("$ref"), n.get("$ref")
        if o_ref or n_ref:
            self.ref(o_ref, n_ref, side, ptr, ctx, field)
            return
        self.shape(o, n, side, ptr, ctx, field)

    def ref(self, o_ref: str | None, n_ref: str | None, side: Direction, ptr: str, ctx: str, field: str) -> None:
        if o_ref != n_ref or o_ref is None:
            detail = f"{_ref_name(o_ref)} → {_ref_name(n_ref)}"
            self.emit("schema-ref-changed", ptr, ctx, field, side, detail)
            return
        if (o_ref, o_ref, side) in self._seen:
            return
        self._seen.add((o_ref, o_ref, side))
        self._models_seen.add(o_ref)
        ctx = f"schema `{_ref_name(o_ref)}` ({_SIDE[side]})"
        self.schema(_resolve(self.old, {"$ref": o_ref}), _resolve(self.new, {"$ref": o_ref}), side, o_ref, ctx, "")

    def shape(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        o_t, n_t = _types(o), _types(n)
        if o_t and n_t and o_t != n_t:
            kind = "type-widened" if o_t < n_t else "type-narrowed" if n_t < o_t else "type-changed"
            self.emit(kind, ptr, ctx, field, side, f"{'|'.join(sorted(o_t))} → {'|'.join(sorted(n_t))}")
            if kind == "type-changed":
                return
        if o.get("format") != n.get("format"):
            typed = {o.get("format"), n.get("format")} & _TYPED_FORMATS
            detail = f"{o.get('format')} → {n.get('format')}"
            self.emit("format-changed" if typed else "format-hint-changed", ptr, ctx, field, side, detail)
        self.enum(o, n, side, ptr, ctx, field)
        for key in _CONSTRAINTS:
            if _key(o.get(key)) != _key(n.get(key)):
                self.emit("constraint-changed", ptr, ctx, field, side, f"{key}: {o.get(key)!r} → {n.get(key)!r}")
        self.variants(o, n, side, ptr, ctx, field)
        self.properties(o, n, side, ptr, ctx, field)
        for key, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            if isinstance(o.get(key), dict) and isinstance(n.get(key), dict):
                self.schema(o[key], n[key], side, f"{ptr}/{key}", ctx, field + suffix)
            elif _key(o.get(key)) != _key(n.get(key)) and key == "additionalProperties":
                self.emit("constraint-changed", ptr, ctx, field, side, "additionalProperties")

    def enum(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        was, now = o.get("enum"), n.get("enum")
        if was is None and now is None:
            return
        if was is None or now is None:
            self.emit("enum-introduced" if was is None else "enum-dropped", ptr, ctx, field, side)
            return
        old_keys, new_keys = {_key(v): v for v in was}, {_key(v): v for v in now}
        if removed := [old_keys[k] for k in old_keys.keys() - new_keys.keys()]:
            self.emit("enum-narrowed", ptr, ctx, field, side, ", ".join(map(repr, sorted(removed, key=str))))
        if added := [new_keys[k] for k in new_keys.keys() - old_keys.keys()]:
            self.emit("enum-widened", ptr, ctx, field, side, ", ".join(map(repr, sorted(added, key=str))))
        old_names = dict(zip(map(_key, was), o.get("x-enum-varnames") or [], strict=False))
        new_names = dict(zip(map(_key, now), n.get("x-enum-varnames") or [], strict=False))
        renamed = [
            f"{old_keys[k]!r}: {old_names.get(k)} → {new_names.get(k)}"
            for k in old_keys.keys() & new_keys.keys()
            if old_names.get(k) != new_names.get(k)
        ]
        if renamed:
            self.emit("enum-member-renamed", ptr, ctx, field, side, ", ".join(sorted(renamed)))

    def variants(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        for key in ("anyOf", "oneOf"):
            was = {_key(v): v for v in o.get(key) or []}
            now = {_key(v): v for v in n.get(key) or []}
            for k in sorted(was.keys() - now.keys()):
                self.emit("variant-removed", ptr, ctx, field, side, _ref_name(was[k].get("$ref")))
            for k in sorted(now.keys() - was.keys()):
                self.emit("variant-added", ptr, ctx, field, side, _ref_name(now[k].get("$ref")))
            for k in sorted(was.keys() & now.keys()):  # same variant: a referenced model may still have changed
                self.schema(was[k], now[k], side, f"{ptr}/{key}", ctx, field)

    def _props(self, spec: Json, schema: Json, depth: int = 0) -> tuple[dict[str, Any], set[str]]:
        props, required = dict(schema.get("properties") or {}), set(schema.get("required") or [])
        for part in schema.get("allOf") or []:
            if depth < 10:
                more, req = self._props(spec, _resolve(spec, part), depth + 1)
                props, required = {**more, **props}, required | req
        return props, required

    def properties(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        (was, was_req), (now, now_req) = self._props(self.old, o), self._props(self.new, n)
        for name in sorted(was.keys() | now.keys()):
            sub, where = f"{field}.{name}" if field else name, f"{ptr}/properties/{_esc(name)}"
            if name not in now:
                self.emit("property-removed", where, ctx, sub, side)
            elif name not in was:
                kind = "property-added-required" if name in now_req else "property-added-optional"
                self.emit(kind, where, ctx, sub, side)
            else:
                if (name in was_req) != (name in now_req):
                    kind = "property-made-required" if name in now_req else "property-made-optional"
                    self.emit(kind, where, ctx, sub, side)
                self.schema(was[name], now[name], side, where, ctx, sub)

    def components(self) -> None:
        was = (self.old.get("components") or {}).get("schemas") or {}
        now = (self.new.get("components") or {}).get("schemas") or {}
        for name in sorted(was.keys() - now.keys()):
            self.emit("model-removed", f"#/components/schemas/{_esc(name)}", f"schema `{name}`")
        for name in sorted(now.keys() - was.keys()):
            self.emit("model-added", f"#/components/schemas/{_esc(name)}", f"schema `{name}`")
        for name in sorted(was.keys() & now.keys()):
            ref = f"#/components/schemas/{_esc(name)}"
            if ref not in self._models_seen:
                self.ref(ref, ref, "model", ref, "", "")
        was = (self.old.get("components") or {}).get("securitySchemes") or {}
        now = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(was.keys() | now.keys()):
            ptr, ctx = f"#/components/securitySchemes/{_esc(name)}", f"security scheme `{name}`"
            if name not in now or name not in was:
                self.emit("security-scheme-removed" if name not in now else "security-scheme-added", ptr, ctx)
            elif _key(_strip(was[name], _DOC_KEYS)) != _key(_strip(now[name], _DOC_KEYS)):
                self.emit("security-scheme-changed", ptr, ctx)


def _strip(node: Any, drop: frozenset[str], names: bool = False) -> Any:
    """Copy ``node`` without keyword keys in ``drop`` (or any ``x-`` key but the doc ones), keeping names."""
    if isinstance(node, list):
        return [_strip(v, drop) for v in node]
    if not isinstance(node, dict):
        return node
    kept_extensions = _DOC_KEYS | _CLIENT_EXTENSIONS
    keep = {
        k: v for k, v in node.items() if names or not (k in drop or (k.startswith("x-") and k not in kept_extensions))
    }
    return {k: _strip(v, drop, names=not names and k in _NAME_MAPS) for k, v in keep.items()}


def _canonical(node: Any) -> Any:
    """Spell every nullable schema one way, so the safety net ignores ``type: [T, null]`` vs ``anyOf``."""
    if isinstance(node, list):
        return [_canonical(v) for v in node]
    if not isinstance(node, dict):
        return node
    plain, nullable = _split_null(node)
    plain = {k: _canonical(v) for k, v in plain.items()}
    return {"anyOf": [plain, {"type": "null"}]} if nullable else plain


def _pointers(a: Any, b: Any, at: str = "") -> list[str]:
    """JSON pointers where ``a`` and ``b`` differ (a missing key is reported at the key)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for k in sorted(a.keys() | b.keys(), key=str):
            where = f"{at}/{_esc(str(k))}"
            out += _pointers(a[k], b[k], where) if k in a and k in b else [where]
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [p for i, (x, y) in enumerate(zip(a, b, strict=True)) for p in _pointers(x, y, f"{at}/{i}")]
    return [] if a == b else [at]


def _without_version(spec: Json) -> Json:
    return {**spec, "info": {k: v for k, v in (spec.get("info") or {}).items() if k != "version"}}


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Classify every difference between two specs that a generated client's user can notice.

    >>> [c.kind for c in diff_specs(spec, {**spec, "paths": {}})]  # doctest: +SKIP
    ['operation-removed', ...]
    """
    o, n = _normalize(old), _normalize(new)
    changes = _Differ(o, n).run()
    if _key(_strip(o.get("servers"), _DOC_KEYS)) != _key(_strip(n.get("servers"), _DOC_KEYS)):
        changes.append(Change("servers-changed", "#/servers", "servers changed", False))
    surface_o = _canonical(_strip({k: v for k, v in o.items() if k not in ("info", "servers")}, _DOC_KEYS))
    surface_n = _canonical(_strip({k: v for k, v in n.items() if k not in ("info", "servers")}, _DOC_KEYS))
    if _RANK[required_bump(changes)] < _RANK["minor"]:  # the safety net: no rule saw a surface change
        for ptr in _pointers(surface_o, surface_n)[:10]:
            changes.append(Change("unclassified", "#" + ptr, f"`{ptr}` changed", False))
    docs = _pointers(_strip(_without_version(o), frozenset()), _strip(_without_version(n), frozenset()))
    for ptr in docs:
        parts = ptr.split("/")[1:]
        if parts[0] == "info" or any(
            p in _DOC_KEYS and (i == 0 or parts[i - 1] not in _NAME_MAPS) for i, p in enumerate(parts)
        ):
            changes.append(Change("docs-changed", "#" + ptr, f"documentation changed at `{ptr}`", False))
    return changes


def required_bump(changes: Iterable[Change]) -> Bump | None:
    """The largest bump any change needs: ``major`` if one breaks, ``minor`` for additions, ``patch`` for docs."""
    best: Bump | None = None
    for change in changes:
        if _RANK[change.bump] > _RANK[best]:
            best = change.bump
    return best


_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$")


def _semver(version: object) -> tuple[int, int, int] | None:
    match = _SEMVER.match(str(version))
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def _effective(bump: Bump, version: tuple[int, int, int]) -> Bump:
    # 0.y.z: initial development; like Cargo, a breaking change bumps y and anything else bumps z.
    if version[0] == 0:
        return "minor" if bump == "major" else "patch"
    return bump


def suggest_version(old_version: str, bump: Bump) -> str:
    """The smallest version after ``old_version`` that carries ``bump`` (0.y.z: breaking bumps y)."""
    v = _semver(old_version)
    if v is None:
        raise ValueError(f"not a semantic version: {old_version!r}")
    bump = _effective(bump, v)
    major, minor, patch = v
    return {"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0", "patch": f"{major}.{minor}.{patch + 1}"}[
        bump
    ]


def check_version(old_spec: Mapping[str, Any], new_spec: Mapping[str, Any]) -> str | None:
    """``None`` if ``new_spec``'s ``info.version`` is bumped enough for its changes, else why it is not.

    A non-semver new version is always an error; a non-semver old version cannot be compared and passes.

    >>> check_version(v1, v1_with_an_operation_removed)  # doctest: +SKIP
    'info.version is still 1.2.0, but the client surface changed: a major bump is needed (→ 2.0.0) ...'
    """
    changes = diff_specs(old_spec, new_spec)
    need = required_bump(changes)
    old_v, new_v = (str((s.get("info") or {}).get("version")) for s in (old_spec, new_spec))
    old_sv, new_sv = _semver(old_v), _semver(new_v)
    if new_sv is None:
        return f"info.version {new_v!r} is not a semantic version (MAJOR.MINOR.PATCH)"
    if need is None or old_sv is None:
        return None
    shifted = _effective(need, old_sv)
    have: Bump | None = None
    if new_sv > old_sv:
        have = "major" if new_sv[0] > old_sv[0] else "minor" if new_sv[1] > old_sv[1] else "patch"
    if _RANK[have] >= _RANK[shifted]:
        return None
    reasons = [c for c in changes if c.bump == need]
    why = "; ".join(c.message for c in reasons[:3]) + (f"; and {len(reasons) - 3} more" if len(reasons) > 3 else "")
    what = {"major": "breaking change", "minor": "addition or change", "patch": "documentation change"}[need]
    state = f"is still {old_v}" if new_v == old_v else f"went from {old_v} to {new_v}"
    zero = " (0.y.z: breaking changes bump y, everything else z)" if old_sv[0] == 0 else ""
    return (
        f"info.version {state}, but the client surface changed: a {shifted} bump is needed{zero} "
        f"(→ {suggest_version(old_v, need)}) because of {len(reasons)} {what}(s): {why}"
    )


_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Breaking changes", "major"),
    ("Changes", "minor"),
    ("Documentation", "patch"),
)


def changelog_entry(
    api: str, old_version: str | None, new_version: str, changes: Iterable[Change], date: _date | None = None
) -> str:
    """A markdown changelog section: breaking changes, other changes, then a documentation summary.

    >>> print(changelog_entry("lagerkoll", "1.2.0", "2.0.0", changes))  # doctest: +SKIP
    ## lagerkoll 2.0.0
    ...
    """
    changes = list(changes)
    head = f"## {api} {new_version}" + (f" ({date.isoformat()})" if date else "") + "\n\n"
    if old_version is None:
        return head + f"First release of the `{api}` client.\n"
    body = f"Changes since {old_version} (needs a **{required_bump(changes) or 'no'}** bump).\n"
    for title, bump in _SECTIONS:
        chosen = [c for c in changes if c.bump == bump]
        if not chosen:
            continue
        if title == "Documentation":
            places = ", ".join(f"`{c.location}`" for c in chosen[:5]) + (", …" if len(chosen) > 5 else "")
            body += f"\n### {title}\n\n- {len(chosen)} documentation edit(s): {places}\n"
        else:
            body += f"\n### {title}\n\n" + "".join(f"- {c.message}\n" for c in chosen)
    return head + body


def _title(entry: str) -> str:
    return entry.splitlines()[0].split(" (")[0] if entry.strip() else ""


def write_changelog(path: Path, api: str, entry: str) -> None:
    """Put ``entry`` at the top of the changelog at ``path`` (newest first), replacing a same-titled entry.

    Re-running a build that already wrote the entry therefore leaves one copy of it.
    """
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Changelog: the `{api}` client\n"
    head, *entries = re.split(r"(?m)^(?=## )", text)
    kept = [e for e in entries if _title(e) != _title(entry)]
    body = "\n".join(e.rstrip() + "\n" for e in [entry, *kept])
    path.write_text(head.rstrip() + "\n\n" + body, encoding="utf-8")


def record_release(
    api: str, old: Mapping[str, Any] | None, new: Mapping[str, Any], changelog: Path, today: _date | None = None
) -> list[Change]:
    """The build's changelog step, after :func:`check_version` passed and the client was generated.

    Writes an entry to ``changelog`` when ``new`` differs from ``old`` (the recorded baseline; ``None`` for a
    first build, which gets a first-release entry) and returns the changes. Unchanged specs write nothing.
    """
    changes = diff_specs(old, new) if old is not None else []
    if old is not None and not changes:
        return []
    old_version = None if old is None else str((old.get("info") or {}).get("version"))
    new_version = str((new.get("info") or {}).get("version"))
    write_changelog(changelog, api, changelog_entry(api, old_version, new_version, changes, today))
    return changes


def save_baseline(path: Path, spec: Mapping[str, Any]) -> None:
    """Record ``spec`` (normalized JSON) as the one the current client was built from."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_normalize(spec), indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load_baseline(path: Path) -> Json | None:
    """The spec recorded by :func:`save_baseline`, or ``None`` before the first build."""
    if not path.exists():
        return None
    data: Json = json.loads(path.read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class Coverage:
    """How many operations and component schemas carry ``x-doc`` provenance, and which do not."""

    operations: int
    operations_missing: tuple[str, ...]
    schemas: int
    schemas_missing: tuple[str, ...]

    def render(self, api: str) -> str:
        """``lagerkoll: x-doc on 36/37 operations, 20/20 schemas`` and one line per missing item."""
        done_ops, done_schemas = (
            self.operations - len(self.operations_missing),
            self.schemas - len(self.schemas_missing),
        )
        lines = [f"{api}: x-doc on {done_ops}/{self.operations} operations, {done_schemas}/{self.schemas} schemas"]
        lines += [f"  no x-doc: operation {name}" for name in self.operations_missing]
        lines += [f"  no x-doc: schema {name}" for name in self.schemas_missing]
        return "\n".join(lines)


def _xdocs(node: Any) -> list[Json]:
    doc = node.get("x-doc") if isinstance(node, dict) else None
    docs = doc if isinstance(doc, list) else [doc]
    return [d for d in docs if isinstance(d, dict) and d.get("document")]


def provenance_coverage(spec: Mapping[str, Any]) -> Coverage:
    """Count the operations and component schemas of ``spec`` that carry ``x-doc: {document, section}``."""
    norm = _normalize(spec)
    ops = list(_operations(norm).values())
    schemas = (norm.get("components") or {}).get("schemas") or {}
    return Coverage(
        len(ops),
        tuple(f"{op.key} ({op.label})" for op in ops if not _xdocs(op.node)),
        len(schemas),
        tuple(sorted(name for name, s in schemas.items() if not _xdocs(s))),
    )


# Lagerkoll marks each endpoint with a line such as "POSTUrl: /{order_id}/deliver" (or a bare "GETUrl:").
_URL_LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s*Url:", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def doc_headings(text: str) -> list[str]:
    """Section headings of a vendor document, in order, without repeats.

    Endpoint documents (Lagerkoll) put each endpoint's heading on the nearest non-blank line above its
    ``POSTUrl:``-style line; those are the headings. Otherwise markdown ``#`` headings outside code fences.
    Prose without either has no reliable headings and yields none.
    """
    lines = [line.strip() for line in text.splitlines()]
    found = [
        next((above for above in reversed(lines[:i]) if above), "")
        for i, line in enumerate(lines)
        if _URL_LINE.match(line)
    ]
    if not found:
        fenced = False
        for line in lines:
            fenced ^= line.startswith("```")
            if not fenced and (match := _MD_HEADING.match(line)):
                found.append(match[1])
    return list(dict.fromkeys(h for h in found if h))


def _heading_key(text: str) -> str:
    return " ".join(text.split()).strip(" :").casefold()


def uncovered_sections(spec: Mapping[str, Any], doc_text: str, document: str | None = None) -> list[str]:
    """Headings of ``doc_text`` that no operation's ``x-doc.section`` names (only ``document``'s, if given).

    A section written as a trail (``"Purchase orders API > Deliver article"``) matches its last step;
    angle quotes (U+203A, U+00BB) work as separators too.
    """
    named: set[str] = set()
    for op in _operations(_normalize(spec)).values():
        for doc in _xdocs(op.node):
            if document is None or doc["document"] == document:
                section = str(doc.get("section", ""))
                named |= {_heading_key(section), _heading_key(re.split(r"\s+[>\u203a\u00bb]\s+", section)[-1])}
    return [h for h in doc_headings(doc_text) if _heading_key(h) not in named]


def coverage_report(api: str, spec: Mapping[str, Any], docs_dir: Path | None = None) -> str:
    """What the build prints per API: :class:`Coverage`, then (with ``docs_dir``) each referenced document's
    headings that no operation references."""
    lines = [provenance_coverage(spec).render(api)]
    documents = {d["document"] for op in _operations(_normalize(spec)).values() for d in _xdocs(op.node)}
    for document in sorted(documents) if docs_dir else []:
        path = docs_dir / document if docs_dir else Path(document)
        if path.is_file():
            missing = uncovered_sections(spec, path.read_text(encoding="utf-8"), document)
            lines.append(f"  {document}: {len(missing)} heading(s) no operation references")
            lines += [f"    - {heading}" for heading in missing]
    return "\n".join(lines)
