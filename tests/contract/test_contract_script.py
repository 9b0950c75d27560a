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
