from typing import Any, cast

import httpx
from ordersdk_runtime import status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shipment_form import ShipmentForm
from ...types import Response


def _get_kwargs(
    *,
    body: ShipmentForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shipments.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 201:
        response_201 = cast(Any, None)
        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        response_201 = cast(Any, None)
        return response_201

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
    body: ShipmentForm,
) -> Response[Any | Error]:
    """Create a shipment

     Adds a parcel to an existing order, found by its shop reference. A shipment belongs to exactly one
    order, and creating one moves that order to the `shipped` state.

    Args:
        body (ShipmentForm): Form fields of a new shipment; fields beyond the named ones are
            passed through as text.

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
    body: ShipmentForm,
) -> None:
    """Create a shipment

     Adds a parcel to an existing order, found by its shop reference. A shipment belongs to exactly one
    order, and creating one moves that order to the `shipped` state.

    Args:
        body (ShipmentForm): Form fields of a new shipment; fields beyond the named ones are
            passed through as text.

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
    body: ShipmentForm,
) -> Response[Any | Error]:
    """Create a shipment

     Adds a parcel to an existing order, found by its shop reference. A shipment belongs to exactly one
    order, and creating one moves that order to the `shipped` state.

    Args:
        body (ShipmentForm): Form fields of a new shipment; fields beyond the named ones are
            passed through as text.

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
    body: ShipmentForm,
) -> None:
    """Create a shipment

     Adds a parcel to an existing order, found by its shop reference. A shipment belongs to exactly one
    order, and creating one moves that order to the `shipped` state.

    Args:
        body (ShipmentForm): Form fields of a new shipment; fields beyond the named ones are
            passed through as text.

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
