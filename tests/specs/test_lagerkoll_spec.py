"""Lagerkoll purchase orders: the spec keeps every documented operation, class and fact (what the generated
client sends and parses is in test_lagerkoll_client.py)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from tests.specs._spectools import DOCS, ROOT, SpecUnderTest, vendor_text

API = SpecUnderTest("lagerkoll")
SPEC = API.spec
CONFIG_PATH = ROOT / "specs" / "lagerkoll.config.yaml"
DOCUMENT = DOCS / "lagerkoll-purchase-orders.txt"
BASE_URL = "https://capi.lagerkoll.com/v1"

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


def _doc_lines() -> list[str]:
    return vendor_text(DOCUMENT).splitlines()


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


def _default(schema: dict[str, Any]) -> Any:
    """The documented default: a JSON Schema ``default`` (sent by the client) or an ``x-server-default``."""
    for key in ("default", "x-server-default"):
        if key in schema:
            return schema[key]
    return API.resolve(schema).get("default")


def _enum(schema: dict[str, Any]) -> list[Any]:
    inner = schema["allOf"][0] if "allOf" in schema else schema
    return list(API.resolve(inner)["enum"])


def _json_type(prop: dict[str, Any]) -> str:
    resolved = API.resolve(prop)
    if "anyOf" in resolved:  # `anyOf: [{$ref: <enum>}, {type: "null"}]`
        types = [API.resolve(branch).get("type") for branch in resolved["anyOf"]]
    else:
        types = resolved.get("type")
        types = [types] if isinstance(types, str) else list(types)
    non_null = [t for t in types if t != "null"]
    assert len(non_null) == 1, prop
    return str(non_null[0])


# --- operations -------------------------------------------------------------------------------


def test_exactly_the_37_documented_operations() -> None:
    """The spec has 37 operations with the agreed operationIds, one per "<METHOD>Url:" line of the document."""
    ids = [op["operationId"] for _method, _path, op in API.operations().values()]
    assert len(ids) == 37 == len(set(ids))
    assert set(ids) == OPERATION_IDS
    assert len(_doc_operations()) == 37


def test_every_documented_operation_maps_to_its_method_path_and_heading() -> None:
    """Each document operation exists at its path (under /purchase_orders) and names its heading in x-doc."""
    operations = {(method, path): op for method, path, op in API.operations().values()}
    for heading, method, printed in _doc_operations():
        op = operations.get((method, _spec_path(printed)))
        assert op is not None, f"{heading}: {method.upper()} {printed} has no operation"
        assert op["x-doc"] == {"document": "lagerkoll-purchase-orders.txt", "section": heading}


def test_every_operation_has_id_tag_summary_description_and_provenance() -> None:
    """snake_case operationId, one declared tag per document section, summary, description and x-doc."""
    tags = {t["name"] for t in SPEC["tags"]}
    assert tags == {"delivery", "print", "purchase_orders"}
    assert all(t["x-doc"]["document"] == "lagerkoll-purchase-orders.txt" for t in SPEC["tags"])
    for _method, _path, op in API.operations().values():
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", op["operationId"])
        assert len(op["tags"]) == 1 and op["tags"][0] in tags, op["operationId"]
        assert op["summary"] and op["description"], op["operationId"]
        assert op["x-doc"]["section"] in [line.strip() for line in _doc_lines()], op["operationId"]
    by_tag = {tag: {op_id for op_id, (_m, _p, op) in API.operations().items() if op["tags"] == [tag]} for tag in tags}
    assert by_tag["delivery"] == {"deliver_article", "deliver_all_articles", "deliver_purchase_order"}
    assert by_tag["print"] == {"print_purchase_order_verification", "print_purchase_order", "print_labels"}


def test_server_and_path_prefix() -> None:
    """OpenAPI 3.1, the production server `.../v1`, and every path under /purchase_orders."""
    assert SPEC["openapi"] == "3.1.0"
    assert [s["url"] for s in SPEC["servers"]] == [BASE_URL]
    assert all(path == "/purchase_orders" or path.startswith("/purchase_orders/") for path in SPEC["paths"])


def test_both_authentication_modes_are_header_api_keys() -> None:
    """store + api_key, or store + user_id + user_token, all as headers of the same names."""
    schemes = SPEC["components"]["securitySchemes"]
    assert {name: (s["type"], s["in"], s["name"]) for name, s in schemes.items()} == {
        name: ("apiKey", "header", name) for name in ("store", "api_key", "user_id", "user_token")
    }
    assert SPEC["security"] == [
        {"store": [], "api_key": []},
        {"store": [], "user_id": [], "user_token": []},
    ]
    assert all("security" not in op for _method, _path, op in API.operations().values())


def test_every_operation_declares_400_401_and_429_with_retry_after() -> None:
    """400/401/429 come from components/responses with the Error schema; 429 carries a required Retry-After."""
    for _method, _path, op in API.operations().values():
        responses = op["responses"]
        assert responses["400"] == {"$ref": "#/components/responses/BadRequest"}, op["operationId"]
        assert responses["401"] == {"$ref": "#/components/responses/Unauthorized"}, op["operationId"]
        assert responses["429"] == {"$ref": "#/components/responses/TooManyRequests"}, op["operationId"]
    too_many = SPEC["components"]["responses"]["TooManyRequests"]
    retry_after = API.resolve(too_many["headers"]["Retry-After"])
    assert retry_after["required"] is True and retry_after["schema"]["type"] == "integer"
    for name in ("BadRequest", "Unauthorized", "TooManyRequests"):
        schema = SPEC["components"]["responses"][name]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/Error"}
    assert SPEC["components"]["responses"]["Unauthorized"]["content"]["application/json"]["example"]["errorCode"] == (
        900001
    )
    assert SPEC["x-rate-limit"] == {"limit": 200, "period": "minute", "status": 429, "retry-after-header": True}


def test_error_schema_and_documented_codes() -> None:
    """Error has the four documented fields; the six documented codes are listed; null field/data are valid."""
    error = SPEC["components"]["schemas"]["Error"]
    assert set(error["properties"]) == {"errorCode", "errorMessage", "errorField", "errorData"}
    assert set(error["properties"]["errorCode"]["x-error-codes"]) == {
        "900001", "900101", "900429", "901101", "901102", "901103",
    }  # fmt: skip
    validator = API.validator("Error")
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
def test_documented_query_defaults(operation_id: str, defaults: dict[str, Any]) -> None:
    """Query parameters carry the document's defaults, and each default is an allowed value."""
    params = API.parameters(operation_id)
    for name, value in defaults.items():
        schema = params[name]["schema"]
        assert params[name]["in"] == "query"
        assert _default(schema) == value, name
        if "allOf" in schema or "$ref" in schema:
            assert value in _enum(schema), name


