"""The specs, read where they ship: every vendor fact the SDK, the mock and the tools use comes from here.

Each generated client package carries the spec it was generated from as ``<api>_client/openapi.json``
(written by the build, drift-checked like the rest of the generated tree). This module reads it and
answers the vendor facts the hand-written code needs, so none of them is restated by hand:

- ``base_url``: the first ``servers`` entry (the vendor's production server);
- ``rate_limit``: the top-level ``x-rate-limit: {limit, period}`` (``period`` is second, minute or hour);
- ``read_only``: operations marked ``x-read-only: true`` (a POST or PUT that changes nothing, so it may be
  retried like a GET and is safe to run against a live API);
- ``default_headers``: the ``headers`` map of the top-level ``x-default-headers`` (headers the vendor asks
  every request to carry, which OpenAPI cannot declare as parameters, e.g. ``Accept``);
- ``token_lifetime``: the bearer scheme's ``x-token-lifetime-seconds`` (how long an issued token lives
  when the token itself does not say), or ``None``;
- ``credential_modes``: the top-level ``security`` requirements as tuples of header names (the
  ``apiKey``-in-header schemes each requirement combines), e.g. Lagerkoll's ``store + api_key`` or
  ``store + user_id + user_token``.

It also holds the one spec-file loader (JSON, or YAML when PyYAML is installed) and the one pair of
JSON-pointer helpers of the project.

Example::

    from ordersdk import spec

    facts = spec.facts("lagerkoll")
    facts.base_url          # the first server of specs/lagerkoll.yaml
    facts.rate_limit        # DocumentedLimit(requests=200, per=60.0)
    spec.document("ordertime")["info"]["version"]
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

__all__ = [
    "HTTP_METHODS",
    "SPEC_FILE",
    "DocumentedLimit",
    "ReadOnlyOperation",
    "SpecNotFoundError",
    "VendorFacts",
    "document",
    "escape_pointer",
    "facts",
    "facts_of",
    "load_document",
    "parse_document",
    "rate_limit_of",
    "read_only_of",
    "resolve_pointer",
    "token_lifetime_of",
    "unescape_pointer",
]

#: The spec's file name inside each generated client package.
SPEC_FILE = "openapi.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PERIODS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}

Json = Any


class SpecNotFoundError(LookupError):
    """No spec ships for that API: its generated client package (``<api>_client``) is not installed."""


class DocumentedLimit(NamedTuple):
    """The vendor's documented rate limit: at most ``requests`` per ``per`` seconds."""

    requests: int
    per: float


class ReadOnlyOperation(NamedTuple):
    """An operation the spec marks ``x-read-only`` (``path`` is relative to the server URL)."""

    operation_id: str
    method: str
    path: str


@dataclass(frozen=True)
class VendorFacts:
    """What the hand-written code needs to know about one API, read from its spec."""

    api: str
    version: str
    base_url: str
    rate_limit: DocumentedLimit | None
    read_only: tuple[ReadOnlyOperation, ...]
    default_headers: Mapping[str, str]
    credential_modes: tuple[tuple[str, ...], ...]
    token_lifetime: float | None = None

    @property
    def base_path(self) -> str:
        """The path of :attr:`base_url` without a trailing slash (``""`` for the root)."""
        return urlsplit(self.base_url).path.rstrip("/")

    @property
    def read_only_ids(self) -> frozenset[str]:
        return frozenset(op.operation_id for op in self.read_only)


