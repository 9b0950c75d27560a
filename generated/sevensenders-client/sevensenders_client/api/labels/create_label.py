from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.label import Label
from ...models.label_create import LabelCreate
from ...types import Response


def _get_kwargs(
    *,
    body: LabelCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/labels",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Label | list[Label] | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Label | list[Label]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = Label.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_201_type_1 = []
            _response_201_type_1 = data
            for response_201_type_1_item_data in _response_201_type_1:
                response_201_type_1_item = Label.from_dict(response_201_type_1_item_data)

                response_201_type_1.append(response_201_type_1_item)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Label | list[Label]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LabelCreate,
) -> Response[Error | Label | list[Label]]:
    """Create a carrier label

     Books a parcel with a carrier and returns its tracking number, the URL of the label file (PDF, or
    ZPL at 203 or 300 dpi) and the carrier. Requesting an outbound and a return label together returns a
    list with one entry per label. Sending the same reference number again within 48 hours returns the
    label created the first time.

    Args:
        body (LabelCreate): A label request. Names the order by `order_id` or embeds a new `order`
            (one of them is required), plus carrier and recipient; the sender defaults to the
            account's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Label | list[Label]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LabelCreate,
) -> Error | Label | list[Label] | None:
    """Create a carrier label

     Books a parcel with a carrier and returns its tracking number, the URL of the label file (PDF, or
    ZPL at 203 or 300 dpi) and the carrier. Requesting an outbound and a return label together returns a
    list with one entry per label. Sending the same reference number again within 48 hours returns the
    label created the first time.

    Args:
        body (LabelCreate): A label request. Names the order by `order_id` or embeds a new `order`
            (one of them is required), plus carrier and recipient; the sender defaults to the
            account's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Label | list[Label]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LabelCreate,
) -> Response[Error | Label | list[Label]]:
    """Create a carrier label

     Books a parcel with a carrier and returns its tracking number, the URL of the label file (PDF, or
    ZPL at 203 or 300 dpi) and the carrier. Requesting an outbound and a return label together returns a
    list with one entry per label. Sending the same reference number again within 48 hours returns the
    label created the first time.

    Args:
        body (LabelCreate): A label request. Names the order by `order_id` or embeds a new `order`
            (one of them is required), plus carrier and recipient; the sender defaults to the
            account's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Label | list[Label]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LabelCreate,
) -> Error | Label | list[Label] | None:
    """Create a carrier label

     Books a parcel with a carrier and returns its tracking number, the URL of the label file (PDF, or
    ZPL at 203 or 300 dpi) and the carrier. Requesting an outbound and a return label together returns a
    list with one entry per label. Sending the same reference number again within 48 hours returns the
    label created the first time.

    Args:
        body (LabelCreate): A label request. Names the order by `order_id` or embeds a new `order`
            (one of them is required), plus carrier and recipient; the sender defaults to the
            account's settings.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Label | list[Label]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
