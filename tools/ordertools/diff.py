"""Compare two OpenAPI 3.1 specs the way a user of the generated client sees them.

:func:`diff_specs` walks both specs operation by operation and names each difference by a row of
:data:`RULES` (in :mod:`ordertools.diffrules`, with the decisions behind the rows). A component schema reached from both
sides is judged once per side, located at its own pointer; one reached from no operation is judged as a
``model`` (breaking if either side would break), because openapi-python-client still generates a class for
it. A client-visible difference no rule explains is reported as ``unclassified`` (minor), so the version gate
never passes a surface change unseen.

The version gate, changelog and baseline live in :mod:`ordertools.release`, x-doc provenance coverage in
:mod:`ordertools.provenance`.

Example::

    changes = diff_specs(old_spec, new_spec)
    required_bump(changes)             # "major" | "minor" | "patch" | None
    check_version(old_spec, new_spec)  # None, or "info.version is still 1.2.0, but ... major bump ..."
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .diffrules import RANK, RULES, Change, Rule, required_bump
from .specwalk import (
    DOC_KEYS,
    NAME_MAPS,
    Json,
    Operation,
    canonical,
    diff_pointers,
    escape_pointer,
    json_key,
    normalize,
    operations,
    ref_name,
    resolve,
    security_of,
    split_null,
    strip_keys,
    types_of,
    unwrap_ref,
)

__all__ = ["RULES", "Change", "Rule", "diff_specs", "required_bump"]

Direction = Literal["request", "response", "model"]
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
        old_ops, new_ops = operations(self.old), operations(self.new)
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

    def operation(self, o: Operation, n: Operation) -> None:
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
        was, now = security_of(self.old, o.node), security_of(self.new, n.node)
        # Anonymous access accepts any credentials, so nothing a caller sends stops working.
        for alt in sorted(set() if "(none)" in now else was - now):
            self.emit("security-requirement-removed", ptr + "/security", label, alt)
        for alt in sorted(now - was):
            self.emit("security-requirement-added", ptr + "/security", label, alt)

    def _params(self, spec: Json, op: Operation) -> dict[tuple[str, str], Json]:
        params: dict[tuple[str, str], Json] = {}
        for raw in op.shared_params + list(op.node.get("parameters") or []):
            p = resolve(spec, raw)
            params[(p.get("in", ""), p.get("name", ""))] = p
        return params

    def parameters(self, o: Operation, n: Operation) -> None:
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
        return {m: (v or {}).get("schema") or {} for m, v in (resolve(spec, holder).get("content") or {}).items()}

    def contents(self, was: dict[str, Any], now: dict[str, Any], side: Direction, ptr: str, ctx: str) -> None:
        for media in sorted(was.keys() - now.keys()):
            self.emit("media-type-removed", ptr, ctx, media, side)
        for media in sorted(now.keys() - was.keys()):
            self.emit("media-type-added", ptr, ctx, media, side)
        for media in sorted(was.keys() & now.keys()):
            self.schema(was[media], now[media], side, f"{ptr}/content/{escape_pointer(media)}/schema", ctx, "")

    def request_body(self, o: Operation, n: Operation) -> None:
        was, now = o.node.get("requestBody"), n.node.get("requestBody")
        ptr, ctx = n.pointer + "/requestBody", f"{n.label} request body"
        was_req = bool(resolve(self.old, was).get("required")) if was else False
        now_req = bool(resolve(self.new, now).get("required")) if now else False
        if was is None and now is not None:
            self.emit("request-body-added-required" if now_req else "request-body-added", ptr, n.label)
        elif was is not None and now is None:
            self.emit("request-body-removed", o.pointer + "/requestBody", n.label)
        elif was is not None and now is not None:
            if was_req != now_req:
                kind = "request-body-made-required" if now_req else "request-body-made-optional"
                self.emit(kind, ptr, n.label)
            self.contents(self._content(self.old, was), self._content(self.new, now), "request", ptr, ctx)

    def responses(self, o: Operation, n: Operation) -> None:
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
        (o, o_null), (n, n_null) = split_null(old), split_null(new)
        o, n = unwrap_ref(o), unwrap_ref(n)  # {allOf: [$ref]} is the $ref to the client
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
            detail = f"{ref_name(o_ref)} → {ref_name(n_ref)}"
            self.emit("schema-ref-changed", ptr, ctx, field, side, detail)
            return
        if (o_ref, o_ref, side) in self._seen:
            return
        self._seen.add((o_ref, o_ref, side))
        self._models_seen.add(o_ref)
        ctx = f"schema `{ref_name(o_ref)}` ({_SIDE[side]})"
        self.schema(resolve(self.old, {"$ref": o_ref}), resolve(self.new, {"$ref": o_ref}), side, o_ref, ctx, "")

    def shape(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        o_t, n_t = types_of(o), types_of(n)
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
            if json_key(o.get(key)) != json_key(n.get(key)):
                self.emit("constraint-changed", ptr, ctx, field, side, f"{key}: {o.get(key)!r} → {n.get(key)!r}")
        self.variants(o, n, side, ptr, ctx, field)
        self.properties(o, n, side, ptr, ctx, field)
        for key, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            if isinstance(o.get(key), dict) and isinstance(n.get(key), dict):
                self.schema(o[key], n[key], side, f"{ptr}/{key}", ctx, field + suffix)
            elif json_key(o.get(key)) != json_key(n.get(key)) and key == "additionalProperties":
                self.emit("constraint-changed", ptr, ctx, field, side, "additionalProperties")

    def enum(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        was, now = o.get("enum"), n.get("enum")
        if was is None and now is None:
            return
        if was is None or now is None:
            self.emit("enum-introduced" if was is None else "enum-dropped", ptr, ctx, field, side)
            return
        old_keys, new_keys = {json_key(v): v for v in was}, {json_key(v): v for v in now}
        if removed := [old_keys[k] for k in old_keys.keys() - new_keys.keys()]:
            self.emit("enum-narrowed", ptr, ctx, field, side, ", ".join(map(repr, sorted(removed, key=str))))
        if added := [new_keys[k] for k in new_keys.keys() - old_keys.keys()]:
            self.emit("enum-widened", ptr, ctx, field, side, ", ".join(map(repr, sorted(added, key=str))))
        old_names = dict(zip(map(json_key, was), o.get("x-enum-varnames") or [], strict=False))
        new_names = dict(zip(map(json_key, now), n.get("x-enum-varnames") or [], strict=False))
        renamed = [
            f"{old_keys[k]!r}: {old_names.get(k)} → {new_names.get(k)}"
            for k in old_keys.keys() & new_keys.keys()
            if old_names.get(k) != new_names.get(k)
        ]
        if renamed:
            self.emit("enum-member-renamed", ptr, ctx, field, side, ", ".join(sorted(renamed)))

    def variants(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        for key in ("anyOf", "oneOf"):
            was = {json_key(v): v for v in o.get(key) or []}
            now = {json_key(v): v for v in n.get(key) or []}
            for k in sorted(was.keys() - now.keys()):
                self.emit("variant-removed", ptr, ctx, field, side, ref_name(was[k].get("$ref")))
            for k in sorted(now.keys() - was.keys()):
                self.emit("variant-added", ptr, ctx, field, side, ref_name(now[k].get("$ref")))
            for k in sorted(was.keys() & now.keys()):  # same variant: a referenced model may still have changed
                self.schema(was[k], now[k], side, f"{ptr}/{key}", ctx, field)

    def _props(self, spec: Json, schema: Json, depth: int = 0) -> tuple[dict[str, Any], set[str]]:
        props, required = dict(schema.get("properties") or {}), set(schema.get("required") or [])
        for part in schema.get("allOf") or []:
            if depth < 10:
                more, req = self._props(spec, resolve(spec, part), depth + 1)
                props, required = {**more, **props}, required | req
        return props, required

    def _travels(self, spec: Json, schema: Any, side: Direction) -> bool:
        """Whether a property is part of ``side``: readOnly ones are never sent, writeOnly ones never received."""
        flag = {"request": "readOnly", "response": "writeOnly"}.get(side)
        return flag is None or not unwrap_ref(resolve(spec, split_null(schema)[0])).get(flag)

    def properties(self, o: Json, n: Json, side: Direction, ptr: str, ctx: str, field: str) -> None:
        (was, was_req), (now, now_req) = self._props(self.old, o), self._props(self.new, n)
        for name in sorted(was.keys() | now.keys()):
            # A field that does not travel this way on either side is not this side's business (its
            # `required` applies to the other side only); one that starts or stops travelling still is.
            if not any(
                self._travels(spec, props[name], side)
                for spec, props in ((self.old, was), (self.new, now))
                if name in props
            ):
                continue
            sub, where = f"{field}.{name}" if field else name, f"{ptr}/properties/{escape_pointer(name)}"
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
            self.emit("model-removed", f"#/components/schemas/{escape_pointer(name)}", f"schema `{name}`")
        for name in sorted(now.keys() - was.keys()):
            self.emit("model-added", f"#/components/schemas/{escape_pointer(name)}", f"schema `{name}`")
        for name in sorted(was.keys() & now.keys()):
            ref = f"#/components/schemas/{escape_pointer(name)}"
            if ref not in self._models_seen:
                self.ref(ref, ref, "model", ref, "", "")
        was = (self.old.get("components") or {}).get("securitySchemes") or {}
        now = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(was.keys() | now.keys()):
            ptr, ctx = f"#/components/securitySchemes/{escape_pointer(name)}", f"security scheme `{name}`"
            if name not in now or name not in was:
                self.emit("security-scheme-removed" if name not in now else "security-scheme-added", ptr, ctx)
            elif json_key(strip_keys(was[name], DOC_KEYS)) != json_key(strip_keys(now[name], DOC_KEYS)):
                self.emit("security-scheme-changed", ptr, ctx)


def _without_version(spec: Json) -> Json:
    return {**spec, "info": {k: v for k, v in (spec.get("info") or {}).items() if k != "version"}}


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Classify every difference between two specs that a generated client's user can notice.

    >>> [c.kind for c in diff_specs(spec, {**spec, "paths": {}})]  # doctest: +SKIP
    ['operation-removed', ...]
    """
    o, n = normalize(old), normalize(new)
    changes = _Differ(o, n).run()
    if json_key(strip_keys(o.get("servers"), DOC_KEYS)) != json_key(strip_keys(n.get("servers"), DOC_KEYS)):
        changes.append(Change("servers-changed", "#/servers", "servers changed", False))
    surface_o = canonical(strip_keys({k: v for k, v in o.items() if k not in ("info", "servers")}, DOC_KEYS))
    surface_n = canonical(strip_keys({k: v for k, v in n.items() if k not in ("info", "servers")}, DOC_KEYS))
    if RANK[required_bump(changes)] < RANK["minor"]:  # the safety net: no rule saw a surface change
        for ptr in diff_pointers(surface_o, surface_n)[:10]:
            changes.append(Change("unclassified", "#" + ptr, f"`{ptr}` changed", False))
    docs = diff_pointers(strip_keys(_without_version(o), frozenset()), strip_keys(_without_version(n), frozenset()))
    for ptr in docs:
        parts = ptr.split("/")[1:]
        if parts[0] == "info" or any(
            p in DOC_KEYS and (i == 0 or parts[i - 1] not in NAME_MAPS) for i, p in enumerate(parts)
        ):
            changes.append(Change("docs-changed", "#" + ptr, f"documentation changed at `{ptr}`", False))
    return changes
