"""The public surface: explicit, resolvable __all__ lists, lazy API modules, documented entry points."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import ordersdk
import pytest

APIS = ("lagerkoll", "ordertime", "sevensenders", "sevensenders_v2", "seventime")
MODULES = sorted(m.name for m in pkgutil.iter_modules(ordersdk.__path__))


def test_package_all_is_explicit_and_resolvable() -> None:
    """Every name in ordersdk.__all__ resolves; nothing private is exported; the list is sorted."""
    assert ordersdk.__all__ == sorted(ordersdk.__all__)
    for name in ordersdk.__all__:
        assert not name.startswith("_")
        assert getattr(ordersdk, name) is not None
    assert {"paginate", "apaginate", "APIError", "APIStatusError", "RateLimitError", *APIS} <= set(ordersdk.__all__)


def test_star_import_gives_exactly_all() -> None:
    """`from ordersdk import *` binds exactly the names of __all__."""
    namespace: dict[str, object] = {}
    exec("from ordersdk import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(ordersdk.__all__)


def test_unknown_attribute_is_an_attribute_error() -> None:
    """The lazy loader only knows the five API modules."""
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = ordersdk.nope  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", MODULES)
def test_every_module_states_its_surface(name: str) -> None:
    """Each module (private ones too) has an __all__ whose names all exist."""
    module = importlib.import_module(f"ordersdk.{name}")
    assert isinstance(module.__all__, list)
    for exported in module.__all__:
        assert hasattr(module, exported), f"ordersdk.{name}.{exported}"


@pytest.mark.parametrize("api", APIS)
def test_api_modules_document_connect_with_an_example(api: str) -> None:
    """connect() is keyword-only, typed to return the generated client, and shows an example."""
    module = getattr(ordersdk, api)
    signature = inspect.signature(module.connect)
    assert all(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in signature.parameters.values())
    assert "Example::" in (module.connect.__doc__ or "") and "Example::" in (module.__doc__ or "")
    assert module.connect.__annotations__["return"] == "AuthenticatedClient"
    assert module.PROFILE.name == api
