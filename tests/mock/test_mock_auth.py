"""Authentication per the spec's security schemes, with the vendor's error shape."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import ordermock
import pytest
from jwt.warnings import InsecureKeyLengthWarning
from ordermock._app import MockApp
from ordermock._smoke import read_only_call

from tests.mock._mock_helpers import client_for, make_widgets, present


def test_either_requirement_is_enough() -> None:
    """`store` + `api_key` or `store` + `user_token` (an OR of ANDs) both pass; half of one does not."""
    app = make_widgets()
    assert client_for(app, {"store": "s-1", "api_key": "k-widgets"}).get("/").status_code == 200
    assert client_for(app, {"store": "s-1", "user_token": "t-1"}).get("/").status_code == 200
    missing = client_for(app, {"api_key": "k-widgets"}).get("/")
    assert missing.status_code == 401 and missing.json()["errorCode"] == 900401


def test_a_wrong_credential_fails_even_next_to_good_ones() -> None:
    """A wrong `user_token` sent alongside a correct `api_key` is still rejected."""
    app = make_widgets()
    response = client_for(app, {"store": "s-1", "api_key": "k-widgets", "user_token": "nope"}).get("/")
    assert response.status_code == 401
    assert response.json()["errorMessage"] == "credentials don't match"


def test_credentials_are_overridable_and_never_shown() -> None:
    """Overridden credentials replace the demo ones; reprs do not leak them."""
    app = make_widgets(credentials={"api_key": "s3cret-key"})
    assert client_for(app, {"store": "s-1", "api_key": "k-widgets"}).get("/").status_code == 401
    assert client_for(app, {"store": "s-1", "api_key": "s3cret-key"}).get("/").status_code == 200
    assert "s3cret-key" not in repr(app.auth) and "s3cret-key" not in repr(app)


@pytest.mark.parametrize("api", present(*ordermock.ALL_APIS))
def test_demo_headers_are_accepted_and_nothing_else(
    api: str, api_client: Callable[..., tuple[MockApp, httpx.Client]]
) -> None:
    """Every API accepts its demo credentials and rejects a request without them in its own shape."""
    app, client = api_client(api, seed_data=2)
    operation, params = read_only_call(app)
    path = operation.path.format(**params)
    query = {k: v for k, v in params.items() if "{" + k + "}" not in operation.path}
    assert client.get(path, params=query).status_code == 200
    anonymous = client_for(app).get(path, params=query)
    assert anonymous.status_code in (400, 401, 403)
    assert anonymous.json()  # the vendor's error body, never empty


@pytest.mark.parametrize("api", present("sevensenders"))
def test_sevensenders_token_flow_and_expiry(api: str) -> None:
    """POST /token trades the access key for a JWT; a wrong key is 401; an expired token is 401."""
    app = ordermock.create_app(api, token_ttl=1, validate_responses=True)
    client = client_for(app)
    assert client.post("/token", json={"access_key": "wrong"}).status_code == 401
    headers = ordermock.bearer_headers(app)
    assert client.get("/orders", headers=headers).status_code == 200
    time.sleep(2.05)  # JWT `exp` has whole-second resolution
    expired = client.get("/orders", headers=headers)
    assert expired.status_code == 401
    assert "expired" in expired.json()["message"]


@pytest.mark.parametrize("api", present("sevensenders"))
def test_sevensenders_access_key_override(api: str) -> None:
    """An overridden access key is the only one that gets a token."""
    app = ordermock.create_app(api, credentials={"access_key": "k2"})
    with pytest.raises(RuntimeError, match="401"):
        ordermock.bearer_headers(app, "demo-access-key")
    assert ordermock.bearer_headers(app)["Authorization"].startswith("Bearer ")


def _claims(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return claims


@pytest.mark.parametrize("api", present("sevensenders"))
def test_each_app_signs_with_its_own_key_of_at_least_32_bytes(api: str) -> None:
    """No InsecureKeyLengthWarning when tokens are issued or checked; one app's token is refused by another."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", InsecureKeyLengthWarning)
        first, second = ordermock.create_app(api), ordermock.create_app(api)
        headers = ordermock.bearer_headers(first)
        assert client_for(first, headers).get("/orders").status_code == 200
        foreign = client_for(second, headers).get("/orders")
    assert foreign.status_code == 401 and foreign.json()["message"] == "invalid token"


@pytest.mark.parametrize("api", present("sevensenders"))
def test_a_configured_signing_key_must_be_long_enough(api: str) -> None:
    """A `signing_key` credential shorter than 32 bytes is refused when the app is created; 32 bytes work."""
    with pytest.raises(ValueError, match="at least 32 bytes"):
        ordermock.create_app(api, credentials={"signing_key": "ordermock-demo-signing-key"})
    app = ordermock.create_app(api, credentials={"signing_key": "k" * 32})
    assert client_for(app, ordermock.bearer_headers(app)).get("/orders").status_code == 200


@pytest.mark.parametrize("api", present("sevensenders"))
@pytest.mark.parametrize("ttl", [0.3, 1.0, 3600.0])
def test_token_exp_is_a_whole_second_at_least_one_after_issue(api: str, ttl: float) -> None:
    """`exp` is an integer, `int(issued + ttl)` but never before `iat + 1`; every token has its own `jti`."""
    app = ordermock.create_app(api, token_ttl=ttl)
    before = time.time()
    first = _claims(ordermock.bearer_headers(app)["Authorization"].removeprefix("Bearer "))
    second = _claims(app.issue_token())
    after = time.time()
    for claims in (first, second):
        assert isinstance(claims["exp"], int) and isinstance(claims["iat"], int)
        assert claims["exp"] >= claims["iat"] + 1
        assert int(before + ttl) <= claims["exp"] <= max(int(after + ttl), int(after) + 1)
    assert first["jti"] != second["jti"]


@pytest.mark.parametrize("api", present("sevensenders"))
def test_demo_tokens_are_worth_what_the_demo_access_key_is(api: str) -> None:
    """`demo_headers` works at any app still taking the demo access key, and nowhere else."""
    headers = ordermock.demo_headers(api)
    assert client_for(ordermock.create_app(api), headers).get("/orders").status_code == 200
    private = ordermock.create_app(api, credentials={"access_key": "private-key"})
    assert client_for(private, headers).get("/orders").status_code == 401
