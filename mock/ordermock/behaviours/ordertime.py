"""Order Time: ``apiKey`` + ``email`` + ``password`` (or ``DevKey``) headers, ASP.NET-style errors.

What the spec cannot say: which collection a ``RecordType`` number lists, how ``Filters`` /
``Sortation`` / ``PageNumber`` apply, that a failed login is a 403, that the server numbers the
lines of a sales document (``Id``, ``LineNo``), and that a line item is read from its document
(``recordType`` + ``docNo`` + ``lineId``).
"""

from __future__ import annotations

from typing import Any

from .._behaviour import Behaviour, ErrorInfo, Reply
from .._bindings import MockNames
from .._context import Context
from .._requests import ParsedRequest

NAMES = MockNames(__name__)
#: RecordTypeEnum numbers backed by a collection of the mock (others list generated records).
RECORD_TYPES = {
    NAMES.value("RecordType", number): NAMES.collection(collection)
    for number, collection in (
        (4, "/shipdoc"),
        (7, "/salesorder"),
        (13, "/quote"),
        (100, "/partitem"),
        (101, "/partitem"),
        (115, "/partitem"),
        (120, "/customer"),
    )
}
#: Documents holding line items, by the ``recordType`` of a line-item read.
LINE_DOCUMENTS = {NAMES.value("SalesDocRecordType", 7): "/salesorder", NAMES.value("SalesDocRecordType", 13): "/quote"}
LINE_ITEMS = NAMES.collection("/salesorderlineitem")
_LISTS = ("list_records", "count_records", "list_entity_refs")
TYPE, FILTERS, SORTATION, PAGE_NUMBER, NUMBER_OF_RECORDS = NAMES.fields(
    "ListInfo", "Type", "Filters", "Sortation", "PageNumber", "NumberOfRecords"
)
for _operation in _LISTS:
    NAMES.body(_operation, TYPE, FILTERS, SORTATION, PAGE_NUMBER, NUMBER_OF_RECORDS)
PROPERTY, VALUES, OPERATOR = NAMES.fields("ListFilter", "PropertyName", "FilterValueArray", "Operator")
SORT_PROPERTY, DIRECTION = NAMES.fields("ListSortation", "PropertyName", "Direction")
REF_ID, REF_NAME = NAMES.response("list_entity_refs", "Id", "Name")
LINES, DOC_NO = NAMES.fields("SalesDocumentFields", "LineItems", "DocNo")
LINE_ID, LINE_NO = NAMES.fields("SalesOrderLineItem", "Id", "LineNo")
NAMES.fields("ShipDoc", LINES, DOC_NO)
NAMES.fields("ShipDoc.LineItems", LINE_ID, LINE_NO)
RECORD_TYPE, DOCUMENT, LINE = (
    NAMES.query(name, "get_sales_order_line_item") for name in ("recordType", "docNo", "lineId")
)
(MESSAGE,) = NAMES.fields("ErrorObject", "Message")
ERROR_MESSAGE, MEMBER_NAMES = NAMES.fields("ValidationResult", "ErrorMessage", "MemberNames")
# Numbers the spec documents only in prose (ListFilter.Operator, ListSortation.Direction are plain integers).
LIKE = 12
DESCENDING = 2
MAX_RECORDS = 1000


def error_body(status: int, info: ErrorInfo) -> Any:
    if status == 409:
        return [{ERROR_MESSAGE: info.message, MEMBER_NAMES: [info.field] if info.field else []}]
    return {MESSAGE: info.message}


def _dotted(item: Any, path: str) -> Any:
    for part in path.split("."):
        item = item.get(part) if isinstance(item, dict) else None
    return item


def _matches(item: dict[str, Any], flt: dict[str, Any]) -> bool:
    value = _dotted(item, str(flt.get(PROPERTY, "")))
    wanted = flt.get(VALUES)
    if wanted is None:
        return value is not None
    if flt.get(OPERATOR) == LIKE:
        return str(wanted).strip("%").lower() in str(value).lower()
    return str(value) in [part.strip() for part in str(wanted).split(",")]


def _records(ctx: Context, query: dict[str, Any]) -> list[dict[str, Any]]:
    resource = RECORD_TYPES.get(int(query.get(TYPE, 0)))
    if resource is None:  # a lookup list (ship methods, terms ...): stable generated records
        names = ("Standard", "Express", "Pickup", "Freight", "Net 30", "Net 60")
        items = [{REF_ID: 10 + index, REF_NAME: name} for index, name in enumerate(names)]
    else:
        items = list(ctx.collection(resource))
    for flt in query.get(FILTERS) or []:
        items = [item for item in items if _matches(item, flt)]
    sortation = query.get(SORTATION) or {}
    if sortation.get(SORT_PROPERTY):
        items.sort(
            key=lambda item: str(_dotted(item, sortation[SORT_PROPERTY]) or ""),
            reverse=sortation.get(DIRECTION) == DESCENDING,
        )
    return items


def _page(query: dict[str, Any], items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    size = min(int(query.get(NUMBER_OF_RECORDS) or MAX_RECORDS), MAX_RECORDS)
    start = (max(int(query.get(PAGE_NUMBER) or 1), 1) - 1) * size
    return items[start : start + size]


def list_records(ctx: Context, request: ParsedRequest) -> Reply:
    return ctx.reply(request.operation, _page(request.body, _records(ctx, request.body)))


def count_records(ctx: Context, request: ParsedRequest) -> Reply:
    return ctx.reply(request.operation, len(_records(ctx, request.body)))


def list_entity_refs(ctx: Context, request: ParsedRequest) -> Reply:
    refs = []
    for item in _page(request.body, _records(ctx, request.body)):
        ident = item.get(REF_ID, item.get(DOC_NO))
        refs.append({REF_ID: ident, REF_NAME: str(item.get(REF_NAME) or item.get(DOC_NO) or ident)})
    return ctx.reply(request.operation, refs)


def _number_lines(ctx: Context, document: dict[str, Any]) -> None:
    """The server gives every line of a new document its position and, unless it has one, an id."""
    for position, line in enumerate(document.get(LINES) or [], start=1):
        if isinstance(line, dict):
            line[LINE_NO] = position
            if line.get(LINE_ID) is None:
                line[LINE_ID] = ctx.gen.next_int()


def get_line_item(ctx: Context, request: ParsedRequest) -> Reply:
    query = request.query
    resource = LINE_DOCUMENTS.get(int(query[RECORD_TYPE]))
    document = ctx.collection(resource).get(query[DOCUMENT]) if resource else None
    lines = (document or {}).get(LINES) or []
    line = next((item for item in lines if str(item.get(LINE_ID)) == str(query[LINE])), None)
    if line is None:  # a line created on its own (POST /salesorderlineitem names no document)
        line = ctx.collection(LINE_ITEMS).get(query[LINE])
    if line is None:
        raise ctx.not_found(f"line item {query[LINE]} of document {query[DOCUMENT]}")
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
    on_create={LINE_DOCUMENTS[7]: _number_lines, LINE_DOCUMENTS[13]: _number_lines, RECORD_TYPES[4]: _number_lines},
    names=NAMES,
)
