"""Every vendor fact is stated once, in specs/<api>.yaml: what each package uses is checked against the spec.

The overlays, the mock and the contract suite read the spec their installed client ships
(``ordersdk.spec``); these tests compare what they actually use with the YAML in specs/, and scan the
hand-written code for restated facts.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import ordermock
import ordersdk
import pytest
from ordersdk import spec as shipped
from ordersdk._client import ApiProfile, ConnectOptions, prepare
from ordersdk.specnames import parameter_schema
from ordertools.generate import discover
from ordertools.paths import ROOT, SPECS

from tests.contract import _contract_suite as contract

APIS = [t.api for t in discover(ROOT)]
_PERIOD = {"second": 1.0, "minute": 60.0, "hour": 3600.0}


def _spec(api: str) -> dict[str, Any]:
    return shipped.load_document(SPECS / f"{api}.yaml")


def _rate_limit(document: dict[str, Any]) -> tuple[int, float] | None:
    declared = document.get("x-rate-limit")
    return (declared["limit"], _PERIOD[declared["period"]]) if declared else None


def _read_only(document: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {
        (op["operationId"], method.upper(), path)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and op.get("x-read-only") is True
    }


def test_the_api_list_comes_from_specs() -> None:
    """ordersdk's API modules, the mock's APIs and the contract script's choices are exactly specs/*.yaml."""
    stems = sorted(p.stem for p in SPECS.glob("*.yaml") if not p.name.endswith(".config.yaml"))
    assert sorted(APIS) == stems
    shared = {"redaction", "spec", "specnames"}  # the modules every API uses
    api_modules = sorted(
        n for n in ordersdk.__all__ if isinstance(getattr(ordersdk, n), ModuleType) and n not in shared
    )
    assert api_modules == stems
    assert sorted(ordermock.APIS) == sorted(ordermock.ALL_APIS) == stems


@pytest.mark.parametrize("api", APIS)
def test_the_shipped_spec_is_the_repository_spec(api: str) -> None:
    """`<api>_client/openapi.json` (what packages read at run time) equals specs/<api>.yaml."""
    assert shipped.document(api) == _spec(api)


@pytest.mark.parametrize("api", APIS)
def test_overlay_uses_the_specs_base_url_rate_limit_read_only_operations_and_headers(api: str) -> None:
    """`<api>.connect()`'s profile: first server, x-rate-limit, x-read-only operations, x-default-headers."""
    document = _spec(api)
    module = getattr(ordersdk, api)
    profile: ApiProfile = module.PROFILE
    assert profile.base_url == document["servers"][0]["url"].rstrip("/")
    limit = profile.rate_limit
    assert ((limit.requests, limit.per) if limit else None) == _rate_limit(document)
    assert {(m, p) for _, m, p in _read_only(document)} == set(profile.read_only)
    assert dict(profile.default_headers) == document.get("x-default-headers", {}).get("headers", {})
    # The retry policy a connection gets treats exactly those operations as idempotent.
    options: ConnectOptions = {"rate_limit": None}
    connection = prepare(profile, options, credentials=["x"])
    policy = connection.transport.policy  # type: ignore[attr-defined]
    base_path = urlsplit(document["servers"][0]["url"]).path.rstrip("/")
    assert {f"{m} {base_path}{p}" for _, m, p in _read_only(document)} == set(policy.read_only)


@pytest.mark.parametrize("api", [a for a in APIS if a != "sevensenders"])
def test_overlay_credentials_are_the_specs_security_schemes(api: str) -> None:
    """Each connect() credential argument is sent as a header the spec declares, in the spec's combinations."""
    document = _spec(api)
    schemes = document["components"]["securitySchemes"]
    modes = {tuple(schemes[name]["name"] for name in requirement) for requirement in document["security"]}
    credentials = getattr(ordersdk, api).CREDENTIALS
    assert {tuple(credentials.headers[arg] for arg in mode) for mode in credentials.modes} == modes


