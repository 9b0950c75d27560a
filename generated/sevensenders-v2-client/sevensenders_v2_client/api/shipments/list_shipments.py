from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shipment import Shipment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_order_by: list[str] | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by[]"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shipments.json",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> list[Shipment]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Shipment.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Shipment] | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "list_shipments", "200")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_200, "list_shipments", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Shipment]]:
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
) -> Response[Error | list[Shipment]]:
    """List shipments

     Returns a page of shipments as a plain JSON array; page through with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Shipment]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | list[Shipment]]) -> list[Shipment]:
    if 200 <= response.status_code <= 299:
        return cast(list[Shipment], response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> list[Shipment]:
    """List shipments

     Returns a page of shipments as a plain JSON array; page through with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Shipment]
    """

    return _success(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> Response[Error | list[Shipment]]:
    """List shipments

     Returns a page of shipments as a plain JSON array; page through with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Shipment]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    offset: int | Unset = UNSET,
    order_by: list[str] | Unset = UNSET,
) -> list[Shipment]:
    """List shipments

     Returns a page of shipments as a plain JSON array; page through with `limit` and `offset`.

    Args:
        limit (int | Unset):  Default: 20.
        offset (int | Unset):
        order_by (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Shipment]
    """

    return _success(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_by=order_by,
        )
    )


def page_items(page: list[Shipment]) -> list[Shipment]:
    """The items of one response of this operation: what ``ordersdk.paginate`` yields."""
    return page
