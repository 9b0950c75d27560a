"""pytest fixtures for ``ordermock``, registered through the ``pytest11`` entry point ``ordermock``.

Installing ``ordersdk-mock`` is enough; ``-p no:ordermock`` turns them off. This module lives
outside the ``ordermock`` package on purpose (as Hypothesis does with its plugin): pytest imports
every registered plugin at start-up, and importing ``ordermock`` costs about half a second, so the
package is imported only when a test uses a fixture.

Both fixtures are factories returning an :class:`ordermock.RunningMock`; every mock a test started
is closed at its teardown (clients closed, server stopped), and nothing is shared between tests::

    def test_orders(ordermock_app):
        mock = ordermock_app("lagerkoll", seed_data=5)    # in-process
        client = mock.client()                            # lagerkoll.connect(...) for this mock
        ...
        assert mock.requests.count(operation="add_purchase_order") == 1

    def test_over_http(ordermock_server):
        mock = ordermock_server("seventime")              # a real server on 127.0.0.1
        httpx.get(mock.url + "/purchaseOrders", headers=mock.headers())
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ordermock import RunningMock

__all__ = ["ordermock_app", "ordermock_server"]

Starter = Callable[..., "RunningMock"]


def _factory(stack: ExitStack, *, http: bool) -> Starter:
    def start(api: str, **options: Any) -> RunningMock:
        """Start a mock of ``api``; ``options`` are :func:`ordermock.start`'s (``seed_data=``, ``http=`` ...)."""
        import ordermock  # here, not at the top: see the module docstring

        options.setdefault("http", http)
        return stack.enter_context(ordermock.start(api, **options))

    return start


@pytest.fixture
def ordermock_app() -> Iterator[Starter]:
    """Factory: ``ordermock_app("lagerkoll", seed_data=5)`` starts an in-process mock (``http=True``: over HTTP)."""
    with ExitStack() as stack:
        yield _factory(stack, http=False)


@pytest.fixture
def ordermock_server() -> Iterator[Starter]:
    """Factory: ``ordermock_server("seventime")`` serves a mock over HTTP on 127.0.0.1 (any free port)."""
    with ExitStack() as stack:
        yield _factory(stack, http=True)
