"""Fitting stored objects into the exact shape a response schema documents.

The store keeps plain objects; a response may want the bare object, an envelope
(``{"data": {...}}``), a page (``{"meta": {...}, "data": [...]}``, ``{"ordersCount", "pages",
"orders": [...]}``) or a bare array. :class:`Shaper` finds that shape from the schema itself, fills
page metadata by field name, and repairs any field that would not validate with generated data.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ._datagen import DataGenerator
from ._schemas import Schemas
from ._spec import SchemaRef

__all__ = ["Page", "Shaper"]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Page:
    """Where a page sits in a list: ``page`` is in the API's own numbering (0- or 1-based)."""

    total: int
    page: int
    size: int
    offset: int

    @property
    def pages(self) -> int:
        return math.ceil(self.total / self.size) if self.size else 0


class Shaper:
    """Shapes values to schemas of one spec, generating whatever is missing."""

    def __init__(self, schemas: Schemas, gen: DataGenerator) -> None:
        self.schemas = schemas
        self.gen = gen

    def fit(self, ref: SchemaRef, value: Any, name: str = "", depth: int = 0) -> Any:
        """``value`` if valid, else the closest valid value keeping every field that fits."""
        if self.schemas.is_valid(ref, value) or depth > 8:
            return value
        types = self.schemas.types(ref)
        if isinstance(value, dict) and ("object" in types or not types):
            fitted = self._fit_object(ref, value, depth)
            if self.schemas.is_valid(ref, fitted):
                return fitted
        if isinstance(value, list) and "array" in types:
            items = self.schemas.items(ref)
            fitted_list = [self.fit(items, v, name, depth + 1) for v in value] if items else value
            if self.schemas.is_valid(ref, fitted_list):
                return fitted_list
        if isinstance(value, str) and types & {"integer", "number"}:
            try:
                number = float(value)
                candidate: Any = int(number) if "integer" in types and number.is_integer() else number
                if self.schemas.is_valid(ref, candidate):
                    return candidate
            except ValueError:
                pass
        numeric = isinstance(value, int | float) and not isinstance(value, bool)
        if numeric and "string" in types and self.schemas.is_valid(ref, str(value)):
            return str(value)
        if isinstance(value, str) and _DATE.match(value):  # a date sent where a date-time is stored
            moment = f"{value}T00:00:00.000Z"
            if self.schemas.is_valid(ref, moment):
                return moment
        return self.gen.generate(ref, name, depth)

    def _fit_object(self, ref: SchemaRef, value: dict[str, Any], depth: int) -> dict[str, Any]:
        props = self.schemas.properties(ref)
        required: set[str] = set()
        closed = False
        for branch in self.schemas.branches(ref):
            if isinstance(branch.schema, dict):
                required.update(branch.schema.get("required", []))
                closed = closed or branch.schema.get("additionalProperties") is False
                closed = closed or branch.schema.get("unevaluatedProperties") is False
        result: dict[str, Any] = {}
        for key, item in value.items():
            if key in props:
                result[key] = self.fit(props[key], item, key, depth + 1)
            elif not closed and props:
                result[key] = item
        for key in required - set(result):
            sub = props.get(key)
            result[key] = self.gen.generate(sub, key, depth + 1) if sub else None
        return result

    # -- envelopes ---------------------------------------------------------------------------------

    def item(self, ref: SchemaRef, item: dict[str, Any]) -> Any:
        """``item`` shaped for a single-object response (bare or wrapped in an envelope)."""
        props = self.schemas.properties(ref)
        if props and not set(props) & set(item):
            for name, sub in props.items():
                if "object" in self.schemas.types(sub) and self.schemas.properties(sub):
                    envelope = self.fit(ref, {name: self.fit(sub, item, name)})
                    return envelope
            for sub in props.values():  # a one-element list envelope (Lagerkoll single GETs)
                items = self.schemas.items(sub) if "array" in self.schemas.types(sub) else None
                if items is not None and "object" in self.schemas.types(items):
                    return self.page(ref, [item], Page(total=1, page=0, size=1, offset=0))
        return self.fit(ref, item)  # the item itself (fit returns it unchanged when already valid)

    def page(self, ref: SchemaRef, items: list[dict[str, Any]], page: Page) -> Any:
        """One page of ``items`` shaped as the schema's list response (bare array or envelope).

        Stored items already fit (generated valid, fitted on every write), so the page is validated
        once as a whole; only a page that fails is repaired item by item (as :meth:`fit` would).
        """
        types = self.schemas.types(ref)
        if "array" in types:
            element = self.schemas.items(ref)
            if element is None or self.schemas.is_valid(ref, items):
                return items
            return [self.fit(element, item) for item in items]
        props = self.schemas.properties(ref)
        list_name = next((n for n, sub in props.items() if "array" in self.schemas.types(sub)), None)
        if list_name is None:
            return self.fit(ref, items[0] if items else {})
        body = {name: items if name == list_name else self._meta(sub, name, page) for name, sub in props.items()}
        if self.schemas.is_valid(ref, body):
            return body
        element = self.schemas.items(props[list_name])
        if element is not None:
            body[list_name] = [self.fit(element, item) for item in items]
        return self.fit(ref, body)

    def _meta(self, ref: SchemaRef, name: str, page: Page) -> Any:
        if "object" in self.schemas.types(ref):
            return {n: self._meta(sub, n, page) for n, sub in self.schemas.properties(ref).items()}
        key = name.lower().replace("_", "")
        value: Any
        if ("page" in key and key.endswith("s")) or key in ("totalpages", "pagecount", "numberofpages"):
            value = page.pages
        elif key in ("page", "currentpage", "pagenumber", "pageindex"):
            value = page.page
        elif "size" in key or key in ("limit", "perpage", "numberofrecords"):
            value = page.size
        elif key == "offset":
            value = page.offset
        elif "count" in key or "total" in key or key in ("records", "hits"):
            value = page.total
        else:
            return self.gen.generate(ref, name)
        return self.fit(ref, value, name)