def escape_pointer(token: str | int) -> str:
    """One JSON-pointer reference token (RFC 6901): ``~`` -> ``~0``, ``/`` -> ``~1``."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer(token: str) -> str:
    """The inverse of :func:`escape_pointer`."""
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(doc: Json, pointer: str) -> Json:
    """The node at ``pointer`` (``"/a/b"`` or ``"#/a/b"``); ``KeyError`` / ``IndexError`` when absent."""
    node = doc
    text = pointer.removeprefix("#")
    for token in text.split("/")[1:] if text else []:
        key = unescape_pointer(token)
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def load_document(path: str | Path) -> dict[str, Any]:
    """A spec file as a plain dict (see :func:`parse_document`)."""
    path = Path(path)
    return parse_document(path.read_text(encoding="utf-8"), str(path))


def parse_document(text: str, source: str) -> dict[str, Any]:
    """Spec text as a plain dict: JSON when ``source`` ends in ``.json``, otherwise YAML (libyaml when available).

    YAML needs PyYAML (a dependency of ``ordersdk-mock`` and of the tools, not of ``ordersdk``). A syntax
    error propagates (``json.JSONDecodeError`` / ``yaml.YAMLError``, both naming the line); a document whose
    root is not a mapping raises ``ValueError`` naming ``source``.
    """
    if source.endswith(".json"):
        data = json.loads(text)
    else:
        import yaml

        # The pure-Python parser takes seconds on the larger specs; libyaml's takes milliseconds.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    if not isinstance(data, dict):
        raise ValueError(f"{source}: the document root must be a mapping")
    return data


@cache
def document(api: str) -> Mapping[str, Any]:
    """The spec ``api``'s generated client was built from (parsed once per process; do not mutate)."""
    package = f"{api}_client"
    try:
        resource = importlib.resources.files(package) / SPEC_FILE
        text = resource.read_text(encoding="utf-8")
    except ModuleNotFoundError as exc:
        raise SpecNotFoundError(f"no spec for {api!r}: the package {package} is not installed") from exc
    except FileNotFoundError as exc:
        raise SpecNotFoundError(f"{package} ships no {SPEC_FILE} (built before specs shipped?)") from exc
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def facts(api: str) -> VendorFacts:
    """:class:`VendorFacts` of ``api``, from the spec its installed client ships."""
    return facts_of(document(api), api)


def facts_of(doc: Mapping[str, Any], api: str) -> VendorFacts:
    """:class:`VendorFacts` read from a spec document (``api`` names it in messages)."""
    servers = doc.get("servers") or []
    if not servers or not isinstance(servers[0], Mapping) or not servers[0].get("url"):
        raise ValueError(f"{api}: the spec declares no server URL (/servers/0/url)")
    return VendorFacts(
        api=api,
        version=str(doc.get("info", {}).get("version", "")),
        base_url=str(servers[0]["url"]).rstrip("/"),
        rate_limit=rate_limit_of(doc, api),
        read_only=tuple(read_only_of(doc)),
        default_headers={
            str(k): str(v) for k, v in ((doc.get("x-default-headers") or {}).get("headers") or {}).items()
        },
        credential_modes=_credential_modes(doc),
        token_lifetime=token_lifetime_of(doc),
    )


def rate_limit_of(doc: Mapping[str, Any], api: str) -> DocumentedLimit | None:
    """The top-level ``x-rate-limit`` of ``doc`` (``None`` when the vendor documents none)."""
    declared = doc.get("x-rate-limit")
    if declared is None:
        return None
    period = _PERIODS.get(str(declared.get("period")))
    requests = declared.get("limit")
    if period is None or not isinstance(requests, int) or requests < 1:
        raise ValueError(f"{api}: /x-rate-limit needs an integer limit and a period of {', '.join(_PERIODS)}")
    return DocumentedLimit(requests, period)


def token_lifetime_of(doc: Mapping[str, Any]) -> float | None:
    """Seconds an issued bearer token lives, from a security scheme's ``x-token-lifetime-seconds`` (or ``None``)."""
    for scheme in (doc.get("components", {}).get("securitySchemes") or {}).values():
        seconds = scheme.get("x-token-lifetime-seconds") if isinstance(scheme, Mapping) else None
        if isinstance(seconds, int | float) and seconds > 0:
            return float(seconds)
    return None


def _credential_modes(doc: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    schemes = doc.get("components", {}).get("securitySchemes") or {}
    headers = {
        name: str(scheme["name"])
        for name, scheme in schemes.items()
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
    }
    modes = []
    for requirement in doc.get("security") or []:
        if requirement and all(name in headers for name in requirement):
            modes.append(tuple(headers[name] for name in requirement))
    return tuple(modes)


def read_only_of(doc: Mapping[str, Any]) -> list[ReadOnlyOperation]:
    """The operations of ``doc`` marked ``x-read-only: true``."""
    found = []
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping) and operation.get("x-read-only") is True:
                found.append(ReadOnlyOperation(str(operation.get("operationId")), method.upper(), str(path)))
    return found
