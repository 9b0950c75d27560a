"""Error bodies have the shape the spec declares for their status (here: Order Time's 409 ValidationResult list)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from ordermock._app import MockApp
from ordermock._requests import HttpError

from tests.mock._mock_helpers import present

Factory = Callable[..., tuple[MockApp, httpx.Client]]


def _errors_against_spec(app: MockApp, operation_id: str, status: int, body: Any) -> list[str]:
    ref = app.spec.response_schema(app.spec.by_id(operation_id), status)
    assert ref is not None, f"{operation_id} declares no {status} body"
    return [str(problem) for problem in app.ctx.schemas.errors(ref, body)]


@pytest.mark.parametrize("api", present("ordertime"))
def test_ordertime_409_is_a_list_of_validation_results(api: str, api_client: Factory) -> None:
    """A validation failure answers `[{ErrorMessage, MemberNames}]`, valid against the spec's ValidationFailed."""
    app, _ = api_client(api)
    operation = app.spec.by_id("create_customer")
    reply = app.error_reply(operation, HttpError((409,), "Name is required.", field="Name"))
    assert reply.status == 409
    assert reply.body == [{"ErrorMessage": "Name is required.", "MemberNames": ["Name"]}]
    assert _errors_against_spec(app, "create_customer", 409, reply.body) == []
    unnamed = app.error_reply(operation, HttpError((409,), "Duplicate record."))
    assert unnamed.body == [{"ErrorMessage": "Duplicate record.", "MemberNames": []}]


@pytest.mark.parametrize("api", present("ordertime"))
def test_ordertime_injected_409_has_the_same_shape(api: str, api_client: Factory) -> None:
    """An injected 409 fault also carries the ValidationResult list, not the 400 `{Message}` object."""
    app, client = api_client(api)
    app.faults.fail_next(1, status=409)
    response = client.post("/customer", json={"Name": "Peter Pan LLC"})
    assert response.status_code == 409
    body = response.json()
    assert isinstance(body, list) and body[0]["ErrorMessage"] and body[0]["MemberNames"] == []
    assert _errors_against_spec(app, "create_customer", 409, body) == []
