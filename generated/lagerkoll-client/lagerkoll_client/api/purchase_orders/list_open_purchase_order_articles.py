from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.open_purchase_order_article_response import OpenPurchaseOrderArticleResponse
from ...models.open_purchase_order_articles_response import OpenPurchaseOrderArticlesResponse
from ...models.open_purchase_order_sort_column import OpenPurchaseOrderSortColumn
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: OpenPurchaseOrderSortColumn | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value

    params["sort_column"] = json_sort_column

    params["page"] = page

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchase_orders/open/products",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> OpenPurchaseOrderArticlesResponse:
    response_200 = OpenPurchaseOrderArticlesResponse.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OpenPurchaseOrderArticlesResponse | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "list_open_purchase_order_articles", "200")

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
        return read_json(response, _parse_200, "list_open_purchase_order_articles", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OpenPurchaseOrderArticlesResponse]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: OpenPurchaseOrderSortColumn | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | OpenPurchaseOrderArticlesResponse]:
    """List the articles of the open purchase order

     Returns one page of the store's open purchase order: a supplier-less collection of articles waiting
    to be ordered. It is never sent or closed; articles leave it by being moved to a real purchase
    order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (OpenPurchaseOrderSortColumn | Unset): Sort columns of the open purchase
            order's article list.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpenPurchaseOrderArticlesResponse]
    """

    kwargs = _get_kwargs(
        order=order,
        sort_column=sort_column,
        page=page,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | OpenPurchaseOrderArticlesResponse]) -> OpenPurchaseOrderArticlesResponse:
    if 200 <= response.status_code <= 299:
        return cast(OpenPurchaseOrderArticlesResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: OpenPurchaseOrderSortColumn | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 20,
) -> OpenPurchaseOrderArticlesResponse:
    """List the articles of the open purchase order

     Returns one page of the store's open purchase order: a supplier-less collection of articles waiting
    to be ordered. It is never sent or closed; articles leave it by being moved to a real purchase
    order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (OpenPurchaseOrderSortColumn | Unset): Sort columns of the open purchase
            order's article list.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenPurchaseOrderArticlesResponse
    """

    return _success(
        sync_detailed(
            client=client,
            order=order,
            sort_column=sort_column,
            page=page,
            limit=limit,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: OpenPurchaseOrderSortColumn | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 20,
) -> Response[Error | OpenPurchaseOrderArticlesResponse]:
    """List the articles of the open purchase order

     Returns one page of the store's open purchase order: a supplier-less collection of articles waiting
    to be ordered. It is never sent or closed; articles leave it by being moved to a real purchase
    order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (OpenPurchaseOrderSortColumn | Unset): Sort columns of the open purchase
            order's article list.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OpenPurchaseOrderArticlesResponse]
    """

    kwargs = _get_kwargs(
        order=order,
        sort_column=sort_column,
        page=page,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: OpenPurchaseOrderSortColumn | Unset = UNSET,
    page: int | Unset = 0,
    limit: int | Unset = 20,
) -> OpenPurchaseOrderArticlesResponse:
    """List the articles of the open purchase order

     Returns one page of the store's open purchase order: a supplier-less collection of articles waiting
    to be ordered. It is never sent or closed; articles leave it by being moved to a real purchase
    order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (OpenPurchaseOrderSortColumn | Unset): Sort columns of the open purchase
            order's article list.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenPurchaseOrderArticlesResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            order=order,
            sort_column=sort_column,
            page=page,
            limit=limit,
        )
    )


def page_items(page: OpenPurchaseOrderArticlesResponse) -> list[OpenPurchaseOrderArticleResponse]:
    """The items of one response of this operation (its `articles`): what ``ordersdk.paginate`` yields."""
    return page.articles or []
