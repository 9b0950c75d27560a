"""Order Time: ``apiKey`` + ``email`` + ``password`` (or ``DevKey``) headers, ASP.NET-style errors.

What the spec cannot say: which collection a ``RecordType`` number lists, how ``Filters`` /
``Sortation`` / ``PageNumber`` apply, that a failed login is a 403, that the server numbers the
lines of a sales document (``Id``, ``LineNo``), and that a line item is read from its document
(``recordType`` + ``docNo`` + ``lineId``).
"""

from __future__ import annotations

from typing import Any

from .._behaviour import Behaviour, ErrorInfo, Reply
from .._context import Context
from .._requests import ParsedRequest

#: RecordTypeEnum numbers backed by a collection of the mock (others list generated records).
RECORD_TYPES = {
    4: "/shipdoc",
    7: "/salesorder",
    13: "/quote",
    100: "/partitem",
    101: "/partitem",
    115: "/partitem",
    120: "/customer",
}
#: Documents holding line items, by the ``recordType`` of a line-item read.
LINE_DOCUMENTS = {7: "/salesorder", 13: "/quote"}
LINE_ITEMS = "/salesorderlineitem"
LIKE = 12
DESCENDING = 2
MAX_RECORDS = 1000


def error_body(status: int, info: ErrorInfo) -> Any:
    if status == 409:
        return [{"ErrorMessage": info.message, "MemberNames": [info.field] if info.field else []}]
    return {"Message": info.message}


def _dotted(item: Any, path: str) -> Any:
    for part in path.split("."):
        item = item.get(part) if isinstance(item, dict) else None
    return item


def _matches(item: dict[str, Any], flt: dict[str, Any]) -> bool:
    value = _dotted(item, str(flt.get("PropertyName", "")))
    wanted = flt.get("FilterValueArray")
    if wanted is None:
        return value is not None
    if flt.get("Operator") == LIKE:
        return str(wanted).strip("%").lower() in str(value).lower()
    return str(value) in [part.strip() for part in str(wanted).split(",")]


def _records(ctx: Context, query: dict[str, Any]) -> list[dict[str, Any]]:
    resource = RECORD_TYPES.get(int(query.get("Type", 0)))
    if resource is None:  # a lookup list (ship methods, terms ...): stable generated records
        names = ("Standard", "Express", "Pickup", "Freight", "Net 30", "Net 60")
        items = [{"Id": 10 + index, "Name": name} for index, name in enumerate(names)]
    else:
        items = list(ctx.collection(resource))
    for flt in query.get("Filters") or []:
        items = [item for item in items if _matches(item, flt)]
    sortation = query.get("Sortation") or {}
    if sortation.get("PropertyName"):
        items.sort(
            key=lambda item: str(_dotted(item, sortation["PropertyName"]) or ""),
            reverse=sortation.get("Direction") == DESCENDING,
        )
    return items


def _page(query: dict[str, Any], items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    size = min(int(query.get("NumberOfRecords") or MAX_RECORDS), MAX_RECORDS)
    start = (max(int(query.get("PageNumber") or 1), 1) - 1) * size
    return items[start : start + size]


def list_records(ctx: Context, request: ParsedRequest) -> Reply:
    return ctx.reply(request.operation, _page(request.body, _records(ctx, request.body)))


def count_records(ctx: Context, request: ParsedRequest) -> Reply:
    return ctx.reply(request.operation, len(_records(ctx, request.body)))


def list_entity_refs(ctx: Context, request: ParsedRequest) -> Reply:
    refs = []
    for item in _page(request.body, _records(ctx, request.body)):
        ident = item.get("Id", item.get("DocNo"))
        refs.append({"Id": ident, "Name": str(item.get("Name") or item.get("DocNo") or ident)})
    return ctx.reply(request.operation, refs)


def _number_lines(ctx: Context, document: dict[str, Any]) -> None:
    """The server gives every line of a new document its position and, unless it has one, an id."""
    for position, line in enumerate(document.get("LineItems") or [], start=1):
        if isinstance(line, dict):
            line["LineNo"] = position
            if line.get("Id") is None:
                line["Id"] = ctx.gen.next_int()


def get_line_item(ctx: Context, request: ParsedRequest) -> Reply:
    query = request.query
    resource = LINE_DOCUMENTS.get(int(query["recordType"]))
    document = ctx.collection(resource).get(query["docNo"]) if resource else None
    lines = (document or {}).get("LineItems") or []
    line = next((item for item in lines if str(item.get("Id")) == str(query["lineId"])), None)
    if line is None:  # a line created on its own (POST /salesorderlineitem names no document)
        line = ctx.collection(LINE_ITEMS).get(query["lineId"])
    if line is None:
        raise ctx.not_found(f"line item {query['lineId']} of document {query['docNo']}")
    return ctx.reply(request.operation, line)


BEHAVIOUR = Behaviour(
    error_body=error_body,
    credentials={
        "apiKey": "demo-api-key",
        "email": "demo@example.com",
        "password": "demo-password",
        "DevKey": "demo-dev-key",
    },
    auth_statuses=(403, 400),
    handlers={
        "list_records": list_records,
        "count_records": count_records,
        "list_entity_refs": list_entity_refs,
        "get_sales_order_line_item": get_line_item,
    },
    on_create={"/salesorder": _number_lines, "/quote": _number_lines, "/shipdoc": _number_lines},
)
