"""The contract suite's configuration: which API, which target, how many examples, which exclusions.

The same suite runs in-process against the mock (default) and against any base URL
(``scripts/contract.py`` sets the ``CONTRACT_*`` variables below and runs pytest on this folder):

``CONTRACT_APIS``          comma-separated APIs to test (default: every spec present)
``CONTRACT_URL``           base URL of a live API instead of the in-process mock
``CONTRACT_HEADERS_FILE``  JSON file with headers for ``CONTRACT_URL`` (secrets stay out of argv/env)
``CONTRACT_ALLOW_WRITES``  ``1`` to also run operations that change data against ``CONTRACT_URL``
``CONTRACT_MAX_EXAMPLES``  examples per operation and phase (default 8; try 100 for a nightly run)
``CONTRACT_STATEFUL_EXAMPLES``  stateful scenarios per API (default 6) with up to ``CONTRACT_MAX_STEPS`` (6)
``CONTRACT_RANDOM``        ``1`` for fresh random data each run (default: deterministic, reproducible CI)
``CONTRACT_RATE_LIMIT``    client-side limit for ``CONTRACT_URL`` runs, e.g. ``4/s`` (default: the spec's
                          ``x-rate-limit``; ``off`` to disable)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ordermock
import schemathesis
from hypothesis import HealthCheck, settings
from ordersdk.spec import load_document, rate_limit_of, read_only_of
from ordertools.paths import SPECS

#: APIs that answer an unknown record id with 400 (they document no 404): Order Time's documented
#: "Record not found." message and Lagerkoll's errorCode 901101 are both 400s. For them a valid
#: request for an id that does not exist is *correctly* rejected with 400, so the
#: positive_data_acceptance check also accepts 400 there (everything else about it stays on).
NOT_FOUND_IS_400 = {"ordertime", "lagerkoll"}


def refuses_duplicates(api: str) -> list[str]:
    """Writes a valid request can fail with 400: those repeating a value the spec calls unique (Seven Senders'
    ``order_id``) where no 409 is documented. Schemathesis sends the same documented example more than once,
    which the mock (as the vendor) correctly refuses; the positive_data_acceptance check accepts 400 for them."""
    app = ordermock.create_app(api)
    return sorted(
        op.operation_id
        for op in app.spec.operations
        if (action := app.ctx.actions[op.operation_id]).kind in ("create", "update")
        and action.resource in app.behaviour.unique
        and not op.declares(409)
    )


def spec_document(api: str) -> dict[str, Any]:
    return load_document(SPECS / f"{api}.yaml")


def secret_keys(document: dict[str, Any]) -> list[str]:
    """Names whose values schemathesis must mask in its output (besides its built-in list): every
    credential header of the spec's security schemes, and the token request's ``access_key``."""
    schemes = document.get("components", {}).get("securitySchemes", {}).values()
    return [str(s["name"]) for s in schemes if s.get("type") == "apiKey"] + ["access_key"]


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


@dataclass
class Target:
    """Where the suite sends requests and with which credentials."""

    api: str
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    allow_writes: bool = True
    app: ordermock.MockApp | None = None

    @property
    def live(self) -> bool:
        return self.url is not None


def selected_apis() -> list[str]:
    wanted = [a.strip() for a in os.environ.get("CONTRACT_APIS", "").split(",") if a.strip()]
    return [api for api in ordermock.APIS if not wanted or api in wanted]


#: Every in-process mock the suite created, to report how many requests (cases) each one served.
MOCKS: dict[str, ordermock.MockApp] = {}


def target(api: str) -> Target:
    url = os.environ.get("CONTRACT_URL")
    if url:
        headers_file = os.environ.get("CONTRACT_HEADERS_FILE")
        headers = json.loads(Path(headers_file).read_text()) if headers_file else {}
        return Target(api, url.rstrip("/"), headers, os.environ.get("CONTRACT_ALLOW_WRITES") == "1")
    # The mock validates its own responses on every call and has its rate limit off: the suite
    # checks the contract, the rate limit has tests of its own (tests/mock/test_limits.py).
    app = ordermock.create_app(api, seed_data=5, seed=1, rate_limit=False, validate_responses=True)
    MOCKS[api] = app
    return Target(api, None, ordermock.demo_headers(api), True, app)


def config(t: Target, document: dict[str, Any]) -> schemathesis.Config:
    examples = _int("CONTRACT_MAX_EXAMPLES", 8)
    raw: dict[str, Any] = {
        "headers": t.headers,
        "generation": {
            "max-examples": examples,
            "mode": "all",
            "deterministic": os.environ.get("CONTRACT_RANDOM") != "1",
        },
        # All phases except stateful, which runs as its own test (see test_contract.py).
        "phases": {
            "examples": {"enabled": True, "fill-missing": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
        },
        "output": {"sanitization": {"enabled": True, "keys-to-sanitize": secret_keys(document)}},
        "request-timeout": 30,
    }
    accept_400 = {
        "positive_data_acceptance": {
            "expected-statuses": ["2xx", "3xx", "400", "401", "403", "404", "409", "429", "5xx"]
        }
    }
    if t.api in NOT_FOUND_IS_400:
        raw["checks"] = accept_400
    elif t.allow_writes:
        # Only when writes run: Schemathesis ORs a later schema.include() with [[operations]] entries,
        # so with them the read-only selection of load_schema would let every write through.
        raw["operations"] = [
            {"include-operation-id": operation, "checks": accept_400} for operation in refuses_duplicates(t.api)
        ]
    if t.url:
        raw["base-url"] = t.url
        rate = os.environ.get("CONTRACT_RATE_LIMIT") or documented_rate_limit(t.api, document)
        if rate and rate != "off":
            # A live API enforces its limit: stay under it instead of collecting 429s.
            raw["rate-limit"] = rate
    return schemathesis.Config.from_dict(raw)


_UNITS = {1.0: "s", 60.0: "m", 3600.0: "h"}


def documented_rate_limit(api: str, document: dict[str, Any] | None = None) -> str | None:
    """The spec's ``x-rate-limit`` as a Schemathesis rate (``"4/s"``), or None when undocumented."""
    limit = rate_limit_of(document or spec_document(api), api)
    return f"{limit.requests}/{_UNITS[limit.per]}" if limit else None


def load_schema(t: Target) -> Any:
    document = spec_document(t.api)
    schema = schemathesis.openapi.from_dict(document, config=config(t, document))
    if t.app is not None:
        schema.app = t.app
    if t.live and not t.allow_writes:
        # Operations the spec marks x-read-only change no data although their method is not GET.
        safe = {op.operation_id for op in read_only_of(document)}
        schema = schema.include(
            func=lambda ctx: (
                ctx.operation.method.upper() in ("GET", "HEAD")
                or ctx.operation.definition.raw.get("operationId") in safe
            )
        )
    return schema


def stateful_settings() -> settings:
    return settings(
        max_examples=_int("CONTRACT_STATEFUL_EXAMPLES", 6),
        stateful_step_count=_int("CONTRACT_MAX_STEPS", 6),
        deadline=None,
        derandomize=os.environ.get("CONTRACT_RANDOM") != "1",
        database=None,
        suppress_health_check=list(HealthCheck),
    )