def test_documented_query_parameters_and_allowed_values() -> None:
    """Each list takes exactly its documented parameters; sort columns and states are the documented lists."""
    assert set(API.parameters("list_purchase_orders")) == {
        "supplier_id", "query", "state", "order", "sort_column", "page", "limit",
    }  # fmt: skip
    with_article = API.parameters("list_purchase_orders_with_article")
    assert set(with_article) == {
        "article_id", "batch", "serialnumber", "max_state", "order", "sort_column", "page", "limit",
    }  # fmt: skip
    assert set(API.parameters("get_order_value_by_state")) == {"state", "supplier_id", "query"}
    assert set(API.parameters("deliver_purchase_order")) == {"order_id", "delivered_date"}
    assert _enum(API.parameters("list_purchase_orders")["state"]["schema"]) == [-1, 0, 1, 2, 3, 4]
    assert _enum(with_article["sort_column"]["schema"])[-1] == "state"
    assert _enum(API.parameters("list_warned_articles")["sort_column"]["schema"]) == [
        "art", "name", "bundled", "cat", "desc", "supplier", "order", "state",
    ]  # fmt: skip
    assert len(_enum(API.parameters("list_purchase_order_products")["sort_column"]["schema"])) == 19
    assert API.parameters("list_purchase_orders")["page"]["schema"]["minimum"] == 0
    assert API.parameters("list_purchase_orders")["limit"]["schema"]["minimum"] == 1
    open_sort = SPEC["components"]["schemas"]["OpenPurchaseOrderSortColumn"]
    assert "art" in open_sort["enum"] and "x-doc-note" in open_sort


def test_purchase_order_ids_are_named_order_id_and_article_ids_may_contain_slashes() -> None:
    """`{id}`/`{order_id}` become one int64 `order_id`; `{article_id : .+}` is a plain string with a note."""
    assert not any("{id}" in path or ":" in path for path in SPEC["paths"])
    order_id = SPEC["components"]["parameters"]["OrderId"]
    assert order_id["schema"] == {"type": "integer", "format": "int64"} and "x-doc-note" in order_id
    article_id = SPEC["components"]["parameters"]["ArticleIdAnyChars"]
    assert article_id["schema"]["type"] == "string"
    assert "percent-encodes" in article_id["x-doc-note"]
    state = SPEC["components"]["schemas"]["PurchaseOrderState"]
    assert state["enum"] == [0, 1, 2, 3, 4]
    assert state["x-enum-varnames"] == ["NEW", "SENT", "RECEIVED", "FINISHED", "CANCELLED"]


