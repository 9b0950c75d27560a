"""Helpers for the mock's own tests: the widgets fixture API and clients for mock apps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import ordermock
import pytest
from ordermock._app import MockApp
from ordermock._behaviour import Behaviour, ErrorInfo
from ordermock._spec import Spec

FIXTURE_SPEC = Path(__file__).parent / "fixtures" / "widgets.yaml"
WIDGET_HEADERS = {"api_key": "k-widgets", "store": "s-1"}

#: A Lagerkoll purchase order with exactly the fields PurchaseOrderCreate requires.
LAGERKOLL_NEW_ORDER: dict[str, Any] = {
    "poReference": "PO-TEST-1",
    "supplierId": 7194,
    "deliveryDate": 1714058507378,
    "deliveryAddress": "Kungsgatan 1",
    "deliveryCity": "Stockholm",
    "deliveryZip": "11143",
    "deliveryCountry": "SE",
    "contactPerson": "Anna Berg",
    "contactEmail": "anna@example.com",
}


def widget_error(status: int, info: ErrorInfo) -> dict[str, Any]:
    return {"errorCode": 900000 + status, "errorMessage": info.message, "errorField": info.field}


def make_widgets(**options: Any) -> MockApp:
    behaviour = Behaviour(
        error_body=widget_error,
        credentials={"api_key": "k-widgets", "store": "s-1", "user_token": "t-1"},
    )
    options.setdefault("validate_responses", True)
    return MockApp(Spec.load(FIXTURE_SPEC, name="widgets"), behaviour, **options)


def client_for(app: MockApp, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Client:
    return httpx.Client(
        base_url="http://mock" + app.base_path, transport=ordermock.transport(app), headers=headers or {}, **kwargs
    )


def present(*apis: str) -> list[Any]:
    """``apis`` as pytest params, skipped (with the reason) while their spec has not landed."""
    return [
        pytest.param(api, marks=pytest.mark.skipif(api not in ordermock.APIS, reason=f"specs/{api}.yaml not present"))
        for api in apis
    ]
