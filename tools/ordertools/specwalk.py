"""Reading an OpenAPI 3.1 spec the way the API diff and the provenance report need it.

Plain-JSON form, local ``$ref`` resolution, the operations of ``paths``, effective security, 3.1 nullability,
documentation keys, and JSON pointers where two specs differ. No opinions about what a change means: those
live in :mod:`ordertools.diffrules` and :mod:`ordertools.diff`.

Example::

    spec = normalize(yaml.safe_load(text))
    for key, op in operations(spec).items():
        print(key, op.label, op.pointer)  # list_orders GET /orders #/paths/~1orders/get
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "DOC_KEYS",
    "NAME_MAPS",
    "Json",
    "Operation",
    "canonical",
    "diff_pointers",
    "escape_pointer",
    "json_key",
    "normalize",
    "operations",
    "ref_name",
    "resolve",
    "security_of",
    "split_null",
    "strip_keys",
    "types_of",
    "unwrap_ref",
]

Json = dict[str, Any]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keys that are documentation wherever they appear as keywords (not as property or map-entry names).
DOC_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs", "x-doc", "x-doc-note"})
# Maps whose keys are names chosen by the spec author, so a key "description" there is a name, not a doc.
NAME_MAPS = frozenset(
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


def escape_pointer(part: str) -> str:
    """One JSON-pointer segment: ``~`` → ``~0``, ``/`` → ``~1``."""
    return part.replace("~", "~0").replace("/", "~1")


def normalize(spec: Mapping[str, Any]) -> Json:
    """``spec`` in its JSON form (dates become strings), so a YAML spec and a JSON baseline compare equal."""
    # YAML may yield dates and the recorded baseline is JSON: compare both in their JSON form.
    result: Json = json.loads(json.dumps(spec, default=str))
    return result


def resolve(spec: Json, node: Any, depth: int = 0) -> Any:
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


def split_null(schema: Any) -> tuple[Json, bool]:
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


_COMBINATORS = ("allOf", "anyOf", "oneOf")


def unwrap_ref(schema: Any) -> Any:
    """A schema whose only subschema (one ``allOf`` / ``anyOf`` / ``oneOf`` entry) is a ``$ref``, as that ``$ref``.

    ``{allOf: [{$ref: X}], description: ...}`` is how a reference gets a description of its own; the wrapper's
    other keys are kept. openapi-python-client passes such a wrapper straight through to ``X``'s class.
    """
    if not isinstance(schema, dict) or "$ref" in schema:
        return schema
    subs = [(key, sub) for key in _COMBINATORS for sub in schema.get(key) or []]
    if len(subs) != 1 or not isinstance(subs[0][1], dict) or not isinstance(subs[0][1].get("$ref"), str):
        return schema
    key, sub = subs[0]
    return {**{k: v for k, v in schema.items() if k != key}, **sub}


def types_of(schema: Json) -> frozenset[str]:
    """The JSON types a schema allows, inferring ``object`` / ``array`` from ``properties`` / ``items``."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return frozenset({kind})
    if isinstance(kind, list):
        return frozenset(kind)
    if "properties" in schema:
        return frozenset({"object"})
    return frozenset({"array"}) if "items" in schema else frozenset()


def json_key(value: Any) -> str:
    """A hashable, order-independent key for any JSON value."""
    return json.dumps(value, sort_keys=True)


def ref_name(ref: str | None) -> str:
    """The last segment of a ``$ref`` (the schema's name), or ``inline schema``."""
    return ref.rsplit("/", 1)[-1] if ref else "inline schema"


@dataclass(frozen=True)
class Operation:
    """One operation of ``paths``: its ``key`` is the ``operationId`` (else ``METHOD /path``)."""

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
        return f"#/paths/{escape_pointer(self.path)}/{self.method}"


def operations(spec: Json) -> dict[str, Operation]:
    """Every operation of a normalized spec, by key, in document order."""
    ops: dict[str, Operation] = {}
    for path, item in (spec.get("paths") or {}).items():
        item = resolve(spec, item)
        for method in _METHODS:
            if isinstance(item.get(method), dict):
                node = item[method]
                key = node.get("operationId") or f"{method.upper()} {path}"
                ops[key] = Operation(key, method, path, node, list(item.get("parameters") or []))
    return ops


def security_of(spec: Json, op: Json) -> set[str]:
    """Effective security alternatives of an operation; ``"(none)"`` means callable without credentials."""
    reqs = op.get("security", spec.get("security")) or [{}]
    return {" + ".join(sorted(r)) or "(none)" for r in reqs}


def strip_keys(node: Any, drop: frozenset[str], names: bool = False) -> Any:
    """Copy ``node`` without keyword keys in ``drop`` (or any ``x-`` key but the doc ones), keeping names."""
    if isinstance(node, list):
        return [strip_keys(v, drop) for v in node]
    if not isinstance(node, dict):
        return node
    kept_extensions = DOC_KEYS | _CLIENT_EXTENSIONS
    keep = {
        k: v for k, v in node.items() if names or not (k in drop or (k.startswith("x-") and k not in kept_extensions))
    }
    return {k: strip_keys(v, drop, names=not names and k in NAME_MAPS) for k, v in keep.items()}


def canonical(node: Any) -> Any:
    """Spell every nullable schema one way, so the safety net ignores ``type: [T, null]`` vs ``anyOf``."""
    if isinstance(node, list):
        return [canonical(v) for v in node]
    if not isinstance(node, dict):
        return node
    plain, nullable = split_null(node)
    plain = {k: canonical(v) for k, v in unwrap_ref(plain).items()}
    return {"anyOf": [plain, {"type": "null"}]} if nullable else plain


def diff_pointers(a: Any, b: Any, at: str = "") -> list[str]:
    """JSON pointers where ``a`` and ``b`` differ (a missing key is reported at the key)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out: list[str] = []
        for k in sorted(a.keys() | b.keys(), key=str):
            where = f"{at}/{escape_pointer(str(k))}"
            out += diff_pointers(a[k], b[k], where) if k in a and k in b else [where]
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [p for i, (x, y) in enumerate(zip(a, b, strict=True)) for p in diff_pointers(x, y, f"{at}/{i}")]
    return [] if a == b else [at]
