"""Fixtures for the mock's own tests (helpers live in _mock_helpers.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import ordermock
import pytest
from ordermock._app import MockApp

from tests.mock._mock_helpers import WIDGET_HEADERS, client_for, make_widgets


@pytest.fixture
def widgets() -> MockApp:
    return make_widgets(seed_data=12, seed=3)


@pytest.fixture
def widget_client(widgets: MockApp) -> Iterator[httpx.Client]:
    with client_for(widgets, WIDGET_HEADERS) as client:
        yield client


@pytest.fixture
def api_client() -> Iterator[Callable[..., tuple[MockApp, httpx.Client]]]:
    """Factory: ``api_client("seventime", seed_data=3)`` → (app, client with demo credentials)."""
    clients: list[httpx.Client] = []

    def make(api: str, **options: Any) -> tuple[MockApp, httpx.Client]:
        options.setdefault("validate_responses", True)
        app = ordermock.create_app(api, **options)
        client = client_for(app, ordermock.demo_headers(api))
        clients.append(client)
        return app, client

    yield make
    for client in clients:
        client.close()
