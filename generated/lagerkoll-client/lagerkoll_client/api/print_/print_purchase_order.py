from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import File, Response


def _get_kwargs(
    order_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchase_orders/{order_id}/print".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | File]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | File]:
    """Print a purchase order

     Returns the purchase order as a PDF document, e.g. for sending to the supplier. Send `Accept:
    application/pdf`; errors come back as JSON.

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | File]) -> File:
    if 200 <= response.status_code <= 299:
        return cast(File, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> File:
    """Print a purchase order

     Returns the purchase order as a PDF document, e.g. for sending to the supplier. Send `Accept:
    application/pdf`; errors come back as JSON.

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return _success(
        sync_detailed(
            order_id=order_id,
            client=client,
        )
    )


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | File]:
    """Print a purchase order

     Returns the purchase order as a PDF document, e.g. for sending to the supplier. Send `Accept:
    application/pdf`; errors come back as JSON.

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> File:
    """Print a purchase order

     Returns the purchase order as a PDF document, e.g. for sending to the supplier. Send `Accept:
    application/pdf`; errors come back as JSON.

    Args:
        order_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return _success(
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    )
