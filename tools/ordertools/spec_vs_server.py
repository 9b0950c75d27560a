"""A "spec vs server" report: an API's read-only operations called through ``connect(strict=True)``.

``scripts/contract.py`` runs it after the Schemathesis suite against the same base URL and headers.
Every read-only operation of the spec (``GET`` and ``x-read-only``) is called once through the
generated client on a strict ``ordersdk`` connection, with arguments the spec provides: a parameter's
``example``, a request body's example, or a value an OpenAPI ``link`` takes from an earlier answer
(``$response.body#/0/id``); an operation needing a value the spec gives none for is listed as skipped
(links from list to get operations in a spec let the probe reach the gets). A strict client refuses any deviation from the response schema, and
``ordersdk.deviations()`` counts them all; the report lists them per operation (shape only: pointer,
kind, what the spec expects - never a value), followed by what each call answered.

Example::

    from ordertools.spec_vs_server import probe, render

    print(render(probe("seventime", "https://test.example.com/api/2", {"Client-Secret": "..."})))
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import pkgutil
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx
import ordersdk
from openapi_python_client.strings import PythonIdentifier
from ordersdk import RateLimit, spec
from ordersdk._client import ApiProfile, ConnectOptions, connect_with_headers

__all__ = ["Call", "Probe", "probe", "render"]

_FIELD_PREFIX = "field_"  # the generator's default, which our configs keep


@dataclass(frozen=True)
class Call:
    """One operation of the probe and what came of it (``"ok"``, ``"refused"``, ``"status 404"``, ``"skipped"``)."""

    operation: str
    outcome: str
    detail: str = ""


@dataclass
class Probe:
    """What a probe called and the deviations it counted."""

    api: str
    calls: list[Call] = field(default_factory=list)
    deviations: dict[ordersdk.Deviation, int] = field(default_factory=dict)


def _endpoints(api: str) -> dict[str, ModuleType]:
    """operationId -> generated endpoint module (``<api>_client.api.<tag>.<operation_id>``)."""
    package = importlib.import_module(f"{api}_client.api")
    found = {}
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        module = importlib.import_module(info.name)
        if callable(getattr(module, "sync_detailed", None)):
            found[info.name.rsplit(".", 1)[-1]] = module
    return found


def _resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        node = spec.resolve_pointer(document, node["$ref"])
    return node


def _example(node: Mapping[str, Any]) -> Any:
    """A parameter's or media type's example: ``example``, the first ``examples`` value, or the schema's."""
    if "example" in node:
        return node["example"]
    for example in (node.get("examples") or {}).values():
        if isinstance(example, Mapping) and "value" in example:
            return example["value"]
    schema = node.get("schema")
    return schema.get("example") if isinstance(schema, Mapping) else None


def _linked(answers: Mapping[str, Any], links: Mapping[str, Mapping[str, str]], name: str) -> Any:
    """A value for parameter ``name`` from an earlier answer, through the links that target this operation."""
    for source, expression in links.get(name, {}).items():
        if source in answers and expression.startswith("$response.body#"):
            try:
                return spec.resolve_pointer(answers[source], expression.removeprefix("$response.body#"))
            except (KeyError, IndexError, TypeError, ValueError):
                continue
    return None


