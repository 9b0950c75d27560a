from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_field_data import CustomFieldData
from ...models.error_object import ErrorObject
from ...models.sales_doc_record_type import SalesDocRecordType
from ...models.sales_order_line_item import SalesOrderLineItem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    record_type: SalesDocRecordType,
    doc_no: int,
    line_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_record_type = record_type.value
    params["recordType"] = json_record_type

    params["docNo"] = doc_no

    params["lineId"] = line_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/salesorderlineitem",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> SalesOrderLineItem:
    response_200 = SalesOrderLineItem.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorObject | str | SalesOrderLineItem | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "get_sales_order_line_item", "200")

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

    # ordersdk: one success is documented; any other success status reads as it.
    if 200 <= response.status_code <= 299:
        return read_json(response, _parse_200, "get_sales_order_line_item", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorObject | str | SalesOrderLineItem]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    record_type: SalesDocRecordType,
    doc_no: int,
    line_id: int,
) -> Response[ErrorObject | str | SalesOrderLineItem]:
    """Get a sales order or quote line item

     Returns one line item of a sales order (`recordType` 7) or a quote (`recordType` 13), chosen by the
    document number and the line's id.

    Args:
        record_type (SalesDocRecordType): The two record types that hold sales-order line items —
            7 sales order, 13 quote.
        doc_no (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorObject | str | SalesOrderLineItem]
    """

    kwargs = _get_kwargs(
        record_type=record_type,
        doc_no=doc_no,
        line_id=line_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[ErrorObject | str | SalesOrderLineItem]) -> SalesOrderLineItem:
    if 200 <= response.status_code <= 299:
        return cast(SalesOrderLineItem, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    record_type: SalesDocRecordType,
    doc_no: int,
    line_id: int,
) -> SalesOrderLineItem:
    """Get a sales order or quote line item

     Returns one line item of a sales order (`recordType` 7) or a quote (`recordType` 13), chosen by the
    document number and the line's id.

    Args:
        record_type (SalesDocRecordType): The two record types that hold sales-order line items —
            7 sales order, 13 quote.
        doc_no (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SalesOrderLineItem
    """

    return _success(
        sync_detailed(
            client=client,
            record_type=record_type,
            doc_no=doc_no,
            line_id=line_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    record_type: SalesDocRecordType,
    doc_no: int,
    line_id: int,
) -> Response[ErrorObject | str | SalesOrderLineItem]:
    """Get a sales order or quote line item

     Returns one line item of a sales order (`recordType` 7) or a quote (`recordType` 13), chosen by the
    document number and the line's id.

    Args:
        record_type (SalesDocRecordType): The two record types that hold sales-order line items —
            7 sales order, 13 quote.
        doc_no (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorObject | str | SalesOrderLineItem]
    """

    kwargs = _get_kwargs(
        record_type=record_type,
        doc_no=doc_no,
        line_id=line_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    record_type: SalesDocRecordType,
    doc_no: int,
    line_id: int,
) -> SalesOrderLineItem:
    """Get a sales order or quote line item

     Returns one line item of a sales order (`recordType` 7) or a quote (`recordType` 13), chosen by the
    document number and the line's id.

    Args:
        record_type (SalesDocRecordType): The two record types that hold sales-order line items —
            7 sales order, 13 quote.
        doc_no (int):
        line_id (int):

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SalesOrderLineItem
    """

    return _success(
        await asyncio_detailed(
            client=client,
            record_type=record_type,
            doc_no=doc_no,
            line_id=line_id,
        )
    )


def page_items(page: SalesOrderLineItem) -> list[CustomFieldData]:
    """The items of one response of this operation (its `custom_fields`): what ``ordersdk.paginate`` yields."""
    return page.custom_fields or []
