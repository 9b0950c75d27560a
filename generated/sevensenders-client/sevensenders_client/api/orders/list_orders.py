import datetime
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
    order_id: str | Unset = UNSET,
    state: str | Unset = UNSET,
    order_datebefore: datetime.datetime | Unset = UNSET,
    order_dateafter: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["order_id"] = order_id

    params["state"] = state

    json_order_datebefore: str | Unset = UNSET
    if not isinstance(order_datebefore, Unset):
        json_order_datebefore = order_datebefore.isoformat()
    params["order_date[before]"] = json_order_datebefore

    json_order_dateafter: str | Unset = UNSET
    if not isinstance(order_dateafter, Unset):
        json_order_dateafter = order_dateafter.isoformat()
    params["order_date[after]"] = json_order_dateafter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders",
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
    order_id: str | Unset = UNSET,
    state: str | Unset = UNSET,
    order_datebefore: datetime.datetime | Unset = UNSET,
    order_dateafter: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders

     Returns orders imported earlier as a plain JSON array, optionally narrowed to one shop reference,
    one state or a range of order dates.

    Args:
        order_id (str | Unset):  Example: order123456.
        state (str | Unset):  Example: new.
        order_datebefore (datetime.datetime | Unset):
        order_dateafter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        state=state,
        order_datebefore=order_datebefore,
        order_dateafter=order_dateafter,
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
    order_id: str | Unset = UNSET,
    state: str | Unset = UNSET,
    order_datebefore: datetime.datetime | Unset = UNSET,
    order_dateafter: datetime.datetime | Unset = UNSET,
) -> list[Order]:
    """List orders

     Returns orders imported earlier as a plain JSON array, optionally narrowed to one shop reference,
    one state or a range of order dates.

    Args:
        order_id (str | Unset):  Example: order123456.
        state (str | Unset):  Example: new.
        order_datebefore (datetime.datetime | Unset):
        order_dateafter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Order]
    """

    return _success(
        sync_detailed(
            client=client,
            order_id=order_id,
            state=state,
            order_datebefore=order_datebefore,
            order_dateafter=order_dateafter,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_id: str | Unset = UNSET,
    state: str | Unset = UNSET,
    order_datebefore: datetime.datetime | Unset = UNSET,
    order_dateafter: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[Order]]:
    """List orders

     Returns orders imported earlier as a plain JSON array, optionally narrowed to one shop reference,
    one state or a range of order dates.

    Args:
        order_id (str | Unset):  Example: order123456.
        state (str | Unset):  Example: new.
        order_datebefore (datetime.datetime | Unset):
        order_dateafter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Order]]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        state=state,
        order_datebefore=order_datebefore,
        order_dateafter=order_dateafter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order_id: str | Unset = UNSET,
    state: str | Unset = UNSET,
    order_datebefore: datetime.datetime | Unset = UNSET,
    order_dateafter: datetime.datetime | Unset = UNSET,
) -> list[Order]:
    """List orders

     Returns orders imported earlier as a plain JSON array, optionally narrowed to one shop reference,
    one state or a range of order dates.

    Args:
        order_id (str | Unset):  Example: order123456.
        state (str | Unset):  Example: new.
        order_datebefore (datetime.datetime | Unset):
        order_dateafter (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Order]
    """

    return _success(
        await asyncio_detailed(
            client=client,
            order_id=order_id,
            state=state,
            order_datebefore=order_datebefore,
            order_dateafter=order_dateafter,
        )
    )


def page_items(page: list[Order]) -> list[Order]:
    """The items of one response of this operation: what ``ordersdk.paginate`` yields."""
    return page
