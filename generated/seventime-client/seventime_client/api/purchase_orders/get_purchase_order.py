from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order_envelope import PurchaseOrderEnvelope
from ...types import Response


def _get_kwargs(
    field_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchaseOrders/{field_id}".format(
            field_id=quote(str(field_id), safe=""),
        ),
    }

    return _kwargs


def _parse_200(data: Any) -> PurchaseOrderEnvelope:
    response_200 = PurchaseOrderEnvelope.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PurchaseOrderEnvelope | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "get_purchase_order", "200")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_200, "get_purchase_order", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PurchaseOrderEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PurchaseOrderEnvelope]:
    """Get one purchase order

     Returns a single purchase order by its ObjectId, wrapped in a `data` envelope.

    Args:
        field_id (str): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrderEnvelope]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | PurchaseOrderEnvelope]) -> PurchaseOrderEnvelope:
    if 200 <= response.status_code <= 299:
        return cast(PurchaseOrderEnvelope, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PurchaseOrderEnvelope:
    """Get one purchase order

     Returns a single purchase order by its ObjectId, wrapped in a `data` envelope.

    Args:
        field_id (str): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderEnvelope
    """

    return _success(
        sync_detailed(
            field_id=field_id,
            client=client,
        )
    )


async def asyncio_detailed(
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | PurchaseOrderEnvelope]:
    """Get one purchase order

     Returns a single purchase order by its ObjectId, wrapped in a `data` envelope.

    Args:
        field_id (str): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrderEnvelope]
    """

    kwargs = _get_kwargs(
        field_id=field_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> PurchaseOrderEnvelope:
    """Get one purchase order

     Returns a single purchase order by its ObjectId, wrapped in a `data` envelope.

    Args:
        field_id (str): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderEnvelope
    """

    return _success(
        await asyncio_detailed(
            field_id=field_id,
            client=client,
        )
    )
