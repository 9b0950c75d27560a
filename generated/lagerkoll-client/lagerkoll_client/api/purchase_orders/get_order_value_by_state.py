from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_state import PurchaseOrderState
from ...models.purchase_orders_response import PurchaseOrdersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    state: PurchaseOrderState,
    *,
    supplier_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["supplier_id"] = supplier_id

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchase_orders/state/{state}/order_value".format(
            state=quote(str(state), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> PurchaseOrdersResponse:
    response_200 = PurchaseOrdersResponse.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PurchaseOrdersResponse | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "get_order_value_by_state", "200")

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
        return read_json(response, _parse_200, "get_order_value_by_state", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PurchaseOrdersResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    state: PurchaseOrderState,
    *,
    client: AuthenticatedClient | Client,
    supplier_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | PurchaseOrdersResponse]:
    """Total order value of purchase orders in a state

     Returns the purchase orders in the given state that match the supplier and free-text filters, for
    summing their order values.

    Args:
        state (PurchaseOrderState): State of a purchase order: 0 NEW, 1 SENT, 2 RECEIVED, 3
            FINISHED, 4 CANCELLED.
        supplier_id (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrdersResponse]
    """

    kwargs = _get_kwargs(
        state=state,
        supplier_id=supplier_id,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | PurchaseOrdersResponse]) -> PurchaseOrdersResponse:
    if 200 <= response.status_code <= 299:
        return cast(PurchaseOrdersResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    state: PurchaseOrderState,
    *,
    client: AuthenticatedClient | Client,
    supplier_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> PurchaseOrdersResponse:
    """Total order value of purchase orders in a state

     Returns the purchase orders in the given state that match the supplier and free-text filters, for
    summing their order values.

    Args:
        state (PurchaseOrderState): State of a purchase order: 0 NEW, 1 SENT, 2 RECEIVED, 3
            FINISHED, 4 CANCELLED.
        supplier_id (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrdersResponse
    """

    return _success(
        sync_detailed(
            state=state,
            client=client,
            supplier_id=supplier_id,
            query=query,
        )
    )


async def asyncio_detailed(
    state: PurchaseOrderState,
    *,
    client: AuthenticatedClient | Client,
    supplier_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | PurchaseOrdersResponse]:
    """Total order value of purchase orders in a state

     Returns the purchase orders in the given state that match the supplier and free-text filters, for
    summing their order values.

    Args:
        state (PurchaseOrderState): State of a purchase order: 0 NEW, 1 SENT, 2 RECEIVED, 3
            FINISHED, 4 CANCELLED.
        supplier_id (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrdersResponse]
    """

    kwargs = _get_kwargs(
        state=state,
        supplier_id=supplier_id,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    state: PurchaseOrderState,
    *,
    client: AuthenticatedClient | Client,
    supplier_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> PurchaseOrdersResponse:
    """Total order value of purchase orders in a state

     Returns the purchase orders in the given state that match the supplier and free-text filters, for
    summing their order values.

    Args:
        state (PurchaseOrderState): State of a purchase order: 0 NEW, 1 SENT, 2 RECEIVED, 3
            FINISHED, 4 CANCELLED.
        supplier_id (int | Unset):
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrdersResponse
    """

    return _success(
        await asyncio_detailed(
            state=state,
            client=client,
            supplier_id=supplier_id,
            query=query,
        )
    )


def page_items(page: PurchaseOrdersResponse) -> list[PurchaseOrder]:
    """The items of one response of this operation (its `orders`): what ``ordersdk.paginate`` yields."""
    return page.orders or []
