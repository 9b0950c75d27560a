from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.token import Token
from ...models.token_request import TokenRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Token:
    response_200 = Token.from_dict(data)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Token | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "create_token", "200")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_200, "create_token", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Token]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | Token]:
    """Get an access token

     Exchanges the access key issued by Seven Senders for a JWT. The token is valid for 60 minutes; reuse
    it for every call in that time and fetch a new one when a call answers 401. This is the only call
    made without a bearer token.

    Args:
        body (TokenRequest): The access key issued by Seven Senders (one per environment).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | Token]) -> Token:
    if 200 <= response.status_code <= 299:
        return cast(Token, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Token:
    """Get an access token

     Exchanges the access key issued by Seven Senders for a JWT. The token is valid for 60 minutes; reuse
    it for every call in that time and fetch a new one when a call answers 401. This is the only call
    made without a bearer token.

    Args:
        body (TokenRequest): The access key issued by Seven Senders (one per environment).

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
    """

    return _success(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Response[Error | Token]:
    """Get an access token

     Exchanges the access key issued by Seven Senders for a JWT. The token is valid for 60 minutes; reuse
    it for every call in that time and fetch a new one when a call answers 401. This is the only call
    made without a bearer token.

    Args:
        body (TokenRequest): The access key issued by Seven Senders (one per environment).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Token]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
) -> Token:
    """Get an access token

     Exchanges the access key issued by Seven Senders for a JWT. The token is valid for 60 minutes; reuse
    it for every call in that time and fetch a new one when a call answers 401. This is the only call
    made without a bearer token.

    Args:
        body (TokenRequest): The access key issued by Seven Senders (one per environment).

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Token
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
