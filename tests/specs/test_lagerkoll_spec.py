"""Lagerkoll purchase orders: the spec keeps every documented operation, class and fact; the generated client
sends and parses them."""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "specs" / "lagerkoll.yaml"
CONFIG_PATH = ROOT / "specs" / "lagerkoll.config.yaml"
GENERATED = ROOT / "generated" / "lagerkoll-client"
DOCUMENT = ROOT.parent / "shared" / "docs" / "lagerkoll-purchase-orders.txt"
BASE_URL = "https://capi.lagerkoll.com/v1"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

OPERATION_IDS = {
    "deliver_article", "deliver_all_articles", "deliver_purchase_order",
    "print_purchase_order_verification", "print_purchase_order", "print_labels",
    "list_purchase_order_batch_products", "list_purchase_orders", "list_purchase_orders_with_article",
    "list_last_delivered_purchase_orders_for_article", "list_purchase_orders_by_state", "get_purchase_order",
    "get_dropshipment_order_for_supplier", "list_dropshipment_orders_for_customer_order",
    "list_purchase_order_products", "list_open_purchase_order_articles", "get_purchase_order_by_po_ref",
    "get_available_po_ref", "get_order_value_by_state", "list_ordered_articles", "list_warned_articles",
    "add_purchase_order", "create_purchase_order_from_customer_order", "create_purchase_orders_from_production_order",
    "add_row_to_purchase_order", "add_articles_to_purchase_order", "add_article_to_open_order", "create_article",
    "update_purchase_order_product", "update_purchase_order", "remove_purchase_order_product",
    "send_purchase_order", "verify_purchase_order", "cancel_purchase_order", "move_article_from_open_order",
    "update_rate", "remove_article_from_open_order",
}  # fmt: skip

# Documented type (Classes tables) -> the JSON Schema type the spec must use.
DOC_TYPES = {
    "String": "string", "Boolean": "boolean", "boolean": "boolean", "Double": "number", "double": "number",
    "Long": "integer", "long": "integer", "Integer": "integer", "int": "integer", "Date": "integer",
    "List": "array", "Unit": "object", "Article": "object", "ArticleBatches": "object",
}  # fmt: skip
URL_LINE = re.compile(r"^(GET|POST|PUT|DELETE)Url:\s*(.*)$")


# --- helpers ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def _doc_lines() -> list[str]:
    return _vendor_text(DOCUMENT).splitlines()


def _vendor_text(path: Path) -> str:
    """A vendor document from ../shared (beside the checkout in CI); skip where it is absent."""
    if not path.is_file():
        pytest.skip(f"vendor document {path.name} is not beside the checkout (../shared)")
    return path.read_text(encoding="utf-8")


def _doc_operations() -> list[tuple[str, str, str]]:
    """(heading, method, path as printed) of every operation in the document."""
    lines = _doc_lines()
    found = []
    for i, line in enumerate(lines):
        if match := URL_LINE.match(line.strip()):
            heading = next(above.strip() for above in reversed(lines[:i]) if above.strip())
            found.append((heading, match[1].lower(), match[2].strip()))
    return found


def _doc_classes() -> dict[str, dict[str, tuple[str, str]]]:
    """Class name -> {field: (documented type, access)} from the document's "Classes:" section."""
    lines = _doc_lines()
    start = lines.index("Classes:")
    classes: dict[str, dict[str, tuple[str, str]]] = {}
    current: dict[str, tuple[str, str]] = {}
    for i in range(start, len(lines)):
        if lines[i].startswith("Field Type Description"):
            current = classes.setdefault(lines[i - 2].strip(), {})
            continue
        words = lines[i].split()
        if classes and len(words) >= 2 and words[1] in DOC_TYPES:
            current[words[0]] = (words[1], words[-1])
        elif classes and words and words[-1] in {"R", "W", "R,W"} and current:
            # The `state` row of PurchaseOrder spreads its enum over several lines; its access ends the last one.
            last = next(reversed(current))
            current[last] = (current[last][0], words[-1])
    return classes


def _spec_path(printed: str) -> str:
    """The spec path of a documented path: under /purchase_orders, `{id}` as `{order_id}`, no `: .+` patterns."""
    path = re.sub(r"\{(\w+)\s*:\s*\.\+\}", r"{\1}", printed).replace("{id}", "{order_id}")
    return "/purchase_orders" + path


