from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.ordered_article import OrderedArticle
from ...models.ordered_articles_response import OrderedArticlesResponse
from ...models.sort_order import SortOrder
from ...models.warned_article_sort_column import WarnedArticleSortColumn
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: WarnedArticleSortColumn | Unset = WarnedArticleSortColumn.NAME,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    include_ordered: bool | Unset = True,
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

    params["include_ordered"] = include_ordered

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchase_orders/warned_articles",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> OrderedArticlesResponse:
    response_200 = OrderedArticlesResponse.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrderedArticlesResponse | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "list_warned_articles", "200")

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
        return read_json(response, _parse_200, "list_warned_articles", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderedArticlesResponse]:
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
    sort_column: WarnedArticleSortColumn | Unset = WarnedArticleSortColumn.NAME,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    include_ordered: bool | Unset = True,
) -> Response[Error | OrderedArticlesResponse]:
    """List articles below their stock warning level

     Returns one page of the store's articles whose stock is at or below their warning level, by default
    including those already on a purchase order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (WarnedArticleSortColumn | Unset): Sort columns of the warned-articles list.
            Default: WarnedArticleSortColumn.NAME.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        include_ordered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderedArticlesResponse]
    """

    kwargs = _get_kwargs(
        order=order,
        sort_column=sort_column,
        page=page,
        limit=limit,
        include_ordered=include_ordered,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | OrderedArticlesResponse]) -> OrderedArticlesResponse:
    if 200 <= response.status_code <= 299:
        return cast(OrderedArticlesResponse, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: WarnedArticleSortColumn | Unset = WarnedArticleSortColumn.NAME,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    include_ordered: bool | Unset = True,
) -> OrderedArticlesResponse:
    """List articles below their stock warning level

     Returns one page of the store's articles whose stock is at or below their warning level, by default
    including those already on a purchase order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (WarnedArticleSortColumn | Unset): Sort columns of the warned-articles list.
            Default: WarnedArticleSortColumn.NAME.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        include_ordered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderedArticlesResponse
    """

    return _success(
        sync_detailed(
            client=client,
            order=order,
            sort_column=sort_column,
            page=page,
            limit=limit,
            include_ordered=include_ordered,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: WarnedArticleSortColumn | Unset = WarnedArticleSortColumn.NAME,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    include_ordered: bool | Unset = True,
) -> Response[Error | OrderedArticlesResponse]:
    """List articles below their stock warning level

     Returns one page of the store's articles whose stock is at or below their warning level, by default
    including those already on a purchase order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (WarnedArticleSortColumn | Unset): Sort columns of the warned-articles list.
            Default: WarnedArticleSortColumn.NAME.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        include_ordered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OrderedArticlesResponse]
    """

    kwargs = _get_kwargs(
        order=order,
        sort_column=sort_column,
        page=page,
        limit=limit,
        include_ordered=include_ordered,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order: SortOrder | Unset = SortOrder.ASC,
    sort_column: WarnedArticleSortColumn | Unset = WarnedArticleSortColumn.NAME,
    page: int | Unset = 0,
    limit: int | Unset = 50,
    include_ordered: bool | Unset = True,
) -> OrderedArticlesResponse:
    """List articles below their stock warning level

     Returns one page of the store's articles whose stock is at or below their warning level, by default
    including those already on a purchase order.

    Args:
        order (SortOrder | Unset): Sort direction. Default: SortOrder.ASC.
        sort_column (WarnedArticleSortColumn | Unset): Sort columns of the warned-articles list.
            Default: WarnedArticleSortColumn.NAME.
        page (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        include_ordered (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrderedArticlesResponse
    """

    return _success(
        await asyncio_detailed(
            client=client,
            order=order,
            sort_column=sort_column,
            page=page,
            limit=limit,
            include_ordered=include_ordered,
        )
    )


def page_items(page: OrderedArticlesResponse) -> list[OrderedArticle]:
    """The items of one response of this operation (its `articles`): what ``ordersdk.paginate`` yields."""
    return page.articles or []
