from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_article import PurchaseOrderArticle
from ...models.receivers import Receivers
from ...types import UNSET, Response, Unset


def _get_kwargs(
    order_id: int,
    *,
    body: Receivers | Unset = UNSET,
    sendemail: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sendemail"] = sendemail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/purchase_orders/{order_id}/send".format(
            order_id=quote(str(order_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> PurchaseOrder:
    response_200 = PurchaseOrder.from_dict(data)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | PurchaseOrder | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "send_purchase_order", "200")

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
        return read_json(response, _parse_200, "send_purchase_order", "200")

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
    body: Receivers | Unset = UNSET,
    sendemail: bool | Unset = False,
) -> Response[Error | PurchaseOrder]:
    """Mark a purchase order as sent

     Moves the purchase order to state SENT. With `sendemail=true` the server also e-mails the order to
    the receivers given in the body.

    Args:
        order_id (int):
        sendemail (bool | Unset):  Default: False.
        body (Receivers | Unset): E-mail receivers of a purchase order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        sendemail=sendemail,
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
    body: Receivers | Unset = UNSET,
    sendemail: bool | Unset = False,
) -> PurchaseOrder:
    """Mark a purchase order as sent

     Moves the purchase order to state SENT. With `sendemail=true` the server also e-mails the order to
    the receivers given in the body.

    Args:
        order_id (int):
        sendemail (bool | Unset):  Default: False.
        body (Receivers | Unset): E-mail receivers of a purchase order.

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
            sendemail=sendemail,
        )
    )


async def asyncio_detailed(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Receivers | Unset = UNSET,
    sendemail: bool | Unset = False,
) -> Response[Error | PurchaseOrder]:
    """Mark a purchase order as sent

     Moves the purchase order to state SENT. With `sendemail=true` the server also e-mails the order to
    the receivers given in the body.

    Args:
        order_id (int):
        sendemail (bool | Unset):  Default: False.
        body (Receivers | Unset): E-mail receivers of a purchase order.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrder]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        body=body,
        sendemail=sendemail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: Receivers | Unset = UNSET,
    sendemail: bool | Unset = False,
) -> PurchaseOrder:
    """Mark a purchase order as sent

     Moves the purchase order to state SENT. With `sendemail=true` the server also e-mails the order to
    the receivers given in the body.

    Args:
        order_id (int):
        sendemail (bool | Unset):  Default: False.
        body (Receivers | Unset): E-mail receivers of a purchase order.

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
            sendemail=sendemail,
        )
    )


def page_items(page: PurchaseOrder) -> list[PurchaseOrderArticle]:
    """The items of one response of this operation (its `articles`): what ``ordersdk.paginate`` yields."""
    return page.articles or []