def _operations(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): op
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def _op(spec: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    [found] = [(m, p, op) for (m, p), op in _operations(spec).items() if op["operationId"] == operation_id]
    return found


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = target[token]
        node = target
    return node


def _params(spec: dict[str, Any], operation_id: str) -> dict[str, dict[str, Any]]:
    _method, path, op = _op(spec, operation_id)
    raw = list(spec["paths"][path].get("parameters", [])) + list(op.get("parameters", []))
    return {p["name"]: p for p in (_resolve(spec, r) for r in raw)}


def _default(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    return schema["default"] if "default" in schema else _resolve(spec, schema).get("default")


def _enum(spec: dict[str, Any], schema: dict[str, Any]) -> list[Any]:
    inner = schema["allOf"][0] if "allOf" in schema else schema
    return list(_resolve(spec, inner)["enum"])


def _json_type(spec: dict[str, Any], prop: dict[str, Any]) -> str:
    resolved = _resolve(spec, prop)
    types = resolved.get("type")
    types = [types] if isinstance(types, str) else list(types)
    non_null = [t for t in types if t != "null"]
    assert len(non_null) == 1, prop
    return str(non_null[0])


def _validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(_rebase(schema), registry=registry, format_checker=FormatChecker())


def _rebase(node: Any) -> Any:
    """Point `#/...` references at the registered spec resource."""
    if isinstance(node, dict):
        return {k: ("urn:spec" + v if k == "$ref" and v.startswith("#") else _rebase(v)) for k, v in node.items()}
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


def _media_examples(spec: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any], Any]]:
    """(operationId, where, status or "request", media type object, example) for every example of an operation."""
    found = []
    for op in _operations(spec).values():
        body = op.get("requestBody", {}).get("content", {})
        found += [(op["operationId"], "request", "request", m, m["example"]) for m in body.values() if "example" in m]
        for code, response in op["responses"].items():
            for media in (_resolve(spec, response).get("content") or {}).values():
                if "example" in media:
                    found.append((op["operationId"], "response", code, media, media["example"]))
    return found


# --- operations -------------------------------------------------------------------------------


def test_exactly_the_37_documented_operations(spec: dict[str, Any]) -> None:
    """The spec has 37 operations with the agreed operationIds, one per "<METHOD>Url:" line of the document."""
    ids = [op["operationId"] for op in _operations(spec).values()]
    assert len(ids) == 37 == len(set(ids))
    assert set(ids) == OPERATION_IDS
    assert len(_doc_operations()) == 37


def test_every_documented_operation_maps_to_its_method_path_and_heading(spec: dict[str, Any]) -> None:
    """Each document operation exists at its path (under /purchase_orders) and names its heading in x-doc."""
    operations = _operations(spec)
    for heading, method, printed in _doc_operations():
        op = operations.get((method, _spec_path(printed)))
        assert op is not None, f"{heading}: {method.upper()} {printed} has no operation"
        assert op["x-doc"] == {"document": "lagerkoll-purchase-orders.txt", "section": heading}


def test_every_operation_has_id_tag_summary_description_and_provenance(spec: dict[str, Any]) -> None:
    """snake_case operationId, one declared tag per document section, summary, description and x-doc."""
    tags = {t["name"] for t in spec["tags"]}
    assert tags == {"delivery", "print", "purchase_orders"}
    assert all(t["x-doc"]["document"] == "lagerkoll-purchase-orders.txt" for t in spec["tags"])
    for op in _operations(spec).values():
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", op["operationId"])
        assert len(op["tags"]) == 1 and op["tags"][0] in tags, op["operationId"]
        assert op["summary"] and op["description"], op["operationId"]
        assert op["x-doc"]["section"] in [line.strip() for line in _doc_lines()], op["operationId"]
    by_tag = {tag: {op["operationId"] for op in _operations(spec).values() if op["tags"] == [tag]} for tag in tags}
    assert by_tag["delivery"] == {"deliver_article", "deliver_all_articles", "deliver_purchase_order"}
    assert by_tag["print"] == {"print_purchase_order_verification", "print_purchase_order", "print_labels"}


def test_server_and_path_prefix(spec: dict[str, Any]) -> None:
    """OpenAPI 3.1, the production server `.../v1`, and every path under /purchase_orders."""
    assert spec["openapi"] == "3.1.0"
    assert [s["url"] for s in spec["servers"]] == [BASE_URL]
    assert all(path == "/purchase_orders" or path.startswith("/purchase_orders/") for path in spec["paths"])


def test_both_authentication_modes_are_header_api_keys(spec: dict[str, Any]) -> None:
    """store + api_key, or store + user_id + user_token, all as headers of the same names."""
    schemes = spec["components"]["securitySchemes"]
    assert {name: (s["type"], s["in"], s["name"]) for name, s in schemes.items()} == {
        name: ("apiKey", "header", name) for name in ("store", "api_key", "user_id", "user_token")
    }
    assert spec["security"] == [
        {"store": [], "api_key": []},
        {"store": [], "user_id": [], "user_token": []},
    ]
    assert all("security" not in op for op in _operations(spec).values())


