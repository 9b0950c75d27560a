from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article import Article
from ...models.articles_response import ArticlesResponse
from ...models.error import Error
from ...models.purchase_order_product_sort_column import PurchaseOrderProductSortColumn
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: int,
    *,
    query: str | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 25,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_column: PurchaseOrderProductSortColumn | Unset = PurchaseOrderProductSortColumn.QUERY,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["page"] = page

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sort_column"] = json_sort_column

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchase_orders/{order_id}/products".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> ArticlesResponse:
    response_200 = ArticlesResponse.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticlesResponse | Error | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "list_purchase_order_products", "200")

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
        return read_json(response, _parse_200, "list_purchase_order_products", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ArticlesResponse | Error]:
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
    query: str | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 25,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_column: PurchaseOrderProductSortColumn | Unset = PurchaseOrderProductSortColumn.QUERY,
) -> Response[ArticlesResponse | Error]:
    """List the articles of a purchase order

     Returns one page of the articles on the purchase order as full article records (stock, prices,
    supplier data, batches), filtered by a free-text query.

    Args:
        order_id (int):
        query (str | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        sort_column (PurchaseOrderProductSortColumn | Unset): Sort columns of a purchase order's
            article list. Default: PurchaseOrderProductSortColumn.QUERY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlesResponse | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        query=query,
        page=page,
        limit=limit,
        order=order,
        sort_column=sort_column,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ArticlesResponse | Error]) -> ArticlesResponse:
    if 200 <= response.status_code <= 299:
        return cast(ArticlesResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 25,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_column: PurchaseOrderProductSortColumn | Unset = PurchaseOrderProductSortColumn.QUERY,
) -> ArticlesResponse:
    """List the articles of a purchase order

     Returns one page of the articles on the purchase order as full article records (stock, prices,
    supplier data, batches), filtered by a free-text query.

    Args:
        order_id (int):
        query (str | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        sort_column (PurchaseOrderProductSortColumn | Unset): Sort columns of a purchase order's
            article list. Default: PurchaseOrderProductSortColumn.QUERY.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlesResponse
    """

    return _success(
        sync_detailed(
            order_id=order_id,
            client=client,
            query=query,
            page=page,
            limit=limit,
            order=order,
            sort_column=sort_column,
        )
    )


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 25,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_column: PurchaseOrderProductSortColumn | Unset = PurchaseOrderProductSortColumn.QUERY,
) -> Response[ArticlesResponse | Error]:
    """List the articles of a purchase order

     Returns one page of the articles on the purchase order as full article records (stock, prices,
    supplier data, batches), filtered by a free-text query.

    Args:
        order_id (int):
        query (str | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        sort_column (PurchaseOrderProductSortColumn | Unset): Sort columns of a purchase order's
            article list. Default: PurchaseOrderProductSortColumn.QUERY.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticlesResponse | Error]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        query=query,
        page=page,
        limit=limit,
        order=order,
        sort_column=sort_column,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    query: str | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 25,
    order: SortOrder | Unset = SortOrder.DESC,
    sort_column: PurchaseOrderProductSortColumn | Unset = PurchaseOrderProductSortColumn.QUERY,
) -> ArticlesResponse:
    """List the articles of a purchase order

     Returns one page of the articles on the purchase order as full article records (stock, prices,
    supplier data, batches), filtered by a free-text query.

    Args:
        order_id (int):
        query (str | Unset):
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 25.
        order (SortOrder | Unset): Sort direction. Default: SortOrder.DESC.
        sort_column (PurchaseOrderProductSortColumn | Unset): Sort columns of a purchase order's
            article list. Default: PurchaseOrderProductSortColumn.QUERY.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticlesResponse
    """

    return _success(
        await asyncio_detailed(
            order_id=order_id,
            client=client,
            query=query,
            page=page,
            limit=limit,
            order=order,
            sort_column=sort_column,
        )
    )


def page_items(page: ArticlesResponse) -> list[Article]:
    """The items of one response of this operation (its `articles`): what ``ordersdk.paginate`` yields."""
    return page.articles or []