def test_print_operations_return_pdf_and_the_config_maps_it() -> None:
    """The three print operations answer application/pdf, mapped to a binary File by the generator config."""
    for operation_id in ("print_purchase_order_verification", "print_purchase_order", "print_labels"):
        ok = API.resolve(API.op(operation_id)["responses"]["200"])
        assert list(ok["content"]) == ["application/pdf"]
        assert ok["content"]["application/pdf"]["schema"]["format"] == "binary"
    config = yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))
    assert config["project_name_override"] == "ordersdk-lagerkoll-client"
    assert config["package_name_override"] == "lagerkoll_client"
    assert config["content_type_overrides"] == {"application/pdf": "application/octet-stream"}


def test_json_is_the_typed_body_and_xml_is_offered_for_responses() -> None:
    """Request bodies are JSON only (see the Error note); data responses list XML after JSON, same schema."""
    for _method, _path, op in API.operations().values():
        if "requestBody" in op:
            assert list(op["requestBody"]["content"]) == ["application/json"], op["operationId"]
        content = op["responses"]["200"].get("content") or {}
        if "application/json" in content:
            assert list(content) == ["application/json", "application/xml"], op["operationId"]
            assert content["application/xml"]["schema"] == content["application/json"]["schema"]
    assert "XML" in SPEC["components"]["schemas"]["Error"]["x-doc-note"]


def test_create_operations_link_to_get_update_and_cancel() -> None:
    """Creating a purchase order links to reading, updating and cancelling it by the returned id."""
    links = API.op("add_purchase_order")["responses"]["200"]["links"]
    targets = {API.resolve(link)["operationId"]: API.resolve(link)["parameters"] for link in links.values()}
    assert targets["get_purchase_order"] == {"order_id": "$response.body#/id"}
    assert targets["update_purchase_order"] == {"order_id": "$response.body#/id"}
    assert targets["cancel_purchase_order"] == {"order_id": "$response.body#/id"}
    assert targets["get_purchase_order_by_po_ref"] == {"po_ref": "$response.body#/poReference"}
    for operation_id in ("create_purchase_order_from_customer_order", "create_purchase_orders_from_production_order"):
        links = API.op(operation_id)["responses"]["200"]["links"]
        assert {API.resolve(link)["parameters"]["order_id"] for link in links.values()} == {
            "$response.body#/orders/0/id"
        }
    open_links = API.op("add_article_to_open_order")["responses"]["200"]["links"]
    assert open_links["RemoveArticleFromOpenOrder"]["parameters"] == {"article_id": "$request.body#/articleId"}


# --- classes ----------------------------------------------------------------------------------


def test_the_36_classes_with_their_268_fields() -> None:
    """Every class of the document is a schema of the same name with exactly its fields, 268 in all."""
    classes = _doc_classes()
    schemas = SPEC["components"]["schemas"]
    assert len(classes) == 36
    assert sum(len(fields) for fields in classes.values()) == 268
    for name, fields in classes.items():
        assert set(schemas[name]["properties"]) == set(fields), name
        assert schemas[name]["x-doc"] == {"document": "lagerkoll-purchase-orders.txt", "section": name}
    assert sum(len(schemas[name]["properties"]) for name in classes) == 268
    assert "268" in SPEC["info"]["description"]


def test_field_types_and_access_follow_the_tables() -> None:
    """Documented types map to JSON types (Date -> int64 epoch ms); access R is readOnly, W writeOnly."""
    schemas = SPEC["components"]["schemas"]
    for name, fields in _doc_classes().items():
        for field, (doc_type, access) in fields.items():
            prop = schemas[name]["properties"][field]
            where = f"{name}.{field}"
            assert _json_type(prop) == DOC_TYPES[doc_type], where
            if doc_type in {"Long", "long", "Date"}:
                assert API.resolve(prop).get("format") == "int64", where
            if access == "R" and "x-doc-access" not in prop:
                assert prop.get("readOnly") is True, where
            else:
                assert "readOnly" not in prop, where
            assert prop.get("writeOnly", False) is (access == "W"), where
    assert schemas["PurchaseOrderArticle"]["properties"]["id"]["x-doc-access"] == "R"


def test_documented_enums_defaults_and_mandatory_fields() -> None:
    """Enums, defaults (server-side where a client must not send them) and mandatory fields are kept."""
    schemas = SPEC["components"]["schemas"]
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
    # "Mandatory" in the ArticleUnit table is a rule for writing units; in this API they are only read.
    assert "required" not in schemas["ArticleUnit"]
    assert all(schemas["ArticleUnit"]["properties"][f]["x-mandatory"] == ["always"] for f in ("unit", "convert"))
    assert schemas["MoveOpenPurchaseOrderArticle"]["properties"]["bundleParts"]["items"] == {
        "$ref": "#/components/schemas/MoveOpenPurchaseOrderArticle"
    }


