from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_create import OrderCreate
from ...types import Response


def _get_kwargs(
    *,
    body: OrderCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_201(data: Any) -> Order:
    response_201 = Order.from_dict(data)

    return response_201


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Order | None:
    if response.status_code == 201:
        return read_json(response, _parse_201, "create_order", "201")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_201, "create_order", "201")

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
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Response[Error | Order]:
    """Create an order

     Imports one order from the shop. `order_id` (unique in the account) and `order_date` are mandatory.
    Send `order_url` and `language` too: customer notifications by mail or SMS are only possible when
    both are set. `promised_delivery_date` feeds the delivery KPIs of the Portal and becomes mandatory
    when a shipment of the order uses local delivery. The response carries the `id` needed to read,
    update or delete the order.

    Args:
        body (OrderCreate): A new order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Order:
    """Create an order

     Imports one order from the shop. `order_id` (unique in the account) and `order_date` are mandatory.
    Send `order_url` and `language` too: customer notifications by mail or SMS are only possible when
    both are set. `promised_delivery_date` feeds the delivery KPIs of the Portal and becomes mandatory
    when a shipment of the order uses local delivery. The response carries the `id` needed to read,
    update or delete the order.

    Args:
        body (OrderCreate): A new order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order
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
    body: OrderCreate,
) -> Response[Error | Order]:
    """Create an order

     Imports one order from the shop. `order_id` (unique in the account) and `order_date` are mandatory.
    Send `order_url` and `language` too: customer notifications by mail or SMS are only possible when
    both are set. `promised_delivery_date` feeds the delivery KPIs of the Portal and becomes mandatory
    when a shipment of the order uses local delivery. The response carries the `id` needed to read,
    update or delete the order.

    Args:
        body (OrderCreate): A new order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Order]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderCreate,
) -> Order:
    """Create an order

     Imports one order from the shop. `order_id` (unique in the account) and `order_date` are mandatory.
    Send `order_url` and `language` too: customer notifications by mail or SMS are only possible when
    both are set. `promised_delivery_date` feeds the delivery KPIs of the Portal and becomes mandatory
    when a shipment of the order uses local delivery. The response carries the `id` needed to read,
    update or delete the order.

    Args:
        body (OrderCreate): A new order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Order
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
