from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

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


def _parse_201(data: Any) -> Label | list[Label]:
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

    response_201 = _parse_response_201(data)

    return response_201


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Label | list[Label] | None:
    if response.status_code == 201:
        return read_json(response, _parse_201, "create_label", "201")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_201, "create_label", "201")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Label | list[Label]]:
    return Response(
        status_code=status_of(response.status_code),
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


def _success(response: Response[Error | Label | list[Label]]) -> Label | list[Label]:
    if 200 <= response.status_code <= 299:
        return cast(Label | list[Label], response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LabelCreate,
) -> Label | list[Label]:
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
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Label | list[Label]
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
) -> Label | list[Label]:
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
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Label | list[Label]
    """

    return _success(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
