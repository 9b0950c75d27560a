"""redact(): every known secret in every plausible encoding, all at once, before any cut; Secret hides its repr."""

from __future__ import annotations

import json
import time
import urllib.parse

import pytest
from ordersdk.redaction import MASK, Secret, redact, redact_headers
from rich.pretty import pretty_repr


def test_overlapping_secrets_are_masked_whole_whatever_their_order() -> None:
    """A secret that prefixes, or overlaps, another: no tail or head of either survives."""
    assert redact("user u-1001 token u-1001-9f8e7d6c5b4a.", ["u-1001", "u-1001-9f8e7d6c5b4a"]) == "user *** token ***."
    assert redact("abcd1234wxyz5678", ["abcd1234", "1234wxyz5678"]) == MASK
    assert redact("abcd1234wxyz5678", ["1234wxyz5678", "abcd1234"]) == MASK


@pytest.mark.parametrize(
    ("secret", "echoed"),
    [
        ("ab/cd-12", "ab\\/cd-12"),
        ("ab/cd-12", "ab\\\\\\/cd-12"),
        ("pässwörd-1", json.dumps("pässwörd-1")[1:-1]),
        ("pässwörd-1", "p\\u00E4ssw\\u00F6rd-1"),
        ("key-😀-1234", json.dumps("key-😀-1234")[1:-1]),
        ("a b/c+d&e=f", urllib.parse.quote_plus("a b/c+d&e=f")),
        ("a b/c+d&e=f", urllib.parse.quote("a b/c+d&e=f", safe="")),
        ("a b/c+d&e=f", urllib.parse.quote(urllib.parse.quote("a b/c+d&e=f", safe=""), safe="")),
        ("pässwörd-1", urllib.parse.quote("pässwörd-1")),
        ("a<b>&'\"-1", "a&lt;b&gt;&amp;&#39;&quot;-1"),
        ("ab/cd-12", "ab&#47;cd-12"),
        ("ab/cd-12", "ab&#x2F;cd-12"),
    ],
)
def test_escaped_forms_are_found(secret: str, echoed: str) -> None:
    """JSON (\\/, \\uXXXX in any case, surrogate pairs, escaped twice), URL (+, %XX, twice) and HTML entities."""
    assert redact(f"before {echoed} after", [secret]) == "before *** after"


def test_redaction_happens_before_the_cut() -> None:
    """limit= cuts the redacted text: a secret across the cut leaves nothing of itself."""
    secret = "sk-live-0123456789abcdef"
    text = "x" * 190 + secret + " and a long tail"
    assert redact(text, [secret], limit=200) == "x" * 190 + MASK + " and a "
    assert len(redact("y" * 1000, [secret], limit=500)) == 500


def test_a_text_ending_inside_a_secret_hides_that_head() -> None:
    """A body cut off in transit after the first characters of a secret (may_be_cut); complete texts keep theirs."""
    secret = "sk-live-0123456789abcdef"
    assert redact("proxy said sk-live-0123", [secret], may_be_cut=True) == "proxy said ***"
    assert redact("ends with sk-", [secret], may_be_cut=True) == "ends with sk-"  # under 4 characters: kept
    assert redact("Invalid store", ["store-0001"]) == "Invalid store"  # a whole text: no guessing


def test_short_and_empty_secrets_are_ignored() -> None:
    """Values under 4 characters would mask ordinary text: they are left alone (documented)."""
    assert redact("store 12 has 12 orders", ["12", "", None]) == "store 12 has 12 orders"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig-nature_1"}', '{"token": "***"}'),
        ('{"token": "eyJhbGciOiJIUzI1', '{"token": "***'),
        ('{"access_token":"opaque-value-1", "n": 1}', '{"access_token":"***", "n": 1}'),
        ('{\\"Password\\": \\"hunter22\\"}', '{\\"Password\\": \\"***\\"}'),
        ("GET /x?api_key=abc123&page=2", "GET /x?api_key=***&page=2"),
        ("Authorization: Bearer abcdefgh12345678", "Authorization: Bearer ***"),
        ("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0 expired", "token *** expired"),
        ("Expired JWT Token", "Expired JWT Token"),
        ('{"errorMessage": "token is invalid"}', '{"errorMessage": "token is invalid"}'),
    ],
)
def test_credential_shaped_values_are_masked_without_knowing_them(text: str, expected: str) -> None:
    """JWTs, credential-named JSON fields and parameters, bearer tokens; ordinary prose stays readable."""
    assert redact(text) == expected


def test_headers_carrying_credentials_are_hidden_whole_and_others_redacted() -> None:
    """Set-Cookie / Authorization / api_key values vanish; a WWW-Authenticate echoing the key keeps only its scheme."""
    headers = {
        "www-authenticate": 'ApiKey realm="x", key="sk-0123456789"',
        "set-cookie": "session=abc",
        "api_key": "anything",
        "x-request-id": "req-1",
    }
    assert redact_headers(headers, ["sk-0123456789"]) == {
        "www-authenticate": 'ApiKey realm="x", key="***"',
        "set-cookie": MASK,
        "api_key": MASK,
        "x-request-id": "req-1",
    }


def test_secret_shows_no_value_in_any_repr_but_serialises_unchanged() -> None:
    """repr, a slice's repr and rich's truncated pretty repr show ***; JSON, str() and f-strings the value."""
    secret = Secret("k" * 100)
    assert repr(secret) == "'***'"
    assert repr(secret[:80]) == "'***'"
    assert "kkkk" not in pretty_repr({"access_key": secret}, max_string=80)
    assert json.dumps({"k": secret}) == json.dumps({"k": "k" * 100})
    assert f"Bearer {secret}" == "Bearer " + "k" * 100
    assert str(secret) == "k" * 100 and secret == "k" * 100


def test_one_pattern_is_fast_enough_for_logs() -> None:
    """Ten secrets over 100 KB of text: well under a second (the pattern is compiled once and cached)."""
    secrets = [f"secret-value-{i:02d}-abcdefgh" for i in range(10)]
    text = ("ordinary log text with a/b and %2F and \\u0041 " * 2500) + secrets[3]
    redact(text, secrets)
    started = time.perf_counter()
    assert redact(text, secrets).endswith(MASK)
    assert time.perf_counter() - started < 1.0
