"""Every ```python block of README.md runs, against the in-process mock: a spec change that breaks one fails here.

Each API module's ``connect()`` is wrapped so that the credentials the example passes are swapped for the mock's
demo ones and the client talks to a fresh ``ordermock`` app (``base_url``, ``transport``, ``async_transport``);
an example that already passes a transport runs as written. Top-level ``await`` / ``async for`` are allowed.
A block that cannot run says why in the line above it::

    <!-- readme-test: skip: needs a real vendor account -->

Keep those rare: a skipped example can rot.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import importlib
import inspect
import io
import re
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import ordermock
import pytest
from ordertools.generate import discover
from ordertools.paths import ROOT

README = ROOT / "README.md"
BLOCK = re.compile(r"(?P<marker><!--[^\n]*-->\n)?```python\n(?P<code>.*?)```", re.DOTALL)
SKIP = re.compile(r"<!--\s*readme-test:\s*skip:\s*(?P<reason>\S[^>]*?)\s*-->")
APIS = tuple(target.api for target in discover(ROOT))


@dataclass(frozen=True)
class Example:
    heading: str
    line: int
    code: str
    skip: str | None


def examples() -> list[Example]:
    text = README.read_text(encoding="utf-8")
    found = []
    for match in BLOCK.finditer(text):
        before = text[: match.start("code")]
        heading = next((h for h in reversed(re.findall(r"(?m)^#+ (.+)$", before))), "")
        marker = SKIP.search(match["marker"] or "")
        code = textwrap.dedent(match["code"])  # a block inside a list item is indented with it
        found.append(Example(heading, before.count("\n") + 1, code, marker["reason"] if marker else None))
    return found


@dataclass
class Mocks:
    """The apps the wrapped ``connect()`` calls talked to, by API."""

    apps: dict[str, list[ordermock.MockApp]]

    def served(self) -> dict[str, int]:
        return {api: sum(app.requests_served for app in apps) for api, apps in self.apps.items() if apps}


def _demo_connect(api: str, connect: Callable[..., Any], mocks: Mocks) -> Callable[..., Any]:
    module = importlib.import_module(f"ordersdk.{api}")
    credentials = module.CREDENTIALS
    arguments = [name for name in inspect.signature(connect).parameters if name in credentials.env]

    def demo(**kwargs: Any) -> Any:
        if "transport" in kwargs or "base_url" in kwargs:
            return connect(**kwargs)  # the example wires its own mock
        app = ordermock.create_app(api, seed_data=3)
        mocks.apps.setdefault(api, []).append(app)
        demo_values = app.behaviour.credentials
        given = [name for name in arguments if kwargs.get(name) is not None] or list(credentials.modes[0])
        for name in arguments:
            kwargs.pop(name, None)
        for name in given:
            kwargs[name] = demo_values[credentials.headers.get(name, name)]
        return connect(
            **kwargs,
            base_url="http://mock" + app.base_path,
            transport=ordermock.transport(app),
            async_transport=ordermock.async_transport(app),
        )

    return demo


@pytest.fixture
def mocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[Mocks]:
    found = Mocks({})
    for api in APIS:
        module = importlib.import_module(f"ordersdk.{api}")
        monkeypatch.setattr(module, "connect", _demo_connect(api, module.connect, found))
    for name in (f"{api}_{part}".upper() for api in APIS for part in ("store", "api_key", "client_secret")):
        monkeypatch.delenv(name, raising=False)
    yield found


def _run(code: str, filename: str) -> str:
    compiled = compile(code, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "__readme__"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = eval(compiled, namespace)
        if inspect.iscoroutine(result):
            asyncio.run(result)
    return out.getvalue()


EXAMPLES = examples()


def test_the_readme_has_python_examples_and_skips_are_explained() -> None:
    """The harness finds the examples; a skip marker always carries a reason."""
    assert len(EXAMPLES) >= 6
    text = README.read_text(encoding="utf-8")
    assert text.count("readme-test:") == sum(1 for e in EXAMPLES if e.skip), "a readme-test marker it cannot read"


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"line{e.line}" for e in EXAMPLES])
def test_readme_example_runs_against_the_mock(example: Example, mocks: Mocks) -> None:
    """The block runs to the end; each client it connects makes its requests to the mock (and gets answers)."""
    if example.skip:
        pytest.skip(f"README.md:{example.line}: {example.skip}")
    _run(example.code, f"README.md:{example.line} ({example.heading})")
    for api, count in mocks.served().items():
        assert count > 0, f"the {api} example connected but sent nothing"


def test_a_broken_example_fails_with_its_readme_line(mocks: Mocks) -> None:
    """An example passing a parameter the spec does not have (renamed, say) fails; the traceback points at README.md."""
    code = (
        "from ordersdk import lagerkoll, paginate\n"
        "from lagerkoll_client.api.purchase_orders import list_purchase_orders\n"
        "client = lagerkoll.connect(store='12', api_key='x')\n"
        "list(paginate(list_purchase_orders, client=client, renamed_filter=1))\n"
    )
    with pytest.raises(TypeError, match="renamed_filter") as error:
        _run(code, "README.md:1 (test)")
    assert any(entry.path == "README.md:1 (test)" for entry in error.traceback)