def test_every_operation_declares_400_401_and_429_with_retry_after(spec: dict[str, Any]) -> None:
    """400/401/429 come from components/responses with the Error schema; 429 carries a required Retry-After."""
    for op in _operations(spec).values():
        responses = op["responses"]
        assert responses["400"] == {"$ref": "#/components/responses/BadRequest"}, op["operationId"]
        assert responses["401"] == {"$ref": "#/components/responses/Unauthorized"}, op["operationId"]
        assert responses["429"] == {"$ref": "#/components/responses/TooManyRequests"}, op["operationId"]
    too_many = spec["components"]["responses"]["TooManyRequests"]
    retry_after = _resolve(spec, too_many["headers"]["Retry-After"])
    assert retry_after["required"] is True and retry_after["schema"]["type"] == "integer"
    for name in ("BadRequest", "Unauthorized", "TooManyRequests"):
        schema = spec["components"]["responses"][name]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Error"}
    assert spec["components"]["responses"]["Unauthorized"]["content"]["application/json"]["example"]["errorCode"] == (
        900001
    )
    assert spec["x-rate-limit"] == {"limit": 200, "period": "minute", "status": 429, "retry-after-header": True}


def test_error_schema_and_documented_codes(spec: dict[str, Any]) -> None:
    """Error has the four documented fields; the six documented codes are listed; null field/data are valid."""
    error = spec["components"]["schemas"]["Error"]
    assert set(error["properties"]) == {"errorCode", "errorMessage", "errorField", "errorData"}
    assert set(error["properties"]["errorCode"]["x-error-codes"]) == {
        "900001", "900101", "900429", "901101", "901102", "901103",
    }  # fmt: skip
    validator = _validator(spec, {"$ref": "#/components/schemas/Error"})
    assert validator.is_valid({"errorCode": 900101, "errorMessage": "x", "errorField": None, "errorData": None})
    assert not validator.is_valid({"errorCode": "900101", "errorMessage": "x"})
    assert not validator.is_valid({"errorMessage": "x"})


@pytest.mark.parametrize(
    ("operation_id", "defaults"),
    [
        ("list_purchase_orders", {"state": -1, "order": "asc", "sort_column": "po_ref", "page": 0, "limit": 50}),
        ("list_purchase_orders_with_article", {"order": "asc", "sort_column": "id", "page": 0, "limit": 50}),
        ("list_purchase_orders_by_state", {"order": "asc", "sort_column": "po_ref", "page": 0, "limit": 50}),
        ("list_purchase_order_products", {"page": 0, "limit": 25, "order": "desc", "sort_column": "query"}),
        ("list_open_purchase_order_articles", {"order": "asc", "sort_column": "art", "page": 0, "limit": 20}),
        ("list_ordered_articles", {"order": "asc", "sort_column": "name", "page": 0, "limit": 50}),
        ("list_warned_articles", {"order": "asc", "sort_column": "name", "include_ordered": True}),
        ("send_purchase_order", {"sendemail": False}),
        ("print_labels", {"ordered": False}),
    ],
)
def test_documented_query_defaults(spec: dict[str, Any], operation_id: str, defaults: dict[str, Any]) -> None:
    """Query parameters carry the document's defaults, and each default is an allowed value."""
    params = _params(spec, operation_id)
    for name, value in defaults.items():
        schema = params[name]["schema"]
        assert params[name]["in"] == "query"
        assert _default(spec, schema) == value, name
        if "allOf" in schema or "$ref" in schema:
            assert value in _enum(spec, schema), name


def test_documented_query_parameters_and_allowed_values(spec: dict[str, Any]) -> None:
    """Each list takes exactly its documented parameters; sort columns and states are the documented lists."""
    assert set(_params(spec, "list_purchase_orders")) == {
        "supplier_id", "query", "state", "order", "sort_column", "page", "limit",
    }  # fmt: skip
    with_article = _params(spec, "list_purchase_orders_with_article")
    assert set(with_article) == {
        "article_id", "batch", "serialnumber", "max_state", "order", "sort_column", "page", "limit",
    }  # fmt: skip
    assert set(_params(spec, "get_order_value_by_state")) == {"state", "supplier_id", "query"}
    assert set(_params(spec, "deliver_purchase_order")) == {"order_id", "delivered_date"}
    assert _enum(spec, _params(spec, "list_purchase_orders")["state"]["schema"]) == [-1, 0, 1, 2, 3, 4]
    assert _enum(spec, with_article["sort_column"]["schema"])[-1] == "state"
    assert _enum(spec, _params(spec, "list_warned_articles")["sort_column"]["schema"]) == [
        "art", "name", "bundled", "cat", "desc", "supplier", "order", "state",
    ]  # fmt: skip
    assert len(_enum(spec, _params(spec, "list_purchase_order_products")["sort_column"]["schema"])) == 19
    assert _params(spec, "list_purchase_orders")["page"]["schema"]["minimum"] == 0
    assert _params(spec, "list_purchase_orders")["limit"]["schema"]["minimum"] == 1
    open_sort = spec["components"]["schemas"]["OpenPurchaseOrderSortColumn"]
    assert "art" in open_sort["enum"] and "x-doc-note" in open_sort


