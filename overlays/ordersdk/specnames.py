"""Names of a spec that hand-written code relies on: declared once, checked against the spec.

Hand-written code that reads an operation, a parameter, a field or an enum value *by its spec name* (the
mock's behaviour modules, the overlays' pagination) declares each name through a :class:`SpecNames` and uses
the constant it gets back, which is the name itself. :meth:`SpecNames.problems` checks every declaration
against a spec document, so a name the spec renamed or removed fails where the code is loaded (the mock's
``create_app``, the build's smoke step), naming the module and the name, instead of being silently ignored.

Declarations name things the way the spec does (``poReference``, ``sort_column``); ``python=True`` names
them the way the generated client does (``po_reference``), see :func:`python_name`.

Example::

    NAMES = SpecNames("ordermock.behaviours.lagerkoll")
    STATE = NAMES.query("state", "list_purchase_orders")          # "state"
    PO_REF, = NAMES.fields("PurchaseOrder", "poReference")         # ("poReference",)
    NAMES.check(spec.document("lagerkoll"), "lagerkoll")
    # SpecNameError: ordermock.behaviours.lagerkoll: query parameter 'state' of list_purchase_orders is not in
    #   lagerkoll (its query parameters: po_state, sort_column, ...; closest: 'po_state')
"""

from __future__ import annotations

import builtins
import difflib
import keyword
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .spec import HTTP_METHODS, resolve_pointer

__all__ = [
    "Declaration",
    "SpecNameError",
    "SpecNames",
    "find_operation",
    "operation_fields",
    "parameter_schema",
    "property_schema",
    "python_name",
]

Doc = Mapping[str, Any]
#: Checks one declaration: ``None`` when the spec has the name, else what it has instead (for the message).
Check = Callable[[Doc], "str | None"]


class SpecNameError(LookupError):
    """Hand-written code names something its spec does not have (every such name, one per line)."""


@dataclass(frozen=True)
class Declaration:
    """One name a module relies on: what it is (for messages) and how to find it in a spec."""

    what: str
    check: Check


# -- python names (the generator's) ------------------------------------------------------------------------

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def python_name(name: str, prefix: str = "field_") -> str:
    """The identifier openapi-python-client gives a parameter or property named ``name`` (``PageNumber`` ->
    ``page_number``, ``type`` -> ``type_``); a test keeps it equal to the generator's own."""
    safe = "".join(c for c in name if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    spaced = " ".join(re.split("([A-Z]?[a-z]+)", safe)) if any(c.isupper() for c in safe) else safe
    snake = "_".join(re.findall(rf"[^{re.escape(_DELIMITERS)}]+", spaced)).lower()
    if snake in _RESERVED or keyword.iskeyword(snake):
        snake += "_"
    return snake if snake.isidentifier() and not safe.startswith("_") else prefix + snake


# -- reading a spec ----------------------------------------------------------------------------------------


def _deref(doc: Doc, node: Any) -> Any:
    for _ in range(32):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
            return node
        try:
            node = resolve_pointer(doc, node["$ref"])
        except (KeyError, IndexError, ValueError, TypeError):
            return {}
    return node


def find_operation(doc: Doc, operation_id: str) -> tuple[Mapping[str, Any], list[Mapping[str, Any]]] | None:
    """The operation with ``operation_id`` and its parameters (path-level ones included, ``$ref`` followed)."""
    for item in (doc.get("paths") or {}).values():
        item = _deref(doc, item)
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping) and operation.get("operationId") == operation_id:
                raw = list(item.get("parameters") or []) + list(operation.get("parameters") or [])
                return operation, [p for p in (_deref(doc, r) for r in raw) if isinstance(p, Mapping)]
    return None


def parameter_schema(doc: Doc, operation_id: str, name: str) -> Mapping[str, Any]:
    """The schema of parameter ``name`` of ``operation_id`` (``$ref`` followed): where a value's bounds live
    (``minimum``, ``maximum``, ``default``). ``LookupError`` naming both when the spec lacks either."""
    found = find_operation(doc, operation_id)
    if found is None:
        raise LookupError(f"the spec has no operation {operation_id!r}")
    for parameter in found[1]:
        if parameter.get("name") == name:
            schema = _deref(doc, parameter.get("schema") or {})
            return schema if isinstance(schema, Mapping) else {}
    raise LookupError(f"{operation_id} has no parameter {name!r}")


