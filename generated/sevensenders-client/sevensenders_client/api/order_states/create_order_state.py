from typing import Any, cast

import httpx
from ordersdk_runtime import status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_state_create import OrderStateCreate
from ...types import Response


def _get_kwargs(
    *,
    body: OrderStateCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order-states",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        response_201 = cast(Any, None)
        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderStateCreate,
) -> Response[Any | Error]:
    """Record an order state change

     Moves an order, found by its shop reference, into a new state with the time of the change and
    optionally where it happened (e.g. paid, in production, handed to the warehouse). `refunded` is
    accepted only while the order has no order items.

    Args:
        body (OrderStateCreate): A state change of an order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Any | Error]) -> None:
    if 200 <= response.status_code <= 299:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OrderStateCreate,
) -> None:
    """Record an order state change

     Moves an order, found by its shop reference, into a new state with the time of the change and
    optionally where it happened (e.g. paid, in production, handed to the warehouse). `refunded` is
    accepted only while the order has no order items.

    Args:
        body (OrderStateCreate): A state change of an order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
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
    body: OrderStateCreate,
) -> Response[Any | Error]:
    """Record an order state change

     Moves an order, found by its shop reference, into a new state with the time of the change and
    optionally where it happened (e.g. paid, in production, handed to the warehouse). `refunded` is
    accepted only while the order has no order items.

    Args:
        body (OrderStateCreate): A state change of an order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderStateCreate,
) -> None:
    """Record an order state change

     Moves an order, found by its shop reference, into a new state with the time of the change and
    optionally where it happened (e.g. paid, in production, handed to the warehouse). `refunded` is
    accepted only while the order has no order items.

    Args:
        body (OrderStateCreate): A state change of an order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