def test_purchase_order_ids_are_named_order_id_and_article_ids_may_contain_slashes(spec: dict[str, Any]) -> None:
    """`{id}`/`{order_id}` become one int64 `order_id`; `{article_id : .+}` is a plain string with a note."""
    assert not any("{id}" in path or ":" in path for path in spec["paths"])
    order_id = spec["components"]["parameters"]["OrderId"]
    assert order_id["schema"] == {"type": "integer", "format": "int64"} and "x-doc-note" in order_id
    article_id = spec["components"]["parameters"]["ArticleIdAnyChars"]
    assert article_id["schema"]["type"] == "string"
    assert "percent-encodes" in article_id["x-doc-note"]
    state = spec["components"]["schemas"]["PurchaseOrderState"]
    assert state["enum"] == [0, 1, 2, 3, 4]
    assert state["x-enum-varnames"] == ["NEW", "SENT", "RECEIVED", "FINISHED", "CANCELLED"]


def test_print_operations_return_pdf_and_the_config_maps_it(spec: dict[str, Any]) -> None:
    """The three print operations answer application/pdf, mapped to a binary File by the generator config."""
    for operation_id in ("print_purchase_order_verification", "print_purchase_order", "print_labels"):
        ok = _resolve(spec, _op(spec, operation_id)[2]["responses"]["200"])
        assert list(ok["content"]) == ["application/pdf"]
        assert ok["content"]["application/pdf"]["schema"]["format"] == "binary"
    config = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))
    assert config["project_name_override"] == "lagerkoll-client"
    assert config["package_name_override"] == "lagerkoll_client"
    assert config["content_type_overrides"] == {"application/pdf": "application/octet-stream"}


def test_json_is_the_typed_body_and_xml_is_offered_for_responses(spec: dict[str, Any]) -> None:
    """Request bodies are JSON only (see the Error note); data responses list XML after JSON, same schema."""
    for op in _operations(spec).values():
        if "requestBody" in op:
            assert list(op["requestBody"]["content"]) == ["application/json"], op["operationId"]
        content = op["responses"]["200"].get("content") or {}
        if "application/json" in content:
            assert list(content) == ["application/json", "application/xml"], op["operationId"]
            assert content["application/xml"]["schema"] == content["application/json"]["schema"]
    assert "XML" in spec["components"]["schemas"]["Error"]["x-doc-note"]


def test_create_operations_link_to_get_update_and_cancel(spec: dict[str, Any]) -> None:
    """Creating a purchase order links to reading, updating and cancelling it by the returned id."""
    links = _op(spec, "add_purchase_order")[2]["responses"]["200"]["links"]
    targets = {_resolve(spec, link)["operationId"]: _resolve(spec, link)["parameters"] for link in links.values()}
    assert targets["get_purchase_order"] == {"order_id": "$response.body#/id"}
    assert targets["update_purchase_order"] == {"order_id": "$response.body#/id"}
    assert targets["cancel_purchase_order"] == {"order_id": "$response.body#/id"}
    assert targets["get_purchase_order_by_po_ref"] == {"po_ref": "$response.body#/poReference"}
    for operation_id in ("create_purchase_order_from_customer_order", "create_purchase_orders_from_production_order"):
        links = _op(spec, operation_id)[2]["responses"]["200"]["links"]
        assert {_resolve(spec, link)["parameters"]["order_id"] for link in links.values()} == {
            "$response.body#/orders/0/id"
        }
    open_links = _op(spec, "add_article_to_open_order")[2]["responses"]["200"]["links"]
    assert open_links["RemoveArticleFromOpenOrder"]["parameters"] == {"article_id": "$request.body#/articleId"}


# --- classes ----------------------------------------------------------------------------------


