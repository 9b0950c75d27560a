"""Hostile request bodies for a write operation of every API (shared by the in-process and HTTP tests)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
import ordermock
from ordermock._app import MockApp

from tests.mock._mock_helpers import store_state

#: One write operation per API; its body is generated from the spec (a fresh app accepts it).
WRITES = {
    "lagerkoll": "add_purchase_order",
    "ordertime": "create_customer",
    "sevensenders": "create_order",
    "sevensenders_v2": "create_order",
    "seventime": "create_purchase_order",
}
#: The Seven Senders v2 form field that carries JSON text (its only JSON).
V2_TAGS = "order_tags"


def nested(depth: int) -> str:
    """A JSON object whose arrays and objects nest ``depth`` levels deep (``{"a": [[...]]}``)."""
    inner = "[" * (depth - 1) + "]" * (depth - 1) if depth > 1 else "0"
    return '{"a": ' + inner + "}"


@dataclass
class Write:
    """A write operation of ``app``, a valid body for it, and ways to spoil that body."""

    app: MockApp
    client: httpx.Client

    @property
    def operation(self) -> Any:
        return self.app.spec.by_id(WRITES[self.app.api])

    @property
    def media(self) -> str:
        return next(iter(self.operation.body_content))

    @property
    def is_form(self) -> bool:
        return self.media == "application/x-www-form-urlencoded"

    def fields(self) -> dict[str, Any]:
        generated: dict[str, Any] = self.app.ctx.gen.generate(next(iter(self.operation.body_content.values())))
        return generated

    def encode(self, fields: dict[str, Any]) -> bytes:
        if self.is_form:
            return urlencode({name: str(value) for name, value in fields.items()}).encode()
        return json.dumps(fields).encode()

    def with_json(self, text: str) -> bytes:
        """The valid body carrying the JSON ``text`` (a JSON body's extra field, v2's order_tags)."""
        if self.is_form:
            return self.encode({**self.fields(), V2_TAGS: text})
        body = json.dumps(self.fields())
        return (body[:-1] + ', "extra": ' + text + "}").encode()

    def deep(self, depth: int) -> bytes:
        """The valid body carrying JSON that nests exactly ``depth`` levels (v2's order_tags is JSON on its own)."""
        return self.with_json(nested(depth if self.is_form else depth - 1))

    def send(self, content: bytes, **headers: str) -> httpx.Response:
        op = self.operation
        return self.client.request(
            op.method.upper(), op.path, content=content, headers={"content-type": self.media, **headers}
        )

    def refused(self, content: bytes, status: int = 400, **headers: str) -> httpx.Response:
        """Send ``content``: answered ``status`` (or 400 where it is undocumented), nothing stored, logged."""
        before = store_state(self.app)
        logged = len(self.app.requests)
        response = self.send(content, **headers)
        expected = status if self.operation.declares(status) else 400
        assert response.status_code == expected, response.text
        assert store_state(self.app) == before
        assert len(self.app.requests) == logged + 1 and self.app.requests.last.status == expected
        return response


def write_for(mock: ordermock.RunningMock) -> Write:
    return Write(mock.app, mock.httpx_client())
