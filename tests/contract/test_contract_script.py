"""scripts/contract.py: the same suite against a base URL, read-only by default, secrets never printed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import ordermock
import pytest
from ordersdk.spec import facts
from ordertools.contract import missing_base_path

from tests.contract._contract_suite import Sizes, documented_rate_limit
from tests.contract._progress import Plan, Progress

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif("seventime" not in ordermock.APIS, reason="specs/seventime.yaml not present")
@pytest.mark.parametrize("secret", ["demo-client-secret", "a-wrong-secret-value"])
def test_contract_script_against_http_mock(secret: str) -> None:
    """Runs the read-only operations over HTTP with an estimate first and progress after each operation;
    the header value never appears in the output."""
    app = ordermock.create_app("seventime", seed_data=5, rate_limit=False)
    with ordermock.serve_app(app) as url:
        result = subprocess.run(
            [
                sys.executable,
                str(ROOT / "scripts" / "contract.py"),
                "seventime",
                "--url",
                url,
                "--header",
                f"Client-Secret: {secret}",
                "--max-examples",
                "2",
                # This mock has its limit off; the documented 4/s would make the run take minutes.
                "--rate-limit",
                "off",
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
    output = result.stdout + result.stderr
    assert secret not in output
    assert "passed" in output or "failed" in output
    assert "POST" not in output and "DELETE" not in output  # writes need --allow-writes
    # After the suite: the same target through a strict ordersdk client, deviations by operation.
    assert "contract: spec vs server" in output and "get_purchase_order" in output.split("spec vs server", 1)[1]
    lines = output.splitlines()
    estimate = next(i for i, line in enumerate(lines) if "estimate ≈" in line)
    progress = [i for i, line in enumerate(lines) if re.search(r"contract: \[\d+/\d+\] seventime GET ", line)]
    assert "no rate limit applies" in output  # --rate-limit off
    assert progress and estimate < progress[0], output[-3000:]
    assert [re.search(r"\[(\d+)/", lines[i]).group(1) for i in progress] == [
        str(n) for n in range(1, len(progress) + 1)
    ]
    if secret == "demo-client-secret":
        assert result.returncode == 0, output[-2000:]
        estimated = int(re.search(r"estimate ≈ ([\d,]+) requests", lines[estimate]).group(1).replace(",", ""))
        assert 0.8 < estimated / app.requests_served < 1.25, (estimated, app.requests_served)


@pytest.mark.parametrize("api", ordermock.APIS)
def test_a_url_without_the_base_path_gets_a_hint_and_no_run(api: str) -> None:
    """Without the spec's base path every request would miss the API's routes: exit 2 with the URL meant."""
    base_path = facts(api).base_path
    if not base_path:
        pytest.skip(f"{api} is served at the root")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "contract.py"), api, "--url", "http://127.0.0.1:9/"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"Did you mean --url http://127.0.0.1:9{base_path} ?" in result.stderr
    assert "collecting" not in result.stdout  # stopped before the suite started


def test_the_base_path_check_accepts_what_ends_with_it() -> None:
    """A trailing slash or a proxy prefix in front of the base path is fine."""
    base_path = facts("lagerkoll").base_path
    assert missing_base_path("lagerkoll", f"http://h:1{base_path}") is None
    assert missing_base_path("lagerkoll", f"http://h:1{base_path}/") is None
    assert missing_base_path("lagerkoll", f"https://gw.example/lagerkoll{base_path}") is None
    assert missing_base_path("lagerkoll", "http://h:1/other") == f"http://h:1/other{base_path}"


def test_the_estimate_is_requests_at_the_documented_rate() -> None:
    """Lagerkoll at its documented 200/minute: cases counted from the spec plus per-operation extras, over the rate."""
    sizes = Sizes(max_examples=8, stateful_examples=6, max_steps=6, deterministic=True)
    plan = Plan("lagerkoll", credential_headers=3, operations={"a": 392, "b": 0}, stateful=["s"])
    # a: 392 + 8 fuzzing + 4 auth probes; b: 0 + 8 + 4; stateful: 6 x 6 x 4 -> 560 requests
    assert plan.total(sizes) == 560
    written: list[str] = []
    Progress({"lagerkoll": plan}, sizes, {"lagerkoll": documented_rate_limit("lagerkoll")}, written.append).announce()
    assert "estimate ≈ 560 requests" in written[0]
    assert written[1] == "contract: lagerkoll: at 200/m that takes about 2 min 48 s"


def test_contract_script_rejects_a_malformed_header() -> None:
    """`--header` must be 'Name: value'."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "contract.py"),
            "seventime",
            "--url",
            "http://127.0.0.1:9",
            "--header",
            "no-colon-here",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "Name: value" in result.stderr


def test_live_runs_are_throttled_to_the_documented_rate_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Against a URL, the suite stays under the spec's x-rate-limit unless told otherwise."""
    from tests.contract._contract_suite import Target, config, spec_document

    assert documented_rate_limit("seventime") == "4/s"
    assert documented_rate_limit("lagerkoll") == "200/m"
    assert documented_rate_limit("ordertime") is None
    live = Target("seventime", "http://127.0.0.1:9/api/2", {}, False)
    document = spec_document("seventime")
    monkeypatch.delenv("CONTRACT_RATE_LIMIT", raising=False)
    assert config(live, document).projects.get(document).rate_limit is not None
    monkeypatch.setenv("CONTRACT_RATE_LIMIT", "off")
    assert config(live, document).projects.get(document).rate_limit is None