def test_nullable_fields_use_type_arrays_never_nullable() -> None:
    """Fields the document lets be null accept null in 3.1 style; `nullable:` appears nowhere."""
    for name, field in [("Price", "price"), ("PurchaseOrderArticle", "batches"), ("Article", "parts"),
                        ("PurchaseOrderArticlesRequest", "orderId"), ("SupplierArticle", "supplier")]:  # fmt: skip
        validator = API.validator({"$ref": f"#/components/schemas/{name}/properties/{field}"})
        assert validator.is_valid(None), f"{name}.{field}"
    assert not API.validator({"$ref": "#/components/schemas/PurchaseOrder/properties/id"}).is_valid(None)
    assert "nullable" not in API.path.read_text(encoding="utf-8").replace("nullable fields", "")


def test_reconciled_inconsistencies_are_recorded() -> None:
    """Each contradiction of the document carries an x-doc-note where it applies."""
    schemas = SPEC["components"]["schemas"]
    for name in ("PurchaseOrder", "PurchaseOrderArticle", "Article", "Receivers", "VerifyProducts", "OrderedArticle",
                 "MoveOpenPurchaseOrderArticle", "SupplierArticle", "CustomFieldType", "Error"):  # fmt: skip
        assert schemas[name]["x-doc-note"], name
    assert "epoch milliseconds" in schemas["PurchaseOrder"]["x-doc-note"]
    assert '"isPickNPack"' in SPEC["info"]["description"]
    for operation_id in ("get_purchase_order", "get_purchase_order_by_po_ref", "get_order_value_by_state",
                         "list_purchase_order_batch_products", "deliver_article", "deliver_purchase_order"):  # fmt: skip
        assert API.op(operation_id)["x-doc-note"], operation_id
    assert "envelope" in API.op("get_purchase_order")["x-doc-note"]


# --- examples ---------------------------------------------------------------------------------


def test_every_document_sample_is_an_example_that_validates() -> None:
    """All 46 examples (45 JSON samples of the document + its error sample) validate against their schemas."""
    examples = API.examples()
    per_operation = [e for e in examples if e.status not in {"400", "401", "429"}]
    assert len(per_operation) == 45
    for operation_id, status, _name, schema, example in examples:
        errors = list(API.validator(schema).iter_errors(example))
        assert errors == [], f"{operation_id} {status}: {errors[0].message if errors else ''}"
    bad_request = SPEC["components"]["responses"]["BadRequest"]["content"]["application/json"]["example"]
    assert bad_request == {"errorCode": 900101, "errorMessage": "Something went wrong on the server",
                           "errorField": None, "errorData": None}  # fmt: skip


def _undeclared_keys(schema: dict[str, Any], value: Any, path: str) -> list[str]:
    """Object keys of ``value`` that its schema does not declare (the schemas allow extra keys, so validation won't tell)."""
    schema = API.resolve(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(API.resolve(part).get("properties", {}))
        schema = {**schema, "properties": merged}
    if isinstance(value, dict) and "properties" in schema:
        found = [f"{path}.{key}" for key in value if key not in schema["properties"]]
        for key, item in value.items():
            if key in schema["properties"]:
                found += _undeclared_keys(schema["properties"][key], item, f"{path}.{key}")
        return found
    if isinstance(value, list) and "items" in schema:
        return [k for i, item in enumerate(value) for k in _undeclared_keys(schema["items"], item, f"{path}[{i}]")]
    return []


def test_examples_use_only_declared_fields() -> None:
    """No example carries a field its schema does not declare, so samples and classes agree field by field."""
    for operation_id, status, _name, schema, example in API.examples():
        assert _undeclared_keys(schema, example, "") == [], f"{operation_id} {status}"


def test_examples_are_the_document_samples_normalised() -> None:
    """The deliver-article sample is the document's, with its numeric strings as numbers; ids survive unchanged."""
    lines = _doc_lines()
    start = lines.index("Deliver article")
    sample = json.loads(next(line for line in lines[start:] if line.startswith("{")))
    example = API.op("deliver_article")["requestBody"]["content"]["application/json"]["example"]
    assert example["id"] == sample["id"] == 4299
    assert (sample["deliveredAmount"], example["deliveredAmount"]) == ("0", 0)
    assert example["batches"][0] == {**sample["batches"][0], "deliveredAmount": 1}
    listed = API.op("list_purchase_orders")["responses"]["200"]["content"]["application/json"]["example"]
    assert listed["ordersCount"] == 3515 and listed["orders"][0]["isPickNPack"] is False
    assert listed["orders"][0]["state"] in range(5)
