from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_article import PurchaseOrderArticle
from ...models.purchase_order_rate import PurchaseOrderRate
from ...types import Response


def _get_kwargs(
    order_id: int,
    *,
    body: PurchaseOrderRate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/purchase_orders/{order_id}/rate".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> PurchaseOrder:
    response_200 = PurchaseOrder.from_dict(data)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PurchaseOrder | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "update_rate", "200")

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
        return read_json(response, _parse_200, "update_rate", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PurchaseOrder]:
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
    body: PurchaseOrderRate,
) -> Response[Error | PurchaseOrder]:
    """Update the exchange rate of a purchase order

     Sets the exchange rate between the supplier's currency and the store's currency used for this
    purchase order.

    Args:
        order_id (int):
        body (PurchaseOrderRate): A new exchange rate for a purchase order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | PurchaseOrder]) -> PurchaseOrder:
    if 200 <= response.status_code <= 299:
        return cast(PurchaseOrder, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderRate,
) -> PurchaseOrder:
    """Update the exchange rate of a purchase order

     Sets the exchange rate between the supplier's currency and the store's currency used for this
    purchase order.

    Args:
        order_id (int):
        body (PurchaseOrderRate): A new exchange rate for a purchase order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrder
    """

    return _success(
        sync_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderRate,
) -> Response[Error | PurchaseOrder]:
    """Update the exchange rate of a purchase order

     Sets the exchange rate between the supplier's currency and the store's currency used for this
    purchase order.

    Args:
        order_id (int):
        body (PurchaseOrderRate): A new exchange rate for a purchase order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderRate,
) -> PurchaseOrder:
    """Update the exchange rate of a purchase order

     Sets the exchange rate between the supplier's currency and the store's currency used for this
    purchase order.

    Args:
        order_id (int):
        body (PurchaseOrderRate): A new exchange rate for a purchase order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrder
    """

    return _success(
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            body=body,
        )
    )


def page_items(page: PurchaseOrder) -> list[PurchaseOrderArticle]:
    """The items of one response of this operation (its `articles`): what ``ordersdk.paginate`` yields."""
    return page.articles or []
