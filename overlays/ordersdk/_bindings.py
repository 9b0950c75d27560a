"""The overlays' own spec names: what each API's ``PAGINATION`` relies on, checked against the spec.

A page strategy names request parameters (``PageNumber("page", "limit")``, ``LimitOffset("limit", "offset")``)
or request body fields (``BodyPageNumber("body", "page_number", "number_of_records", operations=...)``) and
reads fields of the pages it gets back (Lagerkoll's ``pages``, Seven Time's ``meta.total_pages``). Those are
the generated client's names of spec names; if the spec renames one, ``paginate()`` either refuses the
operation or stops after the first page. :func:`problems` finds every such name the spec lacks, naming the
strategy and the name; the build's smoke step and ``tests/overlays/test_spec_bindings.py`` call it for each API.

The strategy is read by its attributes (``page_param``, ``size_param``, ``limit_param``, ``offset_param``,
``page_field``, ``size_field``, ``operations``, ``total_pages``), so a strategy only has to keep those names.
``total_pages`` is read by calling it with a recorder that notes the attributes it reads.

Example::

    problems("lagerkoll")   # [] while specs/lagerkoll.yaml has the query parameters page and limit
    # ['ordersdk.lagerkoll.PAGINATION: query parameter 'page' of list_purchase_orders is not in lagerkoll
    #   (its query parameters: page_no, limit, ...; closest: 'page_no')']
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from . import spec as shipped
from .specnames import SpecNames, find_operation, python_name

__all__ = ["check", "page_fields_read", "problems"]

_QUERY_PARAMS = ("page_param", "size_param", "limit_param", "offset_param")


class _Recorder:
    """Stands in for a parsed page: every attribute read returns a recorder one step further down."""

    def __init__(self, path: tuple[str, ...] = ()) -> None:
        self.path = path

    def __getattr__(self, name: str) -> _Recorder:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Recorder((*self.path, name))


def page_fields_read(strategy: Any) -> tuple[str, ...] | None:
    """The attribute path ``strategy.total_pages`` reads from a page (``("meta", "total_pages")``), if any."""
    reader = getattr(strategy, "total_pages", None)
    if not callable(reader):
        return None
    try:
        result = reader(_Recorder())
    except Exception:  # it computes rather than reads: nothing to check by name
        return None
    return result.path if isinstance(result, _Recorder) and result.path else None


def _query_names(doc: Mapping[str, Any], operation_id: str) -> set[str]:
    found = find_operation(doc, operation_id)
    return {python_name(str(p.get("name"))) for p in found[1] if p.get("in") == "query"} if found else set()


def _operation_ids(doc: Mapping[str, Any]) -> list[str]:
    ids = []
    for item in (doc.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, Mapping) else ():
            if isinstance(operation, Mapping) and operation.get("operationId"):
                ids.append(str(operation["operationId"]))
    return ids


def _declare(names: SpecNames, strategy: Any, doc: Mapping[str, Any]) -> None:
    operations = getattr(strategy, "operations", None)
    if operations:  # paging inside the request body of the named operations
        for operation_id in sorted(operations):
            names.operation(operation_id)
            fields = [getattr(strategy, a, None) for a in ("page_field", "size_field")]
            names.body(operation_id, *(f for f in fields if isinstance(f, str)), python=True)
        return
    params = [p for a in _QUERY_PARAMS if isinstance(p := getattr(strategy, a, None), str)]
    if not params:
        return
    by_operation = {op: _query_names(doc, op) for op in _operation_ids(doc)}
    paged = [op for op, have in by_operation.items() if set(params) <= have]
    if not paged:
        everything = sorted(set().union(*by_operation.values())) if by_operation else []
        wanted = " + ".join(params)
        names.declare(
            f"the query parameter pair {wanted} (on any operation)",
            lambda _doc: "its query parameters: " + (", ".join(everything) or "none"),
        )
    for operation_id, have in by_operation.items():
        if have & set(params) and not set(params) <= have:  # half of a pair: the rest was renamed
            names.parameter("query", *[p for p in params if p not in have][:1], operation_id, python=True)
    read = page_fields_read(strategy)
    for operation_id in paged if read else ():
        names.response(operation_id, ".".join(read or ()), python=True)


def problems(api: str, doc: Mapping[str, Any] | None = None, source: str | None = None) -> list[str]:
    """Every name ``ordersdk.<api>.PAGINATION`` relies on that ``doc`` lacks (default: the shipped spec)."""
    doc = shipped.document(api) if doc is None else doc
    strategy = getattr(importlib.import_module(f"ordersdk.{api}"), "PAGINATION", None)
    if strategy is None:
        return []
    names = SpecNames(f"ordersdk.{api}.PAGINATION")
    _declare(names, strategy, doc)
    return names.problems(doc, source or api)


def check(api: str, doc: Mapping[str, Any] | None = None, source: str | None = None) -> None:
    """Raise :class:`ordersdk.specnames.SpecNameError` listing what :func:`problems` finds."""
    from .specnames import SpecNameError

    if found := problems(api, doc, source):
        raise SpecNameError("\n".join(found))
