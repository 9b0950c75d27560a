from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_article import PurchaseOrderArticle
from ...models.purchase_order_articles_request import PurchaseOrderArticlesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: PurchaseOrderArticlesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/purchase_orders/products",
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
        return read_json(response, _parse_200, "add_articles_to_purchase_order", "200")

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
        return read_json(response, _parse_200, "add_articles_to_purchase_order", "200")

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
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderArticlesRequest,
) -> Response[Error | PurchaseOrder]:
    """Add articles to a new or existing purchase order

     Adds rows to the purchase order `orderId`; when `orderId` is null or absent a new purchase order is
    created for `supplierId`.

    Args:
        body (PurchaseOrderArticlesRequest): Rows to add to an existing purchase order, or to a
            new one for a supplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderArticlesRequest,
) -> PurchaseOrder:
    """Add articles to a new or existing purchase order

     Adds rows to the purchase order `orderId`; when `orderId` is null or absent a new purchase order is
    created for `supplierId`.

    Args:
        body (PurchaseOrderArticlesRequest): Rows to add to an existing purchase order, or to a
            new one for a supplier.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrder
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
    body: PurchaseOrderArticlesRequest,
) -> Response[Error | PurchaseOrder]:
    """Add articles to a new or existing purchase order

     Adds rows to the purchase order `orderId`; when `orderId` is null or absent a new purchase order is
    created for `supplierId`.

    Args:
        body (PurchaseOrderArticlesRequest): Rows to add to an existing purchase order, or to a
            new one for a supplier.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseOrderArticlesRequest,
) -> PurchaseOrder:
    """Add articles to a new or existing purchase order

     Adds rows to the purchase order `orderId`; when `orderId` is null or absent a new purchase order is
    created for `supplierId`.

    Args:
        body (PurchaseOrderArticlesRequest): Rows to add to an existing purchase order, or to a
            new one for a supplier.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrder
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )


def page_items(page: PurchaseOrder) -> list[PurchaseOrderArticle]:
    """The items of one response of this operation (its `articles`): what ``ordersdk.paginate`` yields."""
    return page.articles or []
