"""The pytest plugin: registered by installing ordersdk-mock, fixtures that start and stop mocks, clients for them.

pytester (pytest's own plugin-testing fixture) runs test files in a fresh pytest session, with the
plugins installed here loaded from their entry points, as in a user's project.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

import httpcore  # noqa: F401 -- see below
import httpx
import ordermock
import pytest
from ordermock._smoke import _snake, read_only_call

# Here, not in tests/mock/conftest.py: pytest refuses pytest_plugins in a conftest below the rootdir.
pytest_plugins = ["pytester"]
# pytester runs in this process and forgets the modules a run imported. httpx imports httpcore on
# its first real connection and keeps httpcore's exception classes: were httpcore imported inside
# a run, the next run's httpcore errors would no longer be mapped to httpx's. So import it here.

README = Path(__file__).resolve().parents[2] / "README.md"
README_TEST = re.compile(r"<!-- consumer-test:[^\n]*-->\n```python\n(?P<code>.*?)```", re.DOTALL)


@pytest.fixture
def pytester(pytester: pytest.Pytester) -> pytest.Pytester:
    """A project of its own; pytest-asyncio (installed here, not needed by the plugin) set up as ours is."""
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    return pytester


def test_installing_the_package_registers_the_plugin() -> None:
    """ordersdk-mock declares the pytest11 entry point `ordermock`, a module outside the ordermock package."""
    found = [ep for ep in importlib.metadata.entry_points(group="pytest11") if ep.name == "ordermock"]
    assert [ep.value for ep in found] == ["_ordermock_pytest"]
    assert found[0].dist is not None and found[0].dist.name == "ordersdk-mock"


def test_loading_the_plugin_imports_neither_the_mock_nor_any_hook() -> None:
    """pytest imports every plugin at start-up: ours imports no ordermock module and adds only fixtures."""
    code = (
        "import sys, _ordermock_pytest as p;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('ordermock', 'ordersdk', 'httpx')));"
        "print(sorted(n for n in vars(p) if n.startswith('pytest_')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.splitlines() == ["[]", "[]"]


def test_the_fixtures_are_there_without_configuration(pytester: pytest.Pytester) -> None:
    """A project with no conftest sees both fixtures; `-p no:ordermock` removes them."""
    listed = pytester.runpytest("--fixtures", "-p", "no:cacheprovider")
    listed.stdout.fnmatch_lines(["*ordermock_app*", "*ordermock_server*"])
    pytester.makepyfile("def test_it(ordermock_app): pass")
    pytester.runpytest("-p", "no:ordermock", "-p", "no:cacheprovider").assert_outcomes(errors=1)


def test_the_readme_example_passes(pytester: pytest.Pytester) -> None:
    """The README's example test file, as written there."""
    match = README_TEST.search(README.read_text(encoding="utf-8"))
    assert match, "README.md lost its consumer-test block"
    pytester.makepyfile(test_purchase_orders=match["code"])
    result = pytester.runpytest("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=7)


def test_mocks_are_fresh_per_test_and_stopped_after_it(pytester: pytest.Pytester) -> None:
    """Seeds, faults, logged requests and servers do not outlive the test that made them."""
    pytester.makepyfile(
        """
        import httpx, pytest

        SEEN = {}

        def test_first(ordermock_app, ordermock_server):
            mock = ordermock_app("seventime", seed_data=2)
            mock.seed({"purchaseOrderNumber": "4711"})
            mock.faults.fail_next(None, status=503)
            assert mock.httpx_client().get("/purchaseOrders").status_code == 503
            server = ordermock_server("seventime")
            assert server.http and server.url.startswith("http://127.0.0.1:")
            assert server.httpx_client().get("/purchaseOrders").status_code == 200
            SEEN["url"] = server.url

        def test_second(ordermock_app):
            mock = ordermock_app("seventime", seed_data=2)
            assert len(mock.state["purchaseOrders"]) == 2 and len(mock.requests) == 0
            assert mock.httpx_client().get("/purchaseOrders").status_code == 200
            with pytest.raises(httpx.ConnectError):
                httpx.get(SEEN["url"] + "/purchaseOrders", timeout=2)
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=2)


def test_a_failing_test_still_stops_its_server(pytester: pytest.Pytester) -> None:
    """Teardown runs when the test fails: the port is closed afterwards."""
    pytester.makepyfile(
        """
        import httpx, pytest

        URL = []

        def test_fails(ordermock_server):
            URL.append(ordermock_server("lagerkoll").url)
            assert False

        def test_port_closed():
            with pytest.raises(httpx.ConnectError):
                httpx.get(URL[0] + "/purchase_orders", timeout=2)
        """
    )
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=1, failed=1)


@pytest.mark.parametrize("http", [False, True], ids=["in-process", "http"])
@pytest.mark.parametrize("api", ordermock.APIS)
async def test_client_is_connected_for_every_api_sync_and_async(api: str, http: bool) -> None:
    """`client()` is `<api>.connect(...)` with the mock's credentials: a read-only call works sync and async."""
    with ordermock.start(api, seed_data=2, http=http) as mock:
        operation, arguments = read_only_call(mock.app)
        tag = (operation.raw.get("tags") or ["default"])[0]
        endpoint = importlib.import_module(f"{api}_client.api.{_snake(tag)}.{_snake(operation.operation_id)}")
        client = mock.client()
        kwargs = {_snake(name): value for name, value in arguments.items()}
        assert endpoint.sync_detailed(client=client, **kwargs).status_code == 200
        assert (await endpoint.asyncio_detailed(client=client, **kwargs)).status_code == 200
        assert mock.requests.count(operation.operation_id, status=200) == 2
        path, params = operation.path, {}
        for parameter in operation.parameters:
            if parameter.name in arguments and parameter.location == "path":
                path = path.replace("{" + parameter.name + "}", str(arguments[parameter.name]))
            elif parameter.name in arguments:
                params[parameter.name] = arguments[parameter.name]
        assert mock.httpx_client().get(path, params=params).status_code == 200  # headers() authenticate too


def test_client_takes_other_credentials_and_connect_options() -> None:
    """Credential arguments replace the demo ones (Lagerkoll's user-token mode); options are connect()'s."""
    with ordermock.start("lagerkoll", seed_data=1) as mock:
        client = mock.client(user_id="demo-user", user_token="demo-user-token", timeout=3.0)
        assert client.get_httpx_client().get("/purchase_orders").status_code == 200
        assert (
            mock.requests.last.headers["user_token"] == "***" and mock.requests.last.headers["user_id"] == "demo-user"
        )
        assert client.get_httpx_client().timeout.read == 3.0


def test_the_client_limiter_is_off_unless_asked_and_the_mock_limit_too() -> None:
    """Seven Time documents 4 requests/s: 12 quick calls neither wait client-side nor get a 429."""
    with ordermock.start("seventime") as mock:
        client = mock.client().get_httpx_client()
        assert {client.get("/purchaseOrders").status_code for _ in range(12)} == {200}
    with ordermock.start("seventime", rate_limit=None) as limited:  # the documented limit, if you want it
        assert limited.app.limiter is not None


def test_start_closes_what_it_made() -> None:
    """After the block, clients made by the running mock are closed and the server is gone."""
    with ordermock.start("seventime", http=True) as mock:
        plain = mock.httpx_client()
        url = mock.url
        assert repr(mock).startswith("<RunningMock seventime at http://127.0.0.1:")
    assert plain.is_closed
    with pytest.raises(httpx.ConnectError):
        httpx.get(url + "/purchaseOrders", timeout=2)
