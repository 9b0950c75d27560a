"""Shared tooling for the spec tests: one API's spec, walked, validated against and called through its client.

``SpecUnderTest("<api>")`` loads ``specs/<api>.yaml`` and answers what every spec test asks of it::

    API = SpecUnderTest("ordertime", headers={"apiKey": "key"})
    API.op("create_customer")["responses"]  # an operation object, by operationId
    API.validator("Customer").is_valid({"Name": "Peter Pan LLC"})  # with the spec's `$ref`s and formats
    recorder = Recorder({"Id": 1947})
    API.endpoint("create_customer").sync(client=API.client(recorder), body=...)  # answered by a MockTransport
    recorder.only.method  # "POST"

Test modules import it as ``from tests.specs._spectools import ...``.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import httpx
import pytest
from jsonschema import Draft202012Validator
from ordersdk.spec import load_document
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT.parent / "shared" / "docs"
FACTS = ROOT.parent / "shared" / "vendor-facts.md"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


class Operation(NamedTuple):
    """One operation of a spec: its method, its path and the operation object."""

    method: str
    path: str
    op: dict[str, Any]


class Example(NamedTuple):
    """One example of an operation's media type; ``status`` is "request" for a request body's example."""

    operation_id: str
    status: str
    name: str  # "example", or its key under `examples`
    schema: dict[str, Any]
    value: Any


class SpecUnderTest:
    """One API's spec (``specs/<api>.yaml``) and its generated client (``generated/<api-dashed>-client``).

    ``headers`` are what :meth:`client` sends by default, standing in for the overlay's auth.
    """

    def __init__(self, api: str, *, headers: Mapping[str, str] | None = None) -> None:
        self.api = api
        self.path = ROOT / "specs" / f"{api}.yaml"
        self.spec: dict[str, Any] = load_document(self.path)
        self.headers = dict(headers or {})
        self.generated = ROOT / "generated" / f"{api.replace('_', '-')}-client"
        self.package_name = f"{api}_client"

    @property
    def server(self) -> str:
        """The first server's URL, where the generated client is pointed."""
        return str(self.spec["servers"][0]["url"])

    # --- the spec --------------------------------------------------------------------------------

    def operations(self) -> dict[str, Operation]:
        """operationId -> (method, path, operation object), in the spec's order; an operationId used twice fails."""
        found: dict[str, Operation] = {}
        for path, item in self.spec["paths"].items():
            for method, op in item.items():
                if method not in HTTP_METHODS:
                    continue
                if (seen := found.get(op["operationId"])) is not None:
                    where = f"{seen.method.upper()} {seen.path} and {method.upper()} {path}"
                    raise AssertionError(f"{self.path.name}: operationId {op['operationId']} is on {where}")
                found[op["operationId"]] = Operation(method, path, op)
        return found

    def op(self, operation_id: str) -> dict[str, Any]:
        """The operation object of one operationId."""
        operations = self.operations()
        if operation_id not in operations:
            raise LookupError(f"{self.path.name} has no operation {operation_id!r}")
        return operations[operation_id].op

    def resolve(self, node: Any) -> Any:
        """Follow local `$ref`s until a concrete object is reached."""
        while isinstance(node, dict) and "$ref" in node:
            target: Any = self.spec
            for token in node["$ref"].removeprefix("#/").split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def parameters(self, operation_id: str) -> dict[str, dict[str, Any]]:
        """Name -> resolved parameter object of one operation, its path's parameters included."""
        _method, path, op = self.operations()[operation_id]
        raw = [*self.spec["paths"][path].get("parameters", []), *op.get("parameters", [])]
        return {parameter["name"]: parameter for parameter in map(self.resolve, raw)}

    def validator(self, schema: str | dict[str, Any]) -> Draft202012Validator:
        """A validator, with the spec's `$ref`s and formats, for a component schema named ``schema``, or for
        the schema object ``schema`` whose local `$ref`s point into the spec (``{"$ref": "#/paths/..."}``)."""
        if isinstance(schema, str):
            schema = {"$ref": f"#/components/schemas/{schema}"}
        return Draft202012Validator(
            self._rebase(schema), registry=self._registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )

    @cached_property
    def _registry(self) -> Registry[Any]:
        registry: Registry[Any] = Registry().with_resource(self._uri, DRAFT202012.create_resource(self.spec))
        return registry

    @property
    def _uri(self) -> str:
        return f"urn:{self.api}"

    def _rebase(self, node: Any) -> Any:
        """Point `#/...` references at the registered spec resource."""
        if isinstance(node, dict):
            return {
                key: self._uri + value if key == "$ref" and value.startswith("#") else self._rebase(value)
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [self._rebase(value) for value in node]
        return node

    def examples(self) -> list[Example]:
        """Every `example` and `examples` value of every operation's request body and responses."""
        found: list[Example] = []
        for operation_id, (_method, _path, op) in self.operations().items():
            found += self._media_examples(operation_id, "request", op.get("requestBody", {}))
            for status, response in op["responses"].items():
                found += self._media_examples(operation_id, status, response)
        return found

    def response_examples(self) -> list[Example]:
        """The examples of responses only."""
        return [example for example in self.examples() if example.status != "request"]

    def response_example_params(self) -> list[Any]:
        """The response examples as ``pytest.param(operation_id, status, name, value, id="<op>-<status>-<name>")``."""
        return [
            pytest.param(e.operation_id, e.status, e.name, e.value, id=f"{e.operation_id}-{e.status}-{e.name}")
            for e in self.response_examples()
        ]

    def _media_examples(self, operation_id: str, status: str, holder: Any) -> Iterator[Example]:
        for media in (self.resolve(holder).get("content") or {}).values():
            schema = media.get("schema", {})
            if "example" in media:
                yield Example(operation_id, status, "example", schema, media["example"])
            for name, example in (media.get("examples") or {}).items():
                yield Example(operation_id, status, name, schema, self.resolve(example)["value"])

    # --- the generated client --------------------------------------------------------------------

    def package(self) -> ModuleType:
        """The generated package, installed from generated/ (a workspace member)."""
        return importlib.import_module(self.package_name)

    def endpoint(self, operation_id: str) -> ModuleType:
        """The generated module of one operation (modules are named after operationIds, in a folder per tag)."""
        if operation_id not in self._endpoints:
            raise LookupError(f"{self.package_name} has no module for operation {operation_id!r}")
        return importlib.import_module(self._endpoints[operation_id])

    @cached_property
    def _endpoints(self) -> dict[str, str]:
        api = importlib.import_module(f"{self.package().__name__}.api")
        modules = pkgutil.walk_packages(api.__path__, prefix=f"{api.__name__}.")
        return {info.name.rsplit(".", 1)[-1]: info.name for info in modules if not info.ispkg}

    def client(
        self,
        handler: Callable[[httpx.Request], httpx.Response],
        headers: Mapping[str, str] | None = None,
        *,
        token: str | None = None,
    ) -> Any:
        """The generated ``Client`` (``AuthenticatedClient`` given a ``token``) whose requests ``handler`` answers.

        It sends ``headers`` (by default the ones given to this SpecUnderTest) and raises on undocumented statuses.
        """
        package = self.package()
        if token is None:
            client = package.Client(base_url=self.server, raise_on_unexpected_status=True)
        else:
            client = package.AuthenticatedClient(base_url=self.server, token=token, raise_on_unexpected_status=True)
        sent = self.headers if headers is None else headers
        transport = httpx.MockTransport(handler)
        client.set_httpx_client(httpx.Client(base_url=self.server, headers=dict(sent), transport=transport))
        return client

    def parse(self, operation_id: str, status: str | int, body: Any) -> Any:
        """What the generated client parses from a JSON answer to the operation (no request is sent)."""
        method, path, _op = self.operations()[operation_id]
        client = self.package().Client(base_url=self.server, raise_on_unexpected_status=True)
        request = httpx.Request(method.upper(), self.server + path)
        response = httpx.Response(int(status), json=body, request=request)
        return self.endpoint(operation_id)._build_response(client=client, response=response).parsed


class Recorder:
    """A MockTransport handler that records the requests and answers each with ``status`` and the JSON ``body``
    (no body when it is None), or with whatever ``answer(request)`` returns."""

    def __init__(
        self,
        body: Any = None,
        status: int = 200,
        *,
        headers: Mapping[str, str] | None = None,
        answer: Callable[[httpx.Request], httpx.Response] | None = None,
    ) -> None:
        self.body, self.status, self.headers, self.answer = body, status, headers, answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answer is not None:
            return self.answer(request)
        return httpx.Response(self.status, json=self.body, headers=self.headers)

    @property
    def only(self) -> httpx.Request:
        """The one request that was sent (fails unless exactly one was)."""
        assert len(self.requests) == 1, [f"{r.method} {r.url}" for r in self.requests]
        return self.requests[0]


def plain(parsed: Any) -> Any:
    """A parsed response back to JSON-ready data through the generated models' `to_dict`."""
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    if isinstance(parsed, list):
        return [plain(item) for item in parsed]
    return parsed


def vendor_text(path: Path) -> str:
    """A vendor document from ../shared (beside the checkout in CI); skip where it is absent."""
    if not path.is_file():
        pytest.skip(f"vendor document {path.name} is not beside the checkout (../shared)")
    return path.read_text(encoding="utf-8")


def walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every object (dict) in a JSON tree, the root first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)
