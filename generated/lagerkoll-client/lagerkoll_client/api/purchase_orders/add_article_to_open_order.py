from typing import Any, cast

import httpx
from ordersdk_runtime import status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.open_purchase_order_article_request import OpenPurchaseOrderArticleRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OpenPurchaseOrderArticleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/purchase_orders/open/products",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
        response_200 = cast(Any, None)
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OpenPurchaseOrderArticleRequest,
) -> Response[Any | Error]:
    """Add an article to the open purchase order

     Puts a quantity of an article on the store's open purchase order.

    Args:
        body (OpenPurchaseOrderArticleRequest): An article and quantity to put on the open
            purchase order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Any | Error]) -> None:
    if 200 <= response.status_code <= 299:
        return None
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OpenPurchaseOrderArticleRequest,
) -> None:
    """Add an article to the open purchase order

     Puts a quantity of an article on the store's open purchase order.

    Args:
        body (OpenPurchaseOrderArticleRequest): An article and quantity to put on the open
            purchase order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
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
    body: OpenPurchaseOrderArticleRequest,
) -> Response[Any | Error]:
    """Add an article to the open purchase order

     Puts a quantity of an article on the store's open purchase order.

    Args:
        body (OpenPurchaseOrderArticleRequest): An article and quantity to put on the open
            purchase order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OpenPurchaseOrderArticleRequest,
) -> None:
    """Add an article to the open purchase order

     Puts a quantity of an article on the store's open purchase order.

    Args:
        body (OpenPurchaseOrderArticleRequest): An article and quantity to put on the open
            purchase order.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