def property_schema(doc: Doc, schema_name: str, name: str) -> Mapping[str, Any]:
    """The schema of property ``name`` of ``components/schemas/<schema_name>`` (``$ref`` followed)."""
    schema = _deref(doc, (doc.get("components", {}).get("schemas") or {}).get(schema_name) or {})
    prop = (schema.get("properties") or {}).get(name) if isinstance(schema, Mapping) else None
    if prop is None:
        raise LookupError(f"schema {schema_name!r} has no property {name!r}")
    resolved = _deref(doc, prop)
    return resolved if isinstance(resolved, Mapping) else {}


def _operation_ids(doc: Doc) -> list[str]:
    ids = []
    for item in (doc.get("paths") or {}).values():
        item = _deref(doc, item)
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping) and operation.get("operationId"):
                ids.append(str(operation["operationId"]))
    return ids


def _schemas_of(doc: Doc, schema: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    """``schema`` and every schema it is made of (``$ref``, ``allOf``, ``anyOf``, ``oneOf``), resolved."""
    schema = _deref(doc, schema)
    if not isinstance(schema, Mapping) or depth > 16:
        return
    yield schema
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or []:
            yield from _schemas_of(doc, part, depth + 1)


def _properties(doc: Doc, schema: Any) -> dict[str, Any]:
    """Every property ``schema`` may have (a property of any variant counts); arrays give their items'."""
    found: dict[str, Any] = {}
    for part in _schemas_of(doc, schema):
        for name, sub in (part.get("properties") or {}).items():
            found.setdefault(str(name), sub)
        if "items" in part:
            for name, sub in _properties(doc, part["items"]).items():
                found.setdefault(name, sub)
    return found


def _enum_values(doc: Doc, schema: Any) -> list[Any]:
    values: list[Any] = []
    for part in _schemas_of(doc, schema):
        values += [v for v in part.get("enum") or [] if v not in values]
        if "const" in part:
            values.append(part["const"])
    return values


def operation_fields(doc: Doc, operation_id: str, where: str) -> Any:
    """The request body schema (``where="body"``) or the first success response schema (``"response"``)."""
    found = find_operation(doc, operation_id)
    if found is None:
        return None
    operation, _ = found
    if where == "body":
        holder = _deref(doc, operation.get("requestBody"))
    else:
        responses = operation.get("responses") or {}
        success = next((str(s) for s in responses if str(s).startswith("2")), None)
        holder = _deref(doc, responses.get(success)) if success else None
    content = (holder or {}).get("content") or {} if isinstance(holder, Mapping) else {}
    media = next((m for m in content if "json" in m or "form" in m), next(iter(content), None))
    return None if media is None else (content[media] or {}).get("schema")


def _near(name: str, candidates: Iterable[str], kind: str) -> str:
    names = sorted(set(candidates))
    if not names:
        return f"it has no {kind}"
    listed = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    close = difflib.get_close_matches(name, names, n=1)
    return f"its {kind}: {listed}" + (f"; closest: {close[0]!r}" if close else "")


# -- declaring ---------------------------------------------------------------------------------------------


@dataclass
class SpecNames:
    """The spec names one module relies on; ``owner`` (the module's ``__name__``) starts every message.

    ``include`` adds the declarations of helper modules whose functions this module calls.
    """

    owner: str
    include: Iterable[SpecNames] = ()
    declarations: list[Declaration] = field(default_factory=list)

    def declare(self, what: str, check: Check) -> None:
        """Add a declaration of your own (what it is, and a check returning ``None`` or what the spec has)."""
        self.declarations.append(Declaration(what, check))

    def operation(self, operation_id: str) -> str:
        """An ``operationId``."""
        self.declare(
            f"operation {operation_id!r}",
            lambda doc: (
                None if operation_id in _operation_ids(doc) else _near(operation_id, _operation_ids(doc), "operations")
            ),
        )
        return operation_id

    def parameter(self, location: str, name: str, *operations: str, python: bool = False) -> str:
        """A ``location`` (``query``, ``path``, ``header``) parameter each of ``operations`` has."""
        for operation_id in operations:
            self.declare(
                f"{location} parameter {name!r} of {operation_id}",
                _parameter_check(operation_id, location, name, python),
            )
        return name

    def query(self, name: str, *operations: str) -> str:
        return self.parameter("query", name, *operations)

    def path(self, name: str, *operations: str) -> str:
        return self.parameter("path", name, *operations)

    def fields(self, schema: str, *names: str, python: bool = False) -> tuple[str, ...]:
        """Properties of component schema ``schema`` (``"Order.lines"`` reaches into a property's items)."""
        for name in names:
            self.declare(f"field {name!r} of schema {schema}", _field_check(("schema", schema), name, python))
        return names

    def body(self, operation_id: str, *names: str, python: bool = False) -> tuple[str, ...]:
        """Properties of ``operation_id``'s request body (``"articles.articleId"`` reaches into a property)."""
        for name in names:
            self.declare(
                f"field {name!r} of the {operation_id} request body", _field_check(("body", operation_id), name, python)
            )
        return names

    def response(self, operation_id: str, *names: str, python: bool = False) -> tuple[str, ...]:
        """Properties of ``operation_id``'s first success response."""
        for name in names:
            self.declare(
                f"field {name!r} of the {operation_id} response", _field_check(("response", operation_id), name, python)
            )
        return names

    def value(self, schema: str, value: Any) -> Any:
        """An enum value of component schema ``schema`` (``"PurchaseOrder.state"`` for a property's enum)."""
        self.declare(f"value {value!r} of {schema}", _value_check(schema, value))
        return value

    def all_declarations(self) -> list[Declaration]:
        return [*self.declarations, *(d for names in self.include for d in names.all_declarations())]

    def problems(self, doc: Doc, source: str) -> list[str]:
        """One line per declared name ``doc`` lacks: ``<owner>: <what> is not in <source> (<what it has>)``."""
        lines = []
        for declaration in self.all_declarations():
            found = declaration.check(doc)
            if found is not None:
                lines.append(f"{self.owner}: {declaration.what} is not in {source} ({found})")
        return list(dict.fromkeys(lines))

    def check(self, doc: Doc, source: str) -> None:
        """Raise :class:`SpecNameError` listing every declared name ``doc`` lacks."""
        if problems := self.problems(doc, source):
            raise SpecNameError("\n".join(problems))


def _parameter_check(operation_id: str, location: str, name: str, python: bool) -> Check:
    def check(doc: Doc) -> str | None:
        found = find_operation(doc, operation_id)
        if found is None:
            return f"it has no operation {operation_id!r}"
        names = [str(p.get("name")) for p in found[1] if p.get("in") == location]
        spelled = [python_name(n) for n in names] if python else names
        return None if name in spelled else _near(name, spelled, f"{location} parameters")

    return check


def _walk(doc: Doc, root: Any, dotted: str, python: bool) -> tuple[Any, str | None]:
    """Follow ``a.b.c`` through properties from ``root``; ``(schema, None)`` or ``(None, what is there)``."""
    schema = root
    for step in dotted.split("."):
        props = _properties(doc, schema)
        by_name = {python_name(n) if python else n: s for n, s in props.items()}
        if step not in by_name:
            return None, _near(step, by_name, "fields")
        schema = by_name[step]
    return schema, None


def _field_check(where: tuple[str, str], dotted: str, python: bool) -> Check:
    kind, name = where

    def check(doc: Doc) -> str | None:
        if kind == "schema":
            head, _, rest = name.partition(".")
            schemas = (doc.get("components") or {}).get("schemas") or {}
            if head not in schemas:
                return _near(head, schemas, "schemas")
            root, missing = _walk(doc, schemas[head], rest, python) if rest else (schemas[head], None)
            if missing is not None:
                return missing
        else:
            if find_operation(doc, name) is None:
                return f"it has no operation {name!r}"
            root = operation_fields(doc, name, kind)
            if root is None:
                return f"{name} has no {'request body' if kind == 'body' else 'success response body'}"
        return _walk(doc, root, dotted, python)[1]

    return check


def _value_check(schema: str, value: Any) -> Check:
    def check(doc: Doc) -> str | None:
        head, _, rest = schema.partition(".")
        schemas = (doc.get("components") or {}).get("schemas") or {}
        if head not in schemas:
            return _near(head, schemas, "schemas")
        node, missing = _walk(doc, schemas[head], rest, False) if rest else (schemas[head], None)
        if missing is not None:
            return missing
        values = _enum_values(doc, node)
        return None if value in values else f"its values: {', '.join(map(repr, values)) or 'none'}"

    return check
