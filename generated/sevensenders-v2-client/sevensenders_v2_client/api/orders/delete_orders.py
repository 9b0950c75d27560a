from typing import Any, cast

import httpx
from ordersdk_runtime import status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filtersshop_order_date_from: str,
    filtersshop_order_date_to: str,
    filterslanguage: str | Unset = UNSET,
    filtersshop_order_url: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filters[shop_order_date_from]"] = filtersshop_order_date_from

    params["filters[shop_order_date_to]"] = filtersshop_order_date_to

    params["filters[language]"] = filterslanguage

    params["filters[shop_order_url]"] = filtersshop_order_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/orders.json",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
        response_204 = cast(Any, None)
        return response_204

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
    filtersshop_order_date_from: str,
    filtersshop_order_date_to: str,
    filterslanguage: str | Unset = UNSET,
    filtersshop_order_url: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete orders in a date range

     Removes every order whose shop order date falls inside the given range (both ends included),
    optionally narrowed to one customer language or one shop URL. Both ends of the range are mandatory.

    Args:
        filtersshop_order_date_from (str): An ISO 8601 date-time with seconds and a UTC offset,
            the offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filtersshop_order_date_to (str): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filterslanguage (str | Unset): Customer language as a lowercase two-letter ISO 639-1 code.
            Example: en.
        filtersshop_order_url (str | Unset):  Example: https://www.7s.com.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        filtersshop_order_date_from=filtersshop_order_date_from,
        filtersshop_order_date_to=filtersshop_order_date_to,
        filterslanguage=filterslanguage,
        filtersshop_order_url=filtersshop_order_url,
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
    filtersshop_order_date_from: str,
    filtersshop_order_date_to: str,
    filterslanguage: str | Unset = UNSET,
    filtersshop_order_url: str | Unset = UNSET,
) -> None:
    """Delete orders in a date range

     Removes every order whose shop order date falls inside the given range (both ends included),
    optionally narrowed to one customer language or one shop URL. Both ends of the range are mandatory.

    Args:
        filtersshop_order_date_from (str): An ISO 8601 date-time with seconds and a UTC offset,
            the offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filtersshop_order_date_to (str): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filterslanguage (str | Unset): Customer language as a lowercase two-letter ISO 639-1 code.
            Example: en.
        filtersshop_order_url (str | Unset):  Example: https://www.7s.com.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        sync_detailed(
            client=client,
            filtersshop_order_date_from=filtersshop_order_date_from,
            filtersshop_order_date_to=filtersshop_order_date_to,
            filterslanguage=filterslanguage,
            filtersshop_order_url=filtersshop_order_url,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filtersshop_order_date_from: str,
    filtersshop_order_date_to: str,
    filterslanguage: str | Unset = UNSET,
    filtersshop_order_url: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete orders in a date range

     Removes every order whose shop order date falls inside the given range (both ends included),
    optionally narrowed to one customer language or one shop URL. Both ends of the range are mandatory.

    Args:
        filtersshop_order_date_from (str): An ISO 8601 date-time with seconds and a UTC offset,
            the offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filtersshop_order_date_to (str): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filterslanguage (str | Unset): Customer language as a lowercase two-letter ISO 639-1 code.
            Example: en.
        filtersshop_order_url (str | Unset):  Example: https://www.7s.com.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        filtersshop_order_date_from=filtersshop_order_date_from,
        filtersshop_order_date_to=filtersshop_order_date_to,
        filterslanguage=filterslanguage,
        filtersshop_order_url=filtersshop_order_url,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filtersshop_order_date_from: str,
    filtersshop_order_date_to: str,
    filterslanguage: str | Unset = UNSET,
    filtersshop_order_url: str | Unset = UNSET,
) -> None:
    """Delete orders in a date range

     Removes every order whose shop order date falls inside the given range (both ends included),
    optionally narrowed to one customer language or one shop URL. Both ends of the range are mandatory.

    Args:
        filtersshop_order_date_from (str): An ISO 8601 date-time with seconds and a UTC offset,
            the offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filtersshop_order_date_to (str): An ISO 8601 date-time with seconds and a UTC offset, the
            offset written with or without a colon (`2017-08-10T05:45:00+0000`,
            `2017-08-15T16:53:07+01:00`) or as `Z`.
        filterslanguage (str | Unset): Customer language as a lowercase two-letter ISO 639-1 code.
            Example: en.
        filtersshop_order_url (str | Unset):  Example: https://www.7s.com.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _success(
        await asyncio_detailed(
            client=client,
            filtersshop_order_date_from=filtersshop_order_date_from,
            filtersshop_order_date_to=filtersshop_order_date_to,
            filterslanguage=filterslanguage,
            filtersshop_order_url=filtersshop_order_url,
        )
    )
