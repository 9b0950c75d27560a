from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_object import ErrorObject
from ...models.ship_doc import ShipDoc
from ...models.ship_doc_update import ShipDocUpdate
from ...models.validation_result import ValidationResult
from ...types import Response


def _get_kwargs(
    *,
    body: ShipDocUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/shipdoc",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_200(data: Any) -> ShipDoc:
    response_200 = ShipDoc.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorObject | str | ShipDoc | list[ValidationResult] | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "update_ship_doc", "200")

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorObject | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_message_type_0 = ErrorObject.from_dict(data)

                return componentsschemas_error_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorObject | str, data)

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorObject | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_message_type_0 = ErrorObject.from_dict(data)

                return componentsschemas_error_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorObject | str, data)

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = []
        _response_409 = response.json()
        for response_409_item_data in _response_409:
            response_409_item = ValidationResult.from_dict(response_409_item_data)

            response_409.append(response_409_item)

        return response_409

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_200, "update_ship_doc", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorObject | str | ShipDoc | list[ValidationResult]]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ShipDocUpdate,
) -> Response[ErrorObject | str | ShipDoc | list[ValidationResult]]:
    """Update a ship document

     Updates the ship document identified by `DocNo` in the body. Only `StatusRef`, `FOB`,
    `InternalNotes`, `Memo`, `ShipMethodRef`, `ShipAmount`, `ShipSalesTaxCodeRef` and `CustomFields` can
    change; other properties are sent (PUT is holistic) but keep their stored values.

    Args:
        body (ShipDocUpdate): Body of a ship-document PUT — the whole document, including its
            `DocNo`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorObject | str | ShipDoc | list[ValidationResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorObject | str | ShipDoc | list[ValidationResult]]) -> ShipDoc:
    if 200 <= response.status_code <= 299:
        return cast(ShipDoc, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ShipDocUpdate,
) -> ShipDoc:
    """Update a ship document

     Updates the ship document identified by `DocNo` in the body. Only `StatusRef`, `FOB`,
    `InternalNotes`, `Memo`, `ShipMethodRef`, `ShipAmount`, `ShipSalesTaxCodeRef` and `CustomFields` can
    change; other properties are sent (PUT is holistic) but keep their stored values.

    Args:
        body (ShipDocUpdate): Body of a ship-document PUT — the whole document, including its
            `DocNo`.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShipDoc
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
    body: ShipDocUpdate,
) -> Response[ErrorObject | str | ShipDoc | list[ValidationResult]]:
    """Update a ship document

     Updates the ship document identified by `DocNo` in the body. Only `StatusRef`, `FOB`,
    `InternalNotes`, `Memo`, `ShipMethodRef`, `ShipAmount`, `ShipSalesTaxCodeRef` and `CustomFields` can
    change; other properties are sent (PUT is holistic) but keep their stored values.

    Args:
        body (ShipDocUpdate): Body of a ship-document PUT — the whole document, including its
            `DocNo`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorObject | str | ShipDoc | list[ValidationResult]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ShipDocUpdate,
) -> ShipDoc:
    """Update a ship document

     Updates the ship document identified by `DocNo` in the body. Only `StatusRef`, `FOB`,
    `InternalNotes`, `Memo`, `ShipMethodRef`, `ShipAmount`, `ShipSalesTaxCodeRef` and `CustomFields` can
    change; other properties are sent (PUT is holistic) but keep their stored values.

    Args:
        body (ShipDocUpdate): Body of a ship-document PUT — the whole document, including its
            `DocNo`.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ShipDoc
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