@pytest.mark.parametrize("api", APIS)
def test_mock_serves_the_specs_base_path_and_enforces_its_rate_limit(api: str) -> None:
    """The mock's base path is the first server's path; its default limiter is the spec's x-rate-limit."""
    document = _spec(api)
    app = ordermock.create_app(api)
    assert app.base_path == urlsplit(document["servers"][0]["url"]).path.rstrip("/")
    limit = app.limiter.limit if app.limiter else None
    assert ((limit.requests, limit.per) if limit else None) == _rate_limit(document)


@pytest.mark.parametrize("api", APIS)
def test_contract_suite_reads_rate_limit_and_read_only_operations_from_the_spec(api: str) -> None:
    """Live contract runs throttle to x-rate-limit and, without --allow-writes, run GETs and x-read-only ops."""
    document = _spec(api)
    expected = _rate_limit(document)
    rate = contract.documented_rate_limit(api)
    assert rate == (f"{expected[0]}/{ {1.0: 's', 60.0: 'm', 3600.0: 'h'}[expected[1]] }" if expected else None)
    target = contract.Target(api, "http://127.0.0.1:9", {}, allow_writes=False)
    schema = contract.load_schema(target)
    ran = {op.ok().definition.raw.get("operationId") for op in schema.get_all_operations()}
    writes = {
        op["operationId"]
        for item in document["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and method not in ("get", "head", "parameters")
    }
    assert ran & writes == {op_id for op_id, _, _ in _read_only(document)}


HAND_WRITTEN = [
    ROOT / "overlays" / "ordersdk",
    ROOT / "mock" / "ordermock",
    ROOT / "tools" / "ordertools",
    ROOT / "scripts",
]


def _sources() -> list[Path]:
    return [p for folder in HAND_WRITTEN for p in folder.rglob("*.py")]


@pytest.mark.parametrize("api", APIS)
def test_no_hand_written_code_restates_a_server_url(api: str) -> None:
    """The vendor's hosts appear in specs only: a moved server changes one line of YAML."""
    hosts = {re.sub(r"^https?://([^/]+).*", r"\1", s["url"]) for s in _spec(api)["servers"]}
    offenders = [f"{p.relative_to(ROOT)}: {host}" for p in _sources() for host in hosts if host in p.read_text()]
    assert not offenders


def test_pagination_bounds_are_the_specs() -> None:
    """First pages and the documented largest pages come from the specs' parameter / ListInfo bounds."""

    def param(api: str, operation: str, name: str) -> Any:
        return parameter_schema(_spec(api), operation, name)

    seventime, lagerkoll = ordersdk.seventime.PAGINATION, ordersdk.lagerkoll.PAGINATION
    assert seventime.first_page == param("seventime", "list_purchase_orders", "page")["minimum"] == 1
    assert seventime.max_size == param("seventime", "list_purchase_orders", "limit")["maximum"] == 500
    assert lagerkoll.first_page == param("lagerkoll", "list_purchase_orders", "page")["minimum"] == 0
    assert (
        ordersdk.sevensenders_v2.PAGINATION.default_size == param("sevensenders_v2", "list_orders", "limit")["default"]
    )
    list_info = _spec("ordertime")["components"]["schemas"]["ListInfo"]["properties"]
    ordertime = ordersdk.ordertime.PAGINATION
    assert (ordertime.first_page, ordertime.max_size) == (
        list_info["PageNumber"]["minimum"],
        list_info["NumberOfRecords"]["maximum"],
    )


def test_token_lifetime_is_the_specs() -> None:
    """The Portal token's documented lifetime (x-token-lifetime-seconds) is what the overlay and the mock use."""
    scheme = _spec("sevensenders")["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["x-token-lifetime-seconds"] == ordersdk.sevensenders.TOKEN_LIFETIME
    assert ordermock.create_app("sevensenders").auth.token_ttl == scheme["x-token-lifetime-seconds"]
