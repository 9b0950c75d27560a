from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_orders_response import PurchaseOrdersResponse
from ...types import Response


def _get_kwargs(
    customer_order_id: int,
    supplier_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchase_orders/dropshipment/{customer_order_id}/supplier/{supplier_id}".format(
            customer_order_id=quote(str(customer_order_id), safe=""),
            supplier_id=quote(str(supplier_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> PurchaseOrdersResponse:
    response_200 = PurchaseOrdersResponse.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PurchaseOrdersResponse | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "get_dropshipment_order_for_supplier", "200")

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
        return read_json(response, _parse_200, "get_dropshipment_order_for_supplier", "200")

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
    customer_order_id: int,
    supplier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PurchaseOrdersResponse]:
    """Get the drop-shipment order of a customer order for one supplier

     Returns the drop-shipment purchase order placed with the given supplier for the given customer
    order.

    Args:
        customer_order_id (int):
        supplier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrdersResponse]
    """

    kwargs = _get_kwargs(
        customer_order_id=customer_order_id,
        supplier_id=supplier_id,
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
    customer_order_id: int,
    supplier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> PurchaseOrdersResponse:
    """Get the drop-shipment order of a customer order for one supplier

     Returns the drop-shipment purchase order placed with the given supplier for the given customer
    order.

    Args:
        customer_order_id (int):
        supplier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrdersResponse
    """

    return _success(
        sync_detailed(
            customer_order_id=customer_order_id,
            supplier_id=supplier_id,
            client=client,
        )
    )


async def asyncio_detailed(
    customer_order_id: int,
    supplier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PurchaseOrdersResponse]:
    """Get the drop-shipment order of a customer order for one supplier

     Returns the drop-shipment purchase order placed with the given supplier for the given customer
    order.

    Args:
        customer_order_id (int):
        supplier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrdersResponse]
    """

    kwargs = _get_kwargs(
        customer_order_id=customer_order_id,
        supplier_id=supplier_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_order_id: int,
    supplier_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> PurchaseOrdersResponse:
    """Get the drop-shipment order of a customer order for one supplier

     Returns the drop-shipment purchase order placed with the given supplier for the given customer
    order.

    Args:
        customer_order_id (int):
        supplier_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrdersResponse
    """

    return _success(
        await asyncio_detailed(
            customer_order_id=customer_order_id,
            supplier_id=supplier_id,
            client=client,
        )
    )


def page_items(page: PurchaseOrdersResponse) -> list[PurchaseOrder]:
    """The items of one response of this operation (its `orders`): what ``ordersdk.paginate`` yields."""
    return page.orders or []
