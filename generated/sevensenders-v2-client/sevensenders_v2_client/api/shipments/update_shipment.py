from typing import Any, cast
from urllib.parse import quote

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shipment import Shipment
from ...models.shipment_update_form import ShipmentUpdateForm
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: ShipmentUpdateForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shipments/{id}.json".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> Shipment:
    response_200 = Shipment.from_dict(data)

    return response_200


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Shipment | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "update_shipment", "200")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_200, "update_shipment", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Shipment]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentUpdateForm,
) -> Response[Error | Shipment]:
    """Update a shipment (partially)

     Changes some fields of an existing shipment; fields that are not sent keep their value.

    Args:
        id (int):
        body (ShipmentUpdateForm): Form fields to change on a shipment (at least one); omitted
            fields keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | Shipment]) -> Shipment:
    if 200 <= response.status_code <= 299:
        return cast(Shipment, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentUpdateForm,
) -> Shipment:
    """Update a shipment (partially)

     Changes some fields of an existing shipment; fields that are not sent keep their value.

    Args:
        id (int):
        body (ShipmentUpdateForm): Form fields to change on a shipment (at least one); omitted
            fields keep their value.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Shipment
    """

    return _success(
        sync_detailed(
            id=id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentUpdateForm,
) -> Response[Error | Shipment]:
    """Update a shipment (partially)

     Changes some fields of an existing shipment; fields that are not sent keep their value.

    Args:
        id (int):
        body (ShipmentUpdateForm): Form fields to change on a shipment (at least one); omitted
            fields keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Shipment]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ShipmentUpdateForm,
) -> Shipment:
    """Update a shipment (partially)

     Changes some fields of an existing shipment; fields that are not sent keep their value.

    Args:
        id (int):
        body (ShipmentUpdateForm): Form fields to change on a shipment (at least one); omitted
            fields keep their value.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Shipment
    """

    return _success(
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    )
