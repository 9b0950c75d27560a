"""scripts/contract.py: the same suite against a base URL, read-only by default, secrets never printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import ordermock
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif("seventime" not in ordermock.APIS, reason="specs/seventime.yaml not present")
@pytest.mark.parametrize("secret", ["demo-client-secret", "a-wrong-secret-value"])
def test_contract_script_against_http_mock(secret: str) -> None:
    """Runs the read-only operations over HTTP; the header value never appears in the output."""
    with ordermock.serve("seventime", seed_data=5, rate_limit=False) as url:
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
    if secret == "demo-client-secret":
        assert result.returncode == 0, output[-2000:]


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
    from tests.contract._contract_suite import Target, config, documented_rate_limit, spec_document

    assert documented_rate_limit("seventime") == "4/s"
    assert documented_rate_limit("lagerkoll") == "200/m"
    assert documented_rate_limit("ordertime") is None
    live = Target("seventime", "http://127.0.0.1:9/api/2", {}, False)
    document = spec_document("seventime")
    monkeypatch.delenv("CONTRACT_RATE_LIMIT", raising=False)
    assert config(live, document).projects.get(document).rate_limit is not None
    monkeypatch.setenv("CONTRACT_RATE_LIMIT", "off")
    assert config(live, document).projects.get(document).rate_limit is None
