"""Fixtures for the API-diff tests: the diff modules and a small hand-made spec to edit."""

from __future__ import annotations

import copy
from types import ModuleType
from typing import Any

import pytest
from ordertools import apidiff as apidiff_cli
from ordertools import diff


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str = "ok") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


# One resource, three operations; `State` and `Line` are used on both sides, `Order` only in responses,
# `OrderCreate` only in requests, `Legacy` by nothing (judged as a model).
BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Shop", "version": "1.0.0", "description": "A shop."},
    "servers": [{"url": "https://shop.example.test/v1"}],
    "security": [{"apiKey": []}],
    "tags": [{"name": "orders", "description": "Orders."}],
    "paths": {
        "/orders": {
            "get": {
                "operationId": "list_orders",
                "tags": ["orders"],
                "summary": "List orders",
                "description": "Lists orders.",
                "x-doc": {"document": "shop.txt", "section": "List orders"},
                "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                "responses": {"200": _json({"type": "array", "items": _ref("Order")})},
            },
            "post": {
                "operationId": "create_order",
                "tags": ["orders"],
                "x-doc": {"document": "shop.txt", "section": "Shop API > Create order"},
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("OrderCreate")}}},
                "responses": {"201": _json(_ref("Order")), "400": _json(_ref("Error"))},
            },
        },
        "/orders/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "get": {
                "operationId": "get_order",
                "tags": ["orders"],
                "parameters": [{"name": "store", "in": "header", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json(_ref("Order")), "404": _json(_ref("Error"))},
            },
        },
    },
    "components": {
        "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": "API-KEY"}},
        "schemas": {
            "Order": {
                "type": "object",
                "required": ["id", "state"],
                "x-doc": {"document": "shop.txt", "section": "Order"},
                "properties": {
                    "id": {"type": "string"},
                    "state": _ref("State"),
                    "channel": {"type": "string", "enum": ["web", "shop"]},
                    "note": {"type": ["string", "null"]},
                    "created": {"type": "string", "format": "date-time"},
                    "total": {"type": "number"},
                    "ref": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                    "lines": {"type": "array", "items": _ref("Line")},
                },
            },
            "OrderCreate": {
                "type": "object",
                "required": ["state"],
                "properties": {
                    "state": _ref("State"),
                    "note": {"type": "string"},
                    "priority": {"type": "string", "enum": ["low", "high"]},
                    "ref": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                    "lines": {"type": "array", "items": _ref("Line")},
                },
            },
            "Line": {
                "type": "object",
                "properties": {
                    "sku": {"type": "string"},
                    "qty": {"type": "integer"},
                    "parts": {"type": "array", "items": _ref("Line")},
                },
            },
            "State": {"type": "string", "enum": ["new", "paid"], "x-enum-varnames": ["NEW", "PAID"]},
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "Legacy": {"type": "object", "properties": {"a": {"type": "string"}}},
        },
    },
}


def base_spec() -> dict[str, Any]:
    """A fresh deep copy of :data:`BASE`, safe to edit."""
    return copy.deepcopy(BASE)


@pytest.fixture
def spec() -> dict[str, Any]:
    return base_spec()


@pytest.fixture(scope="session")
def apidiff() -> ModuleType:
    return diff


@pytest.fixture(scope="session")
def cli() -> ModuleType:
    """The ``ordertools apidiff`` command's module."""
    return apidiff_cli
