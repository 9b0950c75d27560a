from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    shop_order_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
    shop_order_date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by[]"] = json_order_by

    params["shop_order_id"] = shop_order_id

    params["id"] = id

    params["shop_order_date"] = shop_order_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders.json",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[Order]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Order.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Order] | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "list_orders", "200")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_200, "list_orders", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | list[Order]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    shop_order_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
    shop_order_date: str | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders

     Returns a page of orders as a plain JSON array, each with its shipments, state history and tags.
    Narrow the result with the shop reference, the Seven Senders id or the shop order date; page through
    with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):
        shop_order_id (str | Unset):  Example: order123456.
        id (int | Unset):  Example: 123456789.
        shop_order_date (str | Unset): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        shop_order_id=shop_order_id,
        id=id,
        shop_order_date=shop_order_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | list[Order]]) -> list[Order]:
    if 200 <= response.status_code <= 299:
        return cast(list[Order], response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    shop_order_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
    shop_order_date: str | Unset = UNSET,
) -> list[Order]:
    """List orders

     Returns a page of orders as a plain JSON array, each with its shipments, state history and tags.
    Narrow the result with the shop reference, the Seven Senders id or the shop order date; page through
    with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):
        shop_order_id (str | Unset):  Example: order123456.
        id (int | Unset):  Example: 123456789.
        shop_order_date (str | Unset): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Order]
    """

    return _success(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            shop_order_id=shop_order_id,
            id=id,
            shop_order_date=shop_order_date,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    shop_order_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
    shop_order_date: str | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders

     Returns a page of orders as a plain JSON array, each with its shipments, state history and tags.
    Narrow the result with the shop reference, the Seven Senders id or the shop order date; page through
    with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):
        shop_order_id (str | Unset):  Example: order123456.
        id (int | Unset):  Example: 123456789.
        shop_order_date (str | Unset): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
        shop_order_id=shop_order_id,
        id=id,
        shop_order_date=shop_order_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
    shop_order_id: str | Unset = UNSET,
    id: int | Unset = UNSET,
    shop_order_date: str | Unset = UNSET,
) -> list[Order]:
    """List orders

     Returns a page of orders as a plain JSON array, each with its shipments, state history and tags.
    Narrow the result with the shop reference, the Seven Senders id or the shop order date; page through
    with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):
        shop_order_id (str | Unset):  Example: order123456.
        id (int | Unset):  Example: 123456789.
        shop_order_date (str | Unset): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Order]
    """

    return _success(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
            shop_order_id=shop_order_id,
            id=id,
            shop_order_date=shop_order_date,
        )
    )


def page_items(page: list[Order]) -> list[Order]:
    """The items of one response of this operation: what ``ordersdk.paginate`` yields."""
    return page
