"""Credentials: arguments or environment, one mode at a time, errors that name what is missing."""

from __future__ import annotations

import pytest
from ordersdk import CredentialsError
from ordersdk._credentials import CredentialSpec

LAGERKOLL = CredentialSpec(
    "lagerkoll",
    {
        "store": "LAGERKOLL_STORE",
        "api_key": "LAGERKOLL_API_KEY",
        "user_id": "LAGERKOLL_USER_ID",
        "user_token": "LAGERKOLL_USER_TOKEN",
    },
    (("store", "api_key"), ("store", "user_id", "user_token")),
)
NONE = {"store": None, "api_key": None, "user_id": None, "user_token": None}


def test_arguments_pick_the_mode() -> None:
    """api_key selects the machine mode; user_id + user_token the user mode."""
    assert LAGERKOLL.resolve({}, **{**NONE, "store": "1", "api_key": "k"}) == {"store": "1", "api_key": "k"}
    user = LAGERKOLL.resolve({}, **{**NONE, "store": "1", "user_id": "u", "user_token": "t"})
    assert user == {"store": "1", "user_id": "u", "user_token": "t"}


def test_environment_fills_in() -> None:
    """Values not passed come from the environment; explicit arguments win over it."""
    env = {"LAGERKOLL_STORE": "env-store", "LAGERKOLL_API_KEY": "env-key"}
    assert LAGERKOLL.resolve(env, **NONE) == {"store": "env-store", "api_key": "env-key"}
    assert LAGERKOLL.resolve(env, **{**NONE, "api_key": "arg-key"}) == {"store": "env-store", "api_key": "arg-key"}


def test_arguments_override_a_contradictory_environment() -> None:
    """Env with both modes is fine once arguments choose one."""
    env = {"LAGERKOLL_STORE": "s", "LAGERKOLL_API_KEY": "k", "LAGERKOLL_USER_ID": "u", "LAGERKOLL_USER_TOKEN": "t"}
    assert LAGERKOLL.resolve(env, **{**NONE, "user_id": "u2", "user_token": "t2"})["user_id"] == "u2"
    with pytest.raises(CredentialsError, match=r"contradictory credentials in the environment"):
        LAGERKOLL.resolve(env, **NONE)


def test_missing_credentials_are_named_with_their_variables() -> None:
    """The error names each missing argument and its environment variable, and the accepted sets."""
    with pytest.raises(CredentialsError) as info:
        LAGERKOLL.resolve({}, **{**NONE, "user_id": "u"})
    message = str(info.value)
    assert "store (or $LAGERKOLL_STORE)" in message
    assert "user_token (or $LAGERKOLL_USER_TOKEN)" in message
    assert "store + api_key or store + user_id + user_token" in message
    with pytest.raises(CredentialsError, match=r"missing credentials: store \(or \$LAGERKOLL_STORE\), api_key"):
        LAGERKOLL.resolve({}, **NONE)


def test_contradictory_arguments_are_rejected() -> None:
    """Passing api_key together with user_token is an error naming both alternatives."""
    with pytest.raises(CredentialsError, match=r"contradictory credentials: pass store \+ api_key or"):
        LAGERKOLL.resolve({}, **{**NONE, "store": "1", "api_key": "k", "user_token": "t"})


def test_errors_never_contain_values() -> None:
    """Values (even of the wrong set) never appear in the message."""
    env = {"LAGERKOLL_API_KEY": "env-secret-key", "LAGERKOLL_USER_TOKEN": "env-secret-token"}
    for given in ({**NONE}, {**NONE, "api_key": "arg-secret", "user_token": "arg-token-secret"}):
        with pytest.raises(CredentialsError) as info:
            LAGERKOLL.resolve(env, **given)
        assert "secret" not in str(info.value)


def test_empty_strings_count_as_missing() -> None:
    """An empty argument or variable is missing, not a credential."""
    with pytest.raises(CredentialsError, match="api_key"):
        LAGERKOLL.resolve({"LAGERKOLL_API_KEY": ""}, **{**NONE, "store": "1", "api_key": ""})
