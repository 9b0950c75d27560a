"""The public surface other packages depend on, and the smoke test build.py runs."""

from __future__ import annotations

import importlib.util

import httpx
import ordermock
import pytest


def test_public_names() -> None:
    """The documented names are exported, and nothing private is."""
    expected = {"APIS", "create_app", "transport", "async_transport", "demo_headers", "serve", "smoke", "MockApp"}
    assert expected <= set(ordermock.__all__)
    assert all(not name.startswith("_") for name in ordermock.__all__)
    assert all(hasattr(ordermock, name) for name in ordermock.__all__)


def test_apis_follow_the_documented_order() -> None:
    """APIS lists present specs in the order of ALL_APIS."""
    assert list(ordermock.APIS) == [api for api in ordermock.ALL_APIS if api in ordermock.APIS]


def test_unknown_api_is_a_clear_error() -> None:
    """A typo names the valid choices."""
    with pytest.raises(ValueError, match="expected one of"):
        ordermock.create_app("sevenTime")


@pytest.mark.parametrize("api", ordermock.APIS)
def test_mock_apps_expose_the_documented_attributes(api: str) -> None:
    """Every app has faults, store, base_path and reset, and is served under the production base path."""
    app = ordermock.create_app(api, seed_data=1)
    assert app.base_path.startswith("/") and app.faults is not None and app.store is not None
    app.faults.fail_next(1, status=500)
    with httpx.Client(base_url="http://mock" + app.base_path, transport=ordermock.transport(app)) as client:
        assert client.get("/").status_code == 500
    app.reset()
    assert not app.faults.armed


@pytest.mark.parametrize("api", ordermock.APIS)
def test_smoke_through_the_generated_client(api: str) -> None:
    """The generated client reads from the mock; the summary names the operation and status."""
    if importlib.util.find_spec(f"{api}_client") is None:
        pytest.skip(f"{api}_client has not been generated yet")
    summary = ordermock.smoke(api)
    assert summary.startswith(f"{api}: ") and "-> 200" in summary