def test_the_36_classes_with_their_268_fields(spec: dict[str, Any]) -> None:
    """Every class of the document is a schema of the same name with exactly its fields, 268 in all."""
    classes = _doc_classes()
    schemas = spec["components"]["schemas"]
    assert len(classes) == 36
    assert sum(len(fields) for fields in classes.values()) == 268
    for name, fields in classes.items():
        assert set(schemas[name]["properties"]) == set(fields), name
        assert schemas[name]["x-doc"] == {"document": "lagerkoll-purchase-orders.txt", "section": name}
    assert sum(len(schemas[name]["properties"]) for name in classes) == 268
    assert "268" in spec["info"]["description"]


def test_field_types_and_access_follow_the_tables(spec: dict[str, Any]) -> None:
    """Documented types map to JSON types (Date -> int64 epoch ms); access R is readOnly, W writeOnly."""
    schemas = spec["components"]["schemas"]
    for name, fields in _doc_classes().items():
        for field, (doc_type, access) in fields.items():
            prop = schemas[name]["properties"][field]
            where = f"{name}.{field}"
            assert _json_type(spec, prop) == DOC_TYPES[doc_type], where
            if doc_type in {"Long", "long", "Date"}:
                assert _resolve(spec, prop).get("format") == "int64", where
            if access == "R" and "x-doc-access" not in prop:
                assert prop.get("readOnly") is True, where
            else:
                assert "readOnly" not in prop, where
            assert prop.get("writeOnly", False) is (access == "W"), where
    assert schemas["PurchaseOrderArticle"]["properties"]["id"]["x-doc-access"] == "R"


def test_documented_enums_defaults_and_mandatory_fields(spec: dict[str, Any]) -> None:
    """Enums, defaults (server-side where a client must not send them) and mandatory fields are kept."""
    schemas = spec["components"]["schemas"]
    assert schemas["BarcodeType"]["enum"] == ["EAN", "CODE128", "QR", "UPC"]
    assert schemas["ArticleType"]["enum"] == ["Stock", "Service"]
    assert schemas["ArticleLinkType"]["enum"] == ["unknown", "webpage", "image", "document", "lagerkoll_document"]
    assert len(schemas["CustomFieldType"]["enum"]) == 11 and "Boolean" in schemas["CustomFieldType"]["enum"]
    article = schemas["Article"]["properties"]
    defaults = {
        "active": True,
        "bundled": False,
        "stock": True,
        "category": "övrigt",
        "unit": "st",
        "barcodeType": "EAN",
    }
    assert {name: article[name]["default"] for name in defaults} == defaults
    assert schemas["PurchaseOrder"]["properties"]["isPickNPack"]["x-server-default"] is False
    row = schemas["PurchaseOrderArticle"]["properties"]
    assert all(row[f]["x-server-default"] == 0 and "default" not in row[f] for f in ("purchasePrice", "orderedAmount"))
    assert schemas["VerifyProducts"]["properties"]["verify"]["x-server-default"] is True
    assert schemas["SupplierArticle"]["properties"]["supplierBuyRate"]["x-server-default"] == 1.0
    assert set(schemas["PurchaseOrderCreate"]["allOf"][1]["required"]) == {
        "poReference", "supplierId", "deliveryDate", "deliveryAddress", "deliveryCity", "deliveryZip",
        "deliveryCountry", "contactPerson", "contactEmail",
    }  # fmt: skip
    assert all(
        schemas["PurchaseOrder"]["properties"][f]["x-mandatory"] == ["post"] for f in ("poReference", "deliveryZip")
    )
    assert schemas["PurchaseOrderArticleUpdate"]["allOf"][1]["required"] == ["id"]
    assert schemas["Receivers"]["required"] == ["to"]
    assert schemas["ArticleUnit"]["required"] == ["unit", "convert"]
    assert schemas["MoveOpenPurchaseOrderArticle"]["properties"]["bundleParts"]["items"] == {
        "$ref": "#/components/schemas/MoveOpenPurchaseOrderArticle"
    }


def test_nullable_fields_use_type_arrays_never_nullable(spec: dict[str, Any]) -> None:
    """Fields the document lets be null accept null in 3.1 style; `nullable:` appears nowhere."""
    for name, field in [("Price", "price"), ("PurchaseOrderArticle", "batches"), ("Article", "parts"),
                        ("PurchaseOrderArticlesRequest", "orderId"), ("SupplierArticle", "supplier")]:  # fmt: skip
        validator = _validator(spec, {"$ref": f"#/components/schemas/{name}/properties/{field}"})
        assert validator.is_valid(None), f"{name}.{field}"
    assert not _validator(spec, {"$ref": "#/components/schemas/PurchaseOrder/properties/id"}).is_valid(None)
    assert "nullable" not in SPEC_PATH.read_text(encoding="utf-8").replace("nullable fields", "")


