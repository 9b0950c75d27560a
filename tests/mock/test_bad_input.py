"""Bad input never gives a 500: every malformed request gets a documented 4xx in the vendor's shape."""

from __future__ import annotations

import httpx
import pytest

from tests.mock._mock_helpers import assert_vendor_error


def test_malformed_json(widget_client: httpx.Client) -> None:
    """A body that is not JSON is a 400 naming the problem."""
    response = widget_client.post("/", content=b'{"name": ', headers={"content-type": "application/json"})
    assert_vendor_error(response, 400)
    assert "not valid JSON" in response.json()["errorMessage"]


@pytest.mark.parametrize("body", [b"NaN", b'{"name": Infinity}', b"\xff\xfe", b""])
def test_non_json_values_and_encodings(widget_client: httpx.Client, body: bytes) -> None:
    """NaN/Infinity, invalid UTF-8 and an empty required body are all 400s."""
    response = widget_client.post("/", content=body, headers={"content-type": "application/json"})
    assert_vendor_error(response, 400)


def test_wrong_content_type(widget_client: httpx.Client) -> None:
    """A media type the operation does not declare is a 415 where documented."""
    response = widget_client.post("/", content=b"<widget/>", headers={"content-type": "application/xml"})
    assert_vendor_error(response, 415)


def test_schema_violation_names_the_field(widget_client: httpx.Client) -> None:
    """A body that breaks the schema is a 400 whose errorField names the property."""
    response = widget_client.post("/", json={"name": "x", "color": "purple"})
    assert_vendor_error(response, 400)
    assert response.json()["errorField"] == "color"


def test_huge_body_is_rejected(widget_client: httpx.Client) -> None:
    """A body over 1 MiB is refused without being parsed."""
    response = widget_client.post(
        "/", content=b"[" + b"1," * 600_000 + b"1]", headers={"content-type": "application/json"}
    )
    assert response.status_code in (400, 413)
    assert response.json()["errorCode"] == 900000 + response.status_code


def test_deeply_nested_body_is_rejected(widget_client: httpx.Client) -> None:
    """Nesting far beyond any schema is refused instead of exhausting the stack."""
    response = widget_client.post(
        "/", content=b"[" * 50_000 + b"]" * 50_000, headers={"content-type": "application/json"}
    )
    assert_vendor_error(response, 400)
    assert "nests deeper" in response.json()["errorMessage"]


@pytest.mark.parametrize("params", [{"page": "first"}, {"limit": "0"}, {"limit": "1e9"}, {"color": "teal"}])
def test_bad_query_parameters(widget_client: httpx.Client, params: dict[str, str]) -> None:
    """Query values of the wrong type or out of range are 400s."""
    assert_vendor_error(widget_client.get("/", params=params), 400)


def test_bad_path_parameter(widget_client: httpx.Client) -> None:
    """A non-integer id where the spec wants an integer is a 400, not a 404 or a crash."""
    assert_vendor_error(widget_client.get("/abc"), 400)


def test_form_body_is_coerced_and_validated(widget_client: httpx.Client) -> None:
    """Form fields are typed by the schema: numbers become numbers, bad ones are rejected."""
    created = widget_client.post("/", json={"name": "form"}).json()
    ok = widget_client.put(f"/{created['id']}", data={"name": "renamed", "weight": "2.5"})
    assert ok.status_code == 200 and ok.json()["weight"] == 2.5
    assert_vendor_error(widget_client.put(f"/{created['id']}", data={"name": "x", "weight": "heavy"}), 400)
