from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_update import OrderUpdate
from ...types import Response


def _get_kwargs(
    id: int | str,
    *,
    body: OrderUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/orders/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Order:
    response_200 = Order.from_dict(data)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Order | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "update_order", "200")

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
        return read_json(response, _parse_200, "update_order", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Order]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int | str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> Response[Error | Order]:
    """Update an order (partially)

     Changes the fields that are sent and keeps the rest. Its main use is completing the boarding: once
    every parcel of the order has been created as a shipment, set `boarding_complete` from false to
    true. Seven Senders completes an order only when `boarding_complete` is true (or null) and every
    shipment is delivered; with false the order is never completed, even when all its shipments are
    delivered, and with true but some shipments still undelivered it waits.

    Args:
        id (int | str):  Example: 4417096.
        body (OrderUpdate): Fields to change on an order (the create fields, all optional, at
            least one); fields not sent keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | Order]) -> Order:
    if 200 <= response.status_code <= 299:
        return cast(Order, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    id: int | str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> Order:
    """Update an order (partially)

     Changes the fields that are sent and keeps the rest. Its main use is completing the boarding: once
    every parcel of the order has been created as a shipment, set `boarding_complete` from false to
    true. Seven Senders completes an order only when `boarding_complete` is true (or null) and every
    shipment is delivered; with false the order is never completed, even when all its shipments are
    delivered, and with true but some shipments still undelivered it waits.

    Args:
        id (int | str):  Example: 4417096.
        body (OrderUpdate): Fields to change on an order (the create fields, all optional, at
            least one); fields not sent keep their value.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order
    """

    return _success(
        sync_detailed(
            id=id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    id: int | str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> Response[Error | Order]:
    """Update an order (partially)

     Changes the fields that are sent and keeps the rest. Its main use is completing the boarding: once
    every parcel of the order has been created as a shipment, set `boarding_complete` from false to
    true. Seven Senders completes an order only when `boarding_complete` is true (or null) and every
    shipment is delivered; with false the order is never completed, even when all its shipments are
    delivered, and with true but some shipments still undelivered it waits.

    Args:
        id (int | str):  Example: 4417096.
        body (OrderUpdate): Fields to change on an order (the create fields, all optional, at
            least one); fields not sent keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int | str,
    *,
    client: AuthenticatedClient | Client,
    body: OrderUpdate,
) -> Order:
    """Update an order (partially)

     Changes the fields that are sent and keeps the rest. Its main use is completing the boarding: once
    every parcel of the order has been created as a shipment, set `boarding_complete` from false to
    true. Seven Senders completes an order only when `boarding_complete` is true (or null) and every
    shipment is delivered; with false the order is never completed, even when all its shipments are
    delivered, and with true but some shipments still undelivered it waits.

    Args:
        id (int | str):  Example: 4417096.
        body (OrderUpdate): Fields to change on an order (the create fields, all optional, at
            least one); fields not sent keep their value.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order
    """

    return _success(
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    )
