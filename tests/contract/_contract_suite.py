"""The contract suite's configuration: ``schemathesis.toml`` (shared with ``st run``) plus this suite's sizes and target.

Everything the suite knows about testing the APIs is in the repository's ``schemathesis.toml``, which
``st run specs/<api>.yaml`` reads as well, so both give the same verdict. This module adds only what
belongs to a suite run: which APIs, the target, and how many examples. It runs in-process against the
mock (default) and against any base URL (``scripts/contract.py`` sets the ``CONTRACT_*`` variables below
and runs pytest on this folder):

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
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ordermock
import schemathesis
from hypothesis import HealthCheck, settings
from ordersdk.spec import load_document, rate_limit_of, read_only_of
from ordertools.paths import ROOT, SPECS

#: The one contract configuration, at the repository root where ``st run`` finds it.
CONFIG_FILE = ROOT / "schemathesis.toml"


def spec_document(api: str) -> dict[str, Any]:
    return load_document(SPECS / f"{api}.yaml")


def shared_config() -> schemathesis.Config:
    """``schemathesis.toml`` as ``st run`` reads it, without its ``hooks``.

    The hooks module only moves Hypothesis's home out of the checkout for the ``st`` command;
    tests/conftest.py does that for pytest, and a path relative to the working directory would tie
    the suite to being started from the repository root.
    """
    data = tomllib.loads(CONFIG_FILE.read_text(encoding="utf-8"))
    data.pop("hooks", None)
    return schemathesis.Config.from_dict(data, base_dir=str(ROOT))


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


@dataclass(frozen=True)
class Sizes:
    """How much one suite run generates (the suite's own layer over ``schemathesis.toml``)."""

    max_examples: int
    stateful_examples: int
    max_steps: int
    deterministic: bool

    @classmethod
    def from_env(cls) -> Sizes:
        return cls(
            max_examples=_int("CONTRACT_MAX_EXAMPLES", 8),
            stateful_examples=_int("CONTRACT_STATEFUL_EXAMPLES", 6),
            max_steps=_int("CONTRACT_MAX_STEPS", 6),
            deterministic=os.environ.get("CONTRACT_RANDOM") != "1",
        )


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


def operation_test_name(api: str) -> str:
    """The name of ``api``'s per-operation test in test_contract.py."""
    return f"test_{api}"


def stateful_test_name(api: str) -> str:
    """The name of ``api``'s stateful test class in test_contract.py."""
    return f"Test{''.join(p.title() for p in api.split('_'))}Stateful"


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


def config(t: Target, document: dict[str, Any], sizes: Sizes | None = None) -> schemathesis.Config:
    """``schemathesis.toml`` with this run's target and sizes on top (the layer CLI options use in ``st run``)."""
    sizes = sizes or Sizes.from_env()
    shared = shared_config()
    run = shared.projects.override
    run.generation.update(max_examples=sizes.max_examples, deterministic=sizes.deterministic)
    # A live API enforces its limit: stay under it instead of collecting 429s.
    rate = run_rate(t.api, document) if t.url else None
    run.update(headers=t.headers or None, base_url=t.url, rate_limit=rate)
    return shared


def run_rate(api: str, document: dict[str, Any] | None = None) -> str | None:
    """The client-side limit of a live run: ``CONTRACT_RATE_LIMIT``, else the spec's (``None``: unlimited)."""
    rate = os.environ.get("CONTRACT_RATE_LIMIT") or documented_rate_limit(api, document)
    return None if rate == "off" else rate


_UNITS = {1.0: "s", 60.0: "m", 3600.0: "h"}


def documented_rate_limit(api: str, document: dict[str, Any] | None = None) -> str | None:
    """The spec's ``x-rate-limit`` as a Schemathesis rate (``"4/s"``), or None when undocumented."""
    limit = rate_limit_of(document or spec_document(api), api)
    return f"{limit.requests}/{_UNITS[limit.per]}" if limit else None


def load_schema(t: Target, sizes: Sizes | None = None) -> Any:
    document = spec_document(t.api)
    schema = schemathesis.openapi.from_dict(document, config=config(t, document, sizes))
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


def stateful_settings(sizes: Sizes | None = None) -> settings:
    sizes = sizes or Sizes.from_env()
    return settings(
        max_examples=sizes.stateful_examples,
        stateful_step_count=sizes.max_steps,
        deadline=None,
        derandomize=sizes.deterministic,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