def test_reconciled_inconsistencies_are_recorded(spec: dict[str, Any]) -> None:
    """Each contradiction of the document carries an x-doc-note where it applies."""
    schemas = spec["components"]["schemas"]
    for name in ("PurchaseOrder", "PurchaseOrderArticle", "Article", "Receivers", "VerifyProducts", "OrderedArticle",
                 "MoveOpenPurchaseOrderArticle", "SupplierArticle", "CustomFieldType", "Error"):  # fmt: skip
        assert schemas[name]["x-doc-note"], name
    assert "epoch milliseconds" in schemas["PurchaseOrder"]["x-doc-note"]
    assert '"isPickNPack"' in spec["info"]["description"]
    for operation_id in ("get_purchase_order", "get_purchase_order_by_po_ref", "get_order_value_by_state",
                         "list_purchase_order_batch_products", "deliver_article", "deliver_purchase_order"):  # fmt: skip
        assert _op(spec, operation_id)[2]["x-doc-note"], operation_id
    assert "envelope" in _op(spec, "get_purchase_order")[2]["x-doc-note"]


# --- examples ---------------------------------------------------------------------------------


def test_every_document_sample_is_an_example_that_validates(spec: dict[str, Any]) -> None:
    """All 46 examples (45 JSON samples of the document + its error sample) validate against their schemas."""
    examples = _media_examples(spec)
    per_operation = [e for e in examples if e[2] not in {"400", "401", "429"}]
    assert len(per_operation) == 45
    for operation_id, where, code, media, example in examples:
        errors = list(_validator(spec, media["schema"]).iter_errors(example))
        assert errors == [], f"{operation_id} {where} {code}: {errors[0].message if errors else ''}"
    bad_request = spec["components"]["responses"]["BadRequest"]["content"]["application/json"]["example"]
    assert bad_request == {"errorCode": 900101, "errorMessage": "Something went wrong on the server",
                           "errorField": None, "errorData": None}  # fmt: skip


def _undeclared_keys(spec: dict[str, Any], schema: dict[str, Any], value: Any, path: str) -> list[str]:
    """Object keys of ``value`` that its schema does not declare (the schemas allow extra keys, so validation won't tell)."""
    schema = _resolve(spec, schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(_resolve(spec, part).get("properties", {}))
        schema = {**schema, "properties": merged}
    if isinstance(value, dict) and "properties" in schema:
        found = [f"{path}.{key}" for key in value if key not in schema["properties"]]
        for key, item in value.items():
            if key in schema["properties"]:
                found += _undeclared_keys(spec, schema["properties"][key], item, f"{path}.{key}")
        return found
    if isinstance(value, list) and "items" in schema:
        return [
            k for i, item in enumerate(value) for k in _undeclared_keys(spec, schema["items"], item, f"{path}[{i}]")
        ]
    return []


def test_examples_use_only_declared_fields(spec: dict[str, Any]) -> None:
    """No example carries a field its schema does not declare, so samples and classes agree field by field."""
    for operation_id, where, code, media, example in _media_examples(spec):
        assert _undeclared_keys(spec, media["schema"], example, "") == [], f"{operation_id} {where} {code}"


def test_examples_are_the_document_samples_normalised(spec: dict[str, Any]) -> None:
    """The deliver-article sample is the document's, with its numeric strings as numbers; ids survive unchanged."""
    lines = _doc_lines()
    start = lines.index("Deliver article")
    sample = json.loads(next(line for line in lines[start:] if line.startswith("{")))
    example = _op(spec, "deliver_article")[2]["requestBody"]["content"]["application/json"]["example"]
    assert example["id"] == sample["id"] == 4299
    assert (sample["deliveredAmount"], example["deliveredAmount"]) == ("0", 0)
    assert example["batches"][0] == {**sample["batches"][0], "deliveredAmount": 1}
    listed = _op(spec, "list_purchase_orders")[2]["responses"]["200"]["content"]["application/json"]["example"]
    assert listed["ordersCount"] == 3515 and listed["orders"][0]["isPickNPack"] is False
    assert listed["orders"][0]["state"] in range(5)


# --- the generated client -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def lk() -> ModuleType:
    if not (GENERATED / "lagerkoll_client").is_dir():
        pytest.skip("generated/lagerkoll-client does not exist yet: run `uv run scripts/build.py --only lagerkoll`")
    try:
        return importlib.import_module("lagerkoll_client")
    except ModuleNotFoundError:  # generated but not yet installed into the environment (`uv sync`)
        sys.path.insert(0, str(GENERATED))
        return importlib.import_module("lagerkoll_client")


def _client(lk: ModuleType, handler: Any) -> Any:
    client = lk.Client(base_url=BASE_URL)
    headers = {"store": "1234", "api_key": "secret-key"}
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, headers=headers, transport=httpx.MockTransport(handler)))
    return client


