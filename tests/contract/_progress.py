"""How long a live contract run will take, and where it is: printed before the first request and after each test.

A live target enforces its rate limit, so a run's duration is its number of requests divided by the
rate. The requests are counted before any is sent, per operation:

* the examples and coverage phases: exactly the cases Schemathesis attached to the operation's test
  at collection (the spec's examples and the coverage phase's cases, both derived from the spec alone);
* the fuzzing phase: ``max_examples`` cases (Hypothesis may stop earlier when it runs out of inputs);
* the ``ignored_auth`` check: one request without credentials and one per credential header, once per
  operation (see test_contract.py);

plus, per API with writes, the stateful test: scenarios x steps x :data:`STATEFUL_REQUESTS_PER_STEP`.
Against the mock the per-operation part came within 3 % of the requests actually served (all five
APIs, default sizes); the stateful part is the rough one (its length depends on the answers).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from tests.contract._contract_suite import Sizes

#: Requests per stateful step, measured against the mock: 86-192 requests for 6 scenarios of up to 6
#: steps (follow-up requests of the checks included), i.e. 2.4-5.3 per step.
STATEFUL_REQUESTS_PER_STEP = 4
_PER = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def requests_per_second(rate: str | None) -> float | None:
    """A Schemathesis rate (``"200/m"``) as requests per second; ``None`` for no limit."""
    if not rate or rate == "off":
        return None
    count, _, unit = rate.partition("/")
    return int(count) / _PER[unit.strip() or "s"]


def duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


@dataclass
class Plan:
    """The tests of one API in a run and the requests each is expected to send."""

    api: str
    credential_headers: int
    operations: dict[str, int] = field(default_factory=dict)  # test id -> cases of examples + coverage
    stateful: list[str] = field(default_factory=list)  # test ids

    def operation_requests(self, test_id: str, sizes: Sizes) -> int:
        return self.operations[test_id] + sizes.max_examples + 1 + self.credential_headers

    def stateful_requests(self, sizes: Sizes) -> int:
        return sizes.stateful_examples * sizes.max_steps * STATEFUL_REQUESTS_PER_STEP

    def requests(self, test_id: str, sizes: Sizes) -> int:
        if test_id in self.operations:
            return self.operation_requests(test_id, sizes)
        return self.stateful_requests(sizes) if test_id in self.stateful else 0

    def total(self, sizes: Sizes) -> int:
        return sum(self.requests(test_id, sizes) for test_id in [*self.operations, *self.stateful])

    def explain(self, sizes: Sizes) -> str:
        explicit = sum(self.operations.values())
        parts = [
            f"{explicit:,} examples+coverage cases (counted from the spec)",
            f"{len(self.operations)} operations x ({sizes.max_examples} fuzzing examples"
            f" + {1 + self.credential_headers} auth probes)",
        ]
        if self.stateful:
            parts.append(
                f"stateful {sizes.stateful_examples} scenarios x {sizes.max_steps} steps"
                f" x ~{STATEFUL_REQUESTS_PER_STEP} requests"
            )
        return " + ".join(parts)


class Progress:
    """Prints the estimate before the run and a progress line after each test (live runs)."""

    def __init__(self, plans: dict[str, Plan], sizes: Sizes, rates: dict[str, str | None], write: Any) -> None:
        self.plans = plans
        self.sizes = sizes
        self.rates = rates
        self.write = write
        self.order = [(api, test_id) for api, plan in plans.items() for test_id in [*plan.operations, *plan.stateful]]
        self.done: set[tuple[str, str]] = set()
        self.started = time.monotonic()

    def seconds(self, api: str, requests: int) -> float | None:
        per_second = requests_per_second(self.rates.get(api))
        return requests / per_second if per_second else None

    def announce(self) -> None:
        for api, plan in self.plans.items():
            total = plan.total(self.sizes)
            self.write(
                f"contract: {api}: {len(plan.operations)} operations"
                + (f" and {len(plan.stateful)} stateful test" if plan.stateful else "")
                + f"; estimate ≈ {total:,} requests = {plan.explain(self.sizes)}"
            )
            seconds = self.seconds(api, total)
            rate = self.rates.get(api)
            if seconds is None:
                self.write(f"contract: {api}: no rate limit applies, so the duration depends on the server alone")
            else:
                self.write(f"contract: {api}: at {rate} that takes about {duration(seconds)}")
        self.started = time.monotonic()

    def finished(self, api: str, test_id: str, label: str, outcome: str) -> None:
        self.done.add((api, test_id))
        left = [(a, t) for a, t in self.order if (a, t) not in self.done]
        remaining = {a: sum(self.plans[a].requests(t, self.sizes) for b, t in left if b == a) for a in self.plans}
        seconds = [self.seconds(a, n) for a, n in remaining.items()]
        eta = f", about {duration(sum(s for s in seconds if s))} left" if any(seconds) else ""
        self.write(
            f"contract: [{len(self.done)}/{len(self.order)}] {api} {label} {outcome}"
            f" - {duration(time.monotonic() - self.started)} elapsed, ~{sum(remaining.values()):,} requests to go{eta}"
        )