def _arguments(
    document: Mapping[str, Any],
    path: str,
    operation: Mapping[str, Any],
    module: ModuleType,
    answers: Mapping[str, Any],
    links: Mapping[str, Mapping[str, str]],
) -> dict[str, Any] | str:
    """Keyword arguments for the required parameters of ``module.sync_detailed``, or why there are none."""
    hints = typing.get_type_hints(module.sync_detailed)
    declared = [*document["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    parameters = [_resolve(document, p) for p in declared]
    by_name = {str(PythonIdentifier(p["name"], _FIELD_PREFIX)): p for p in parameters if isinstance(p, Mapping)}
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(module.sync_detailed).parameters.items():
        if name == "client" or parameter.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            body = _resolve(document, operation.get("requestBody") or {})
            media = (body.get("content") or {}).get("application/json") or {}
            value = _example(media)
            if value is None:
                return "no request body example in the spec"
            arguments["body"] = hints["body"].from_dict(value)
            continue
        value = _linked(answers, links, name)
        if value is None and name in by_name:
            value = _example(by_name[name])
        if value is None:
            return f"no value for `{name}` (no example, no link from an earlier answer)"
        arguments[name] = value
    return arguments


def _read_only(document: Mapping[str, Any]) -> list[tuple[str, str, Mapping[str, Any]]]:
    """(path, method, operation) of every read-only operation, links' sources before their targets."""
    found = []
    for path, item in (document.get("paths") or {}).items():
        for method in spec.HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and (method == "get" or operation.get("x-read-only") is True):
                found.append((str(path), method, operation))
    # An operation that needs an id from another comes after the ones that link to it.
    targets = {
        link.get("operationId")
        for _, _, operation in found
        for response in operation.get("responses", {}).values()
        for link in (_resolve(document, response).get("links") or {}).values()
    }
    return sorted(found, key=lambda entry: entry[2].get("operationId") in targets)


def _links_by_target(document: Mapping[str, Any]) -> dict[str, dict[str, dict[str, str]]]:
    """target operationId -> its parameter (python name) -> source operationId -> runtime expression."""
    targets: dict[str, dict[str, dict[str, str]]] = {}
    for item in (document.get("paths") or {}).values():
        for method in spec.HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            for response in operation.get("responses", {}).values():
                for link in (_resolve(document, response).get("links") or {}).values():
                    target = targets.setdefault(str(link.get("operationId")), {})
                    for name, expression in (link.get("parameters") or {}).items():
                        python = str(PythonIdentifier(str(name).split(".")[-1], _FIELD_PREFIX))
                        target.setdefault(python, {})[str(operation["operationId"])] = str(expression)
    return targets


def probe(
    api: str,
    base_url: str,
    headers: Mapping[str, str],
    *,
    transport: httpx.BaseTransport | None = None,
    rate_limit: RateLimit | str | None = "documented",
) -> Probe:
    """Call every read-only operation of ``api`` at ``base_url`` once, strictly; the deviations and each outcome.

    ``headers`` are sent with every request as given (the contract runner's ``--header`` values).
    ``rate_limit``: the spec's documented limit by default, ``None`` for none (a mock with its limit off).
    Resets ``ordersdk.deviations()`` first.
    """
    document = spec.document(api)
    options: ConnectOptions = {"base_url": base_url.rstrip("/"), "strict": True}
    if transport is not None:
        options["transport"] = transport
    if not isinstance(rate_limit, str):
        options["rate_limit"] = rate_limit
    factory = importlib.import_module(f"{api}_client").AuthenticatedClient
    client = connect_with_headers(ApiProfile.from_spec(api), factory, dict(headers), options)
    endpoints = _endpoints(api)
    links = _links_by_target(document)
    answers: dict[str, Any] = {}
    result = Probe(api)
    ordersdk.reset_deviations()
    for path, _method, operation in _read_only(document):
        operation_id = str(operation.get("operationId"))
        module = endpoints.get(operation_id)
        if operation.get("security") == []:  # needs no credentials: the credential exchange itself
            result.calls.append(Call(operation_id, "skipped", "the credential exchange"))
            continue
        if module is None:
            result.calls.append(Call(operation_id, "skipped", "no generated endpoint"))
            continue
        arguments = _arguments(document, path, operation, module, answers, links.get(operation_id, {}))
        if isinstance(arguments, str):
            result.calls.append(Call(operation_id, "skipped", arguments))
            continue
        try:
            response = module.sync_detailed(client=client, **arguments)
        except ordersdk.APIResponseValidationError as error:
            result.calls.append(Call(operation_id, "refused", f"{error.pointer or 'the body'}: {error.kind}"))
            continue
        except ordersdk.APIStatusError as error:
            result.calls.append(Call(operation_id, f"status {error.status_code}"))
            continue
        except ordersdk.APIError as error:
            result.calls.append(Call(operation_id, "failed", type(error).__name__))
            continue
        with contextlib.suppress(ValueError):  # a non-JSON answer gives no values to links
            answers[operation_id] = json.loads(response.content)
        result.calls.append(Call(operation_id, "ok", f"status {int(response.status_code)}"))
    result.deviations = ordersdk.deviations()
    return result


def render(result: Probe) -> str:
    """The report: the deviations (``ordersdk.deviation_report``), then one line per operation called or skipped."""
    lines = [f"== spec vs server: {result.api} ==", ordersdk.deviation_report(result.deviations), "calls:"]
    width = max((len(call.operation) for call in result.calls), default=0)
    for call in result.calls:
        lines.append(f"  {call.operation:<{width}}  {call.outcome}" + (f"  ({call.detail})" if call.detail else ""))
    return "\n".join(lines)