def _call_arguments(lk: ModuleType, spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """Path parameters and (typed) body for calling an operation; the values do not matter to the mock transport."""
    models = importlib.import_module("lagerkoll_client.models")
    values = {"order_id": 42, "article_id": "ACME/1", "state": models.PurchaseOrderState.SENT, "po_ref": "PO-1",
              "customer_order_id": 7, "supplier_id": 3}  # fmt: skip
    _, path, op = _op(spec, operation_id)
    kwargs = {name: values[name] for name in re.findall(r"\{(\w+)\}", path)}
    if "requestBody" in op:
        media = op["requestBody"]["content"]["application/json"]
        model = getattr(models, media["schema"]["$ref"].rsplit("/", 1)[1])
        kwargs["body"] = model.from_dict(media["example"])
    return kwargs


def test_every_operation_has_a_generated_module(lk: ModuleType, spec: dict[str, Any]) -> None:
    """No operation was dropped: each one is a module under lagerkoll_client/api/<tag>/."""
    for op in _operations(spec).values():
        tag = {"print": "print_"}.get(op["tags"][0], op["tags"][0])
        module = importlib.import_module(f"lagerkoll_client.api.{tag}.{op['operationId']}")
        assert callable(module.sync_detailed)


def test_every_response_example_round_trips_through_the_generated_models(lk: ModuleType, spec: dict[str, Any]) -> None:
    """Each example response, served over HTTP, parses into the generated model and `to_dict()`s back unchanged."""
    checked = 0
    for operation_id, where, code, _media, example in _media_examples(spec):
        if where != "response":
            continue
        _, _, op = _op(spec, operation_id)
        tag = {"print": "print_"}.get(op["tags"][0], op["tags"][0])
        module = importlib.import_module(f"lagerkoll_client.api.{tag}.{operation_id}")

        def handler(request: httpx.Request, code: str = code, example: Any = example) -> httpx.Response:
            return httpx.Response(int(code), json=example)

        kwargs = _call_arguments(lk, spec, operation_id)
        parsed = module.sync_detailed(client=_client(lk, handler), **kwargs).parsed
        dumped = [item.to_dict() for item in parsed] if isinstance(parsed, list) else parsed.to_dict()
        assert dumped == example, f"{operation_id} {code}"
        checked += 1
    assert checked == 30 + 3 * 37


def test_request_models_round_trip_their_examples(lk: ModuleType, spec: dict[str, Any]) -> None:
    """Each example request body builds its generated model and serialises back to the same JSON."""
    for operation_id, where, _code, media, example in _media_examples(spec):
        if where == "request":
            model = getattr(
                importlib.import_module("lagerkoll_client.models"), media["schema"]["$ref"].rsplit("/", 1)[1]
            )
            assert model.from_dict(example).to_dict() == example, operation_id


def test_article_id_with_slash_is_percent_encoded_and_defaults_are_sent(lk: ModuleType) -> None:
    """list_purchase_orders_with_article sends the id as one encoded segment, the filter and every default."""
    from lagerkoll_client.api.purchase_orders import list_purchase_orders_with_article

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"ordersCount": 0, "pages": 0, "pageSize": 50, "page": 0, "orders": []})

    result = list_purchase_orders_with_article.sync(client=_client(lk, handler), article_id="ACME/100 x", batch="B-7")
    assert result is not None and result.orders == []
    [request] = sent
    assert request.method == "GET"
    assert (
        request.url.raw_path
        == b"/v1/purchase_orders/article/ACME%2F100%20x?batch=B-7&order=asc&sort_column=id&page=0&limit=50"
    )
    assert request.headers["store"] == "1234" and request.headers["api_key"] == "secret-key"


def test_list_purchase_orders_sends_documented_defaults_and_enum_values(lk: ModuleType) -> None:
    """Without arguments the documented defaults go on the wire; enum members are sent as their values."""
    from lagerkoll_client.api.purchase_orders import list_purchase_orders, list_purchase_orders_by_state
    from lagerkoll_client.models import PurchaseOrderSortColumn, PurchaseOrderState

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"ordersCount": 0, "pages": 0, "pageSize": 50, "page": 0, "orders": []})

    list_purchase_orders.sync(client=_client(lk, handler))
    list_purchase_orders_by_state.sync(
        PurchaseOrderState.RECEIVED, client=_client(lk, handler), supplier_id=9,
        sort_column=PurchaseOrderSortColumn.DELIVERED_DATE,
    )  # fmt: skip
    assert sent[0].url.raw_path == b"/v1/purchase_orders?state=-1&order=asc&sort_column=po_ref&page=0&limit=50"
    assert sent[1].url.raw_path == (
        b"/v1/purchase_orders/state/2?supplier_id=9&order=asc&sort_column=delivered_date&page=0&limit=50"
    )


