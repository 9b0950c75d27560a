from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order_article_batch import PurchaseOrderArticleBatch
from ...types import Response


def _get_kwargs(
    order_id: int,
    article_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchase_orders/{order_id}/products/{article_id}/batches".format(
            order_id=quote(str(order_id), safe=""),
            article_id=quote(str(article_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch:
    def _parse_response_200(data: object) -> list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch:
        try:
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_0 = []
            _response_200_type_0 = data
            for response_200_type_0_item_data in _response_200_type_0:
                response_200_type_0_item = PurchaseOrderArticleBatch.from_dict(response_200_type_0_item_data)

                response_200_type_0.append(response_200_type_0_item)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        response_200_type_1 = PurchaseOrderArticleBatch.from_dict(data)

        return response_200_type_1

    response_200 = _parse_response_200(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "list_purchase_order_batch_products", "200")

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
        return read_json(response, _parse_200, "list_purchase_order_batch_products", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: int,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch]:
    """List the batches of a purchase-order row

     Returns the batches and serial numbers recorded for one article on the purchase order.

    Args:
        order_id (int):
        article_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        article_id=article_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(
    response: Response[Error | list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch],
) -> list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch:
    if 200 <= response.status_code <= 299:
        return cast(list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    order_id: int,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch:
    """List the batches of a purchase-order row

     Returns the batches and serial numbers recorded for one article on the purchase order.

    Args:
        order_id (int):
        article_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch
    """

    return _success(
        sync_detailed(
            order_id=order_id,
            article_id=article_id,
            client=client,
        )
    )


async def asyncio_detailed(
    order_id: int,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch]:
    """List the batches of a purchase-order row

     Returns the batches and serial numbers recorded for one article on the purchase order.

    Args:
        order_id (int):
        article_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        article_id=article_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    article_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch:
    """List the batches of a purchase-order row

     Returns the batches and serial numbers recorded for one article on the purchase order.

    Args:
        order_id (int):
        article_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[PurchaseOrderArticleBatch] | PurchaseOrderArticleBatch
    """

    return _success(
        await asyncio_detailed(
            order_id=order_id,
            article_id=article_id,
            client=client,
        )
    )
