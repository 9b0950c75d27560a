"""Realistic, deterministic data that satisfies a JSON Schema.

Values come from (in order): ``const``/``enum``, a field-name hint (``email``, ``city``, ``zipCode`` ...),
the schema's ``format``/``pattern``, its ``example``/``examples``, then type bounds. A seeded
:class:`random.Random` makes every run with the same seed produce the same data.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import uuid
from collections.abc import Callable

# The regex parser is private (`sre_parse` is deprecated); we only walk its parse tree, which is stable.
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from ._schemas import Schemas
from ._spec import SchemaRef

__all__ = ["DataGenerator"]

FIRST = ["Anna", "Erik", "Lucas", "Maja", "David", "Sofia", "Jonas", "Elin", "Lena", "Oskar", "Clara", "Noah"]
LAST = ["Hellström", "Lindqvist", "Berg", "Schmidt", "Novak", "Andersson", "Weber", "Karlsson", "Fischer"]
CITIES = ["Stockholm", "Berlin", "Göteborg", "Hamburg", "Malmö", "München", "Uppsala", "Köln", "Västra Karup"]
STREETS = ["Glimmingevägen", "Schwedter Straße", "Kungsgatan", "Hauptstraße", "Storgatan", "Lindenallee"]
COMPANIES = ["Nordic Supply AB", "Berg & Söner", "Hansa Logistik GmbH", "Blåsippan Bygg", "Alpen Tools AG"]
PRODUCTS = ["Steel bolts M8", "Oak plank 2m", "Packing tape", "LED panel 60x60", "Cable drum 50m", "Work gloves L"]
WORDS = ["urgent", "standard", "spring", "restock", "north", "warehouse", "priority", "sample", "batch", "return"]
COUNTRIES = ["SE", "DE", "NO", "DK", "FI", "NL"]
CURRENCIES = ["SEK", "EUR", "NOK", "DKK", "USD"]
LANGUAGES = ["sv", "en", "de", "da", "fi"]

_EPOCH_BASE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


class DataGenerator:
    """Generates values for schemas of one spec.

    >>> gen = DataGenerator(schemas, random.Random(7))  # doctest: +SKIP
    >>> gen.generate(schemas.spec.schema_at("/components/schemas/PurchaseOrder"))  # doctest: +SKIP
    """

    max_depth = 5

    def __init__(self, schemas: Schemas, rng: random.Random) -> None:
        self.schemas = schemas
        self.rng = rng
        self._counter = rng.randint(1000, 5000)
        #: Field name (lower-cased, without ``_``) → its hint's value maker; names repeat on every item.
        self._hint_for: dict[str, Callable[[random.Random], str] | None] = {}
        # Per schema object, by id: each entry keeps its schema alive, so no other object can take the id.
        self._kinds: dict[int, tuple[dict[str, Any], str]] = {}
        self._examples: dict[int, tuple[dict[str, Any], list[str]]] = {}

    def next_int(self) -> int:
        self._counter += self.rng.randint(1, 7)
        return self._counter

    def generate(self, ref: SchemaRef, name: str = "", depth: int = 0) -> Any:
        """A value valid against ``ref`` when the schema allows it (the caller may validate)."""
        ref = self.schemas.resolve(ref)
        schema = ref.schema
        if schema is True or not isinstance(schema, dict):
            return self._hinted(name, "string") or self.rng.choice(WORDS)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            choices = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return self.rng.choice(choices)
        if "allOf" in schema:
            if "object" in self.schemas.types(ref) or len(schema["allOf"]) > 1:
                return self._object(ref, depth)
            return self.generate(SchemaRef(f"{ref.pointer}/allOf/0", schema["allOf"][0]), name, depth)
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self._composed(ref, keyword, name, depth)
        kind = self._kind(schema)
        if kind == "null":
            return None
        if kind == "object":
            return self._object(ref, depth)
        if kind == "array":
            return self._array(ref, name, depth)
        if kind == "boolean":
            return self.rng.random() < 0.5
        if kind in ("integer", "number"):
            return self._number(schema, name, kind)
        return self._string(schema, name)

    # -- composite --------------------------------------------------------------------------------

    def _composed(self, ref: SchemaRef, keyword: str, name: str, depth: int) -> Any:
        parts = ref.schema[keyword]
        order = sorted(
            range(len(parts)),
            key=lambda i: self.schemas.types(SchemaRef(f"{ref.pointer}/{keyword}/{i}", parts[i])) == {"null"},
        )
        candidate: Any = None
        for index in order:
            candidate = self.generate(SchemaRef(f"{ref.pointer}/{keyword}/{index}", parts[index]), name, depth)
            if self.schemas.is_valid(ref, candidate):
                return candidate
        return candidate

    def _object(self, ref: SchemaRef, depth: int) -> dict[str, Any]:
        required: set[str] = set()
        for branch in self.schemas.branches(ref):
            if isinstance(branch.schema, dict):
                required.update(branch.schema.get("required", []))
        result: dict[str, Any] = {}
        for prop, sub in self.schemas.properties(ref).items():
            if depth >= self.max_depth and prop not in required:
                continue
            result[prop] = self.generate(sub, prop, depth + 1)
        for prop in required - set(result):
            result[prop] = self.rng.choice(WORDS)
        return result

    def _array(self, ref: SchemaRef, name: str, depth: int) -> list[Any]:
        schema = ref.schema
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", low + 3))
        if depth >= self.max_depth:
            high = low
        count = self.rng.randint(low, max(low, min(high, low + 3 if low else 3)))
        items = self.schemas.items(ref)
        if items is None:
            return [self.rng.choice(WORDS) for _ in range(count)]
        values: list[Any] = []
        for _ in range(count * 3):
            if len(values) == count:
                break
            value = self.generate(items, name.rstrip("s"), depth + 1)
            if schema.get("uniqueItems") and value in values:
                continue
            values.append(value)
        return values

    # -- scalars ----------------------------------------------------------------------------------

    def _kind(self, schema: dict[str, Any]) -> str:
        """The type to generate for a plain schema: its first non-null type (worked out once per schema)."""
        known = self._kinds.get(id(schema))
        if known is None:
            types = self._types(schema)
            known = (schema, next((t for t in types if t != "null"), types[0] if types else "string"))
            self._kinds[id(schema)] = known
        return known[1]

    @staticmethod
    def _types(schema: dict[str, Any]) -> list[str]:
        declared = schema.get("type")
        if isinstance(declared, str):
            return [declared]
        if isinstance(declared, list):
            return [str(t) for t in declared]
        if "properties" in schema:
            return ["object"]
        if "items" in schema:
            return ["array"]
        return ["string"]

    def _number(self, schema: dict[str, Any], name: str, kind: str) -> int | float:
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if "exclusiveMinimum" in schema and low is not None:
            low = low + (1 if kind == "integer" else 0.01)
        if "exclusiveMaximum" in schema and high is not None:
            high = high - (1 if kind == "integer" else 0.01)
        lowered = name.lower()
        if low is None:
            low = 1 if kind == "integer" else 0
        if high is None:
            if lowered.endswith("id") or lowered == "docno":
                high = low + 99999
            elif "date" in lowered or lowered.endswith("time"):  # epoch milliseconds
                base = int(_EPOCH_BASE.timestamp() * 1000)
                return max(int(low), base + self.rng.randint(0, 400) * 86_400_000)
            else:
                high = low + (40 if kind == "integer" else 2500)
        if kind == "integer":
            value = self.rng.randint(int(low), int(high))
            multiple = schema.get("multipleOf")
            if isinstance(multiple, int) and multiple > 0:
                value = (value // multiple) * multiple or multiple
            return value
        value_f = round(self.rng.uniform(float(low), float(high)), 2)
        return min(max(value_f, float(low)), float(high))

    def _string(self, schema: dict[str, Any], name: str) -> str:
        fmt = schema.get("format")
        value: str | None = None
        if fmt:
            value = self._formatted(str(fmt))
        if value is None and "pattern" in schema:
            value = self._from_examples(schema) or self._from_pattern(str(schema["pattern"]))
        if value is None:
            value = self._hinted(name, "string")
        if value is None:
            value = self._from_examples(schema)
        if value is None:
            value = " ".join(self.rng.sample(WORDS, 2))
        low = int(schema.get("minLength", 0))
        high = schema.get("maxLength")
        if len(value) < low:
            value = value + "".join(self.rng.choice(string.ascii_lowercase) for _ in range(low - len(value)))
        if high is not None and len(value) > int(high):
            value = value[: int(high)]
        return value

    def _from_examples(self, schema: dict[str, Any]) -> str | None:
        known = self._examples.get(id(schema))
        if known is None:
            examples = list(schema.get("examples", []))
            if "example" in schema:
                examples.append(schema["example"])
            pattern = schema.get("pattern")
            fitting = [e for e in examples if isinstance(e, str) and (not pattern or re.search(pattern, e))]
            known = (schema, fitting)
            self._examples[id(schema)] = known
        return self.rng.choice(known[1]) if known[1] else None

    def _formatted(self, fmt: str) -> str | None:
        # The moment is drawn for every format, known or not: seeded data depends on the draw sequence.
        moment = _EPOCH_BASE + dt.timedelta(minutes=self.rng.randint(0, 60 * 24 * 500))
        maker = _FORMATS.get(fmt)
        return maker(self.rng, moment) if maker else None

    def _hinted(self, name: str, kind: str) -> str | None:
        lowered = name.lower().replace("_", "")
        if lowered not in self._hint_for:
            self._hint_for[lowered] = _hint(lowered)
        maker = self._hint_for[lowered]
        return maker(self.rng) if maker is not None else None

    def _from_pattern(self, pattern: str) -> str | None:
        try:
            parsed = sre_parse.parse(pattern)
        except re.error:
            return None
        try:
            return self._emit(parsed)
        except _Unsupported:
            return None

    def _emit(self, parsed: Any) -> str:
        out: list[str] = []
        for op, arg in parsed:
            out.append(self._emit_one(op, arg))
        return "".join(out)

    def _emit_one(self, op: Any, arg: Any) -> str:
        c = sre_constants
        if op == c.LITERAL:
            return chr(arg)
        if op == c.ANY:
            return self.rng.choice(string.ascii_letters)
        if op == c.IN:
            return self._emit_class(arg)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = arg
            high = low + 3 if high == c.MAXREPEAT else high
            return "".join(self._emit(sub) for _ in range(self.rng.randint(low, max(low, min(high, low + 3)))))
        if op == c.SUBPATTERN:
            return self._emit(arg[-1])
        if op == c.BRANCH:
            return self._emit(self.rng.choice(arg[1]))
        if op == c.AT:
            return ""
        raise _Unsupported

    def _emit_class(self, items: Any) -> str:
        c = sre_constants
        pool: list[str] = []
        for op, arg in items:
            if op == c.NEGATE:
                raise _Unsupported
            if op == c.LITERAL:
                pool.append(chr(arg))
            elif op == c.RANGE:
                pool.extend(chr(code) for code in range(arg[0], arg[1] + 1))
            elif op == c.CATEGORY:
                pool.extend(_CATEGORY.get(str(arg), string.ascii_letters))
        if not pool:
            raise _Unsupported
        return self.rng.choice(pool)


_CATEGORY = {
    "CATEGORY_DIGIT": string.digits,
    "CATEGORY_WORD": string.ascii_letters + string.digits + "_",
    "CATEGORY_SPACE": " ",
}


#: Values for string formats, from the generator's random source and a random moment.
_FORMATS: dict[str, Callable[[random.Random, dt.datetime], str]] = {
    "date-time": lambda rng, moment: moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    "date": lambda rng, moment: moment.date().isoformat(),
    "time": lambda rng, moment: moment.time().isoformat(timespec="seconds") + "Z",
    "email": lambda rng, moment: f"{rng.choice(FIRST).lower()}.{rng.choice(['berg', 'novak', 'weber'])}@example.com",
    "uuid": lambda rng, moment: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    "uri": lambda rng, moment: f"https://shop.example.com/{rng.choice(WORDS)}/{rng.randint(1, 999)}",
    "url": lambda rng, moment: f"https://shop.example.com/{rng.choice(WORDS)}",
    "hostname": lambda rng, moment: "shop.example.com",
}


def _object_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


#: Field-name hints, first match wins: (substrings of the lower-cased name without ``_``, value maker).
_HINTS: tuple[tuple[tuple[str, ...], Callable[[random.Random], str]], ...] = (
    (("email",), lambda rng: f"{rng.choice(FIRST).lower()}@example.com"),
    (("url", "link", "website"), lambda rng: f"https://shop.example.com/{rng.choice(WORDS)}"),
    (("phone",), lambda rng: f"+46 70 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"),
    (("zip", "postal"), lambda rng: f"{rng.randint(10000, 99999)}"),
    (("city",), lambda rng: rng.choice(CITIES)),
    (("country",), lambda rng: rng.choice(COUNTRIES)),
    (("currency",), lambda rng: rng.choice(CURRENCIES)),
    (("language",), lambda rng: rng.choice(LANGUAGES)),
    (("address", "street"), lambda rng: f"{rng.choice(STREETS)} {rng.randint(1, 120)}"),
    (("company", "supplier", "distributorname", "customername"), lambda rng: rng.choice(COMPANIES)),
    (
        ("username", "contact", "person", "attention", "firstname", "lastname", "reference"),
        lambda rng: f"{rng.choice(FIRST)} {rng.choice(LAST)}",
    ),
    (("article", "product", "item"), lambda rng: rng.choice(PRODUCTS)),
    (("name", "title"), lambda rng: f"{rng.choice(WORDS).title()} order {rng.randint(100, 999)}"),
    (("number", "ref", "code"), lambda rng: f"{rng.randint(1000, 99999)}"),
    (
        ("comment", "message", "text", "description", "note", "memo", "marking"),
        lambda rng: f"{rng.choice(WORDS).title()} delivery, {rng.choice(WORDS)} handling",
    ),
)


def _hint(lowered: str) -> Callable[[random.Random], str] | None:
    """The value maker for a field name (lower-cased, without ``_``), or ``None`` when no hint applies."""
    if lowered in ("id", "_id") or lowered.endswith(("user", "distributor", "project", "workorder")):
        return _object_id
    return next((maker for keys, maker in _HINTS if any(key in lowered for key in keys)), None)


class _Unsupported(Exception):
    pass