def test_add_purchase_order_posts_the_json_body_and_requires_post_fields(lk: ModuleType) -> None:
    """add_purchase_order POSTs exactly the given fields as JSON; the POST-mandatory fields are constructor-required."""
    from lagerkoll_client.api.purchase_orders import add_purchase_order
    from lagerkoll_client.models import PurchaseOrder, PurchaseOrderArticle, PurchaseOrderCreate, PurchaseOrderState

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={**json.loads(request.content), "id": 501, "state": 0})

    body = PurchaseOrderCreate(
        po_reference="PO-2024-17", supplier_id=12, delivery_date=1714058507378, delivery_address="Storgatan 1",
        delivery_city="Umeå", delivery_zip="90326", delivery_country="SE", contact_person="Anna",
        contact_email="anna@example.com", state=PurchaseOrderState.NEW,
        articles=[PurchaseOrderArticle(article_id="ACME/1", ordered_amount=5.0)],
    )  # fmt: skip
    created = add_purchase_order.sync(client=_client(lk, handler), body=body)
    [request] = sent
    assert (request.method, request.url.raw_path) == ("POST", b"/v1/purchase_orders")
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "poReference": "PO-2024-17", "supplierId": 12, "deliveryDate": 1714058507378,
        "deliveryAddress": "Storgatan 1", "deliveryCity": "Umeå", "deliveryZip": "90326", "deliveryCountry": "SE",
        "contactPerson": "Anna", "contactEmail": "anna@example.com", "state": 0,
        "articles": [{"articleId": "ACME/1", "orderedAmount": 5.0}],
    }  # fmt: skip
    assert isinstance(created, PurchaseOrder) and created.id == 501 and created.state is PurchaseOrderState.NEW
    with pytest.raises(TypeError):
        PurchaseOrderCreate(po_reference="PO-1")  # type: ignore[call-arg]


def test_send_purchase_order_puts_receivers_and_the_email_flag(lk: ModuleType) -> None:
    """send_purchase_order PUTs the receivers as JSON with sendemail=true in the query."""
    from lagerkoll_client.api.purchase_orders import send_purchase_order
    from lagerkoll_client.models import Receivers

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": 42, "state": 1})

    receivers = Receivers(to="orders@supplier.example", cc_list=["boss@example.com"])
    send_purchase_order.sync(42, client=_client(lk, handler), sendemail=True, body=receivers)
    [request] = sent
    assert (request.method, request.url.raw_path) == ("PUT", b"/v1/purchase_orders/42/send?sendemail=true")
    assert json.loads(request.content) == {"to": "orders@supplier.example", "ccList": ["boss@example.com"]}


def test_print_labels_returns_the_pdf_as_a_file(lk: ModuleType) -> None:
    """print_labels sends ordered=false by default and hands back the PDF bytes as a File."""
    from lagerkoll_client.api.print_ import print_labels
    from lagerkoll_client.types import File

    pdf = b"%PDF-1.4\n%minimal\n"
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=pdf, headers={"Content-Type": "application/pdf"})

    result = print_labels.sync(42, client=_client(lk, handler))
    assert isinstance(result, File) and result.payload.read() == pdf
    assert sent[0].url.raw_path == b"/v1/purchase_orders/42/print_labels?ordered=false"


def test_rate_limited_response_parses_as_error(lk: ModuleType) -> None:
    """A 429 answer parses into the Error model; its Retry-After header stays available on the response."""
    from lagerkoll_client.api.purchase_orders import remove_article_from_open_order
    from lagerkoll_client.models import Error

    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        body = {"errorCode": 900429, "errorMessage": "Too many requests", "errorField": None, "errorData": None}
        return httpx.Response(429, json=body, headers={"Retry-After": "12"})

    response = remove_article_from_open_order.sync_detailed("A/B", client=_client(lk, handler))
    assert sent[0].method == "DELETE" and sent[0].url.raw_path == b"/v1/purchase_orders/open/products/A%2FB"
    assert isinstance(response.parsed, Error) and response.parsed.error_code == 900429
    assert response.headers["Retry-After"] == "12"
