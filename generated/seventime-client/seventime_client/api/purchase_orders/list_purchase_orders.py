from typing import Any, cast

import httpx
from ordersdk_runtime import read_json, status_of

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.purchase_order import PurchaseOrder
from ...models.purchase_order_list import PurchaseOrderList
from ...models.purchase_order_status import PurchaseOrderStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    purchase_order_name: str | Unset = UNSET,
    purchase_order_info_name: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: PurchaseOrderStatus | Unset = UNSET,
    distributor: str | Unset = UNSET,
    project: str | Unset = UNSET,
    work_order: str | Unset = UNSET,
    work_order_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["page"] = page

    params["purchaseOrderName"] = purchase_order_name

    params["purchaseOrderInfoName"] = purchase_order_info_name

    params["purchaseOrderNumber"] = purchase_order_number

    json_purchase_order_status: int | Unset = UNSET
    if not isinstance(purchase_order_status, Unset):
        json_purchase_order_status = purchase_order_status.value

    params["purchaseOrderStatus"] = json_purchase_order_status

    params["distributor"] = distributor

    params["project"] = project

    params["workOrder"] = work_order

    params["workOrderNumber"] = work_order_number

    params["sortBy"] = sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/purchaseOrders",
        "params": params,
    }

    return _kwargs


def _parse_200(data: Any) -> PurchaseOrderList:
    response_200 = PurchaseOrderList.from_dict(data)

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PurchaseOrderList | None:
    if response.status_code == 200:
        return read_json(response, _parse_200, "list_purchase_orders", "200")

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
        return read_json(response, _parse_200, "list_purchase_orders", "200")

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PurchaseOrderList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    purchase_order_name: str | Unset = UNSET,
    purchase_order_info_name: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: PurchaseOrderStatus | Unset = UNSET,
    distributor: str | Unset = UNSET,
    project: str | Unset = UNSET,
    work_order: str | Unset = UNSET,
    work_order_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[Error | PurchaseOrderList]:
    """List purchase orders

     Returns one page of purchase orders, optionally narrowed by exact-match filters and sorted. `meta`
    tells how many purchase orders match in total, how many pages that makes at the chosen `limit`, and
    which page this is.

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        purchase_order_name (str | Unset):
        purchase_order_info_name (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (PurchaseOrderStatus | Unset): Purchase-order status code: 1 draft,
            2 sent, 3 obliterated (voided), 4 confirmed by the distributor, 10 delivered.
        distributor (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        project (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order_number (str | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort order of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrderList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        purchase_order_name=purchase_order_name,
        purchase_order_info_name=purchase_order_info_name,
        purchase_order_number=purchase_order_number,
        purchase_order_status=purchase_order_status,
        distributor=distributor,
        project=project,
        work_order=work_order,
        work_order_number=work_order_number,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def _success(response: Response[Error | PurchaseOrderList]) -> PurchaseOrderList:
    if 200 <= response.status_code <= 299:
        return cast(PurchaseOrderList, response.parsed)
    raise errors.UnexpectedStatus(response.status_code, response.content)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    purchase_order_name: str | Unset = UNSET,
    purchase_order_info_name: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: PurchaseOrderStatus | Unset = UNSET,
    distributor: str | Unset = UNSET,
    project: str | Unset = UNSET,
    work_order: str | Unset = UNSET,
    work_order_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> PurchaseOrderList:
    """List purchase orders

     Returns one page of purchase orders, optionally narrowed by exact-match filters and sorted. `meta`
    tells how many purchase orders match in total, how many pages that makes at the chosen `limit`, and
    which page this is.

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        purchase_order_name (str | Unset):
        purchase_order_info_name (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (PurchaseOrderStatus | Unset): Purchase-order status code: 1 draft,
            2 sent, 3 obliterated (voided), 4 confirmed by the distributor, 10 delivered.
        distributor (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        project (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order_number (str | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort order of a list.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderList
    """

    return _success(
        sync_detailed(
            client=client,
            limit=limit,
            page=page,
            purchase_order_name=purchase_order_name,
            purchase_order_info_name=purchase_order_info_name,
            purchase_order_number=purchase_order_number,
            purchase_order_status=purchase_order_status,
            distributor=distributor,
            project=project,
            work_order=work_order,
            work_order_number=work_order_number,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    purchase_order_name: str | Unset = UNSET,
    purchase_order_info_name: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: PurchaseOrderStatus | Unset = UNSET,
    distributor: str | Unset = UNSET,
    project: str | Unset = UNSET,
    work_order: str | Unset = UNSET,
    work_order_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> Response[Error | PurchaseOrderList]:
    """List purchase orders

     Returns one page of purchase orders, optionally narrowed by exact-match filters and sorted. `meta`
    tells how many purchase orders match in total, how many pages that makes at the chosen `limit`, and
    which page this is.

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        purchase_order_name (str | Unset):
        purchase_order_info_name (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (PurchaseOrderStatus | Unset): Purchase-order status code: 1 draft,
            2 sent, 3 obliterated (voided), 4 confirmed by the distributor, 10 delivered.
        distributor (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        project (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order_number (str | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort order of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PurchaseOrderList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        page=page,
        purchase_order_name=purchase_order_name,
        purchase_order_info_name=purchase_order_info_name,
        purchase_order_number=purchase_order_number,
        purchase_order_status=purchase_order_status,
        distributor=distributor,
        project=project,
        work_order=work_order,
        work_order_number=work_order_number,
        sort_by=sort_by,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    page: int | Unset = 1,
    purchase_order_name: str | Unset = UNSET,
    purchase_order_info_name: str | Unset = UNSET,
    purchase_order_number: str | Unset = UNSET,
    purchase_order_status: PurchaseOrderStatus | Unset = UNSET,
    distributor: str | Unset = UNSET,
    project: str | Unset = UNSET,
    work_order: str | Unset = UNSET,
    work_order_number: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
) -> PurchaseOrderList:
    """List purchase orders

     Returns one page of purchase orders, optionally narrowed by exact-match filters and sorted. `meta`
    tells how many purchase orders match in total, how many pages that makes at the chosen `limit`, and
    which page this is.

    Args:
        limit (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.
        purchase_order_name (str | Unset):
        purchase_order_info_name (str | Unset):
        purchase_order_number (str | Unset):
        purchase_order_status (PurchaseOrderStatus | Unset): Purchase-order status code: 1 draft,
            2 sent, 3 obliterated (voided), 4 confirmed by the distributor, 10 delivered.
        distributor (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        project (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        work_order_number (str | Unset):
        sort_by (str | Unset):
        sort_direction (SortDirection | Unset): Sort order of a list.

    Raises:
        errors.UnexpectedStatus: If the server answers with anything but a documented success status (under ordersdk.connect(), ordersdk's typed errors are raised instead).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseOrderList
    """

    return _success(
        await asyncio_detailed(
            client=client,
            limit=limit,
            page=page,
            purchase_order_name=purchase_order_name,
            purchase_order_info_name=purchase_order_info_name,
            purchase_order_number=purchase_order_number,
            purchase_order_status=purchase_order_status,
            distributor=distributor,
            project=project,
            work_order=work_order,
            work_order_number=work_order_number,
            sort_by=sort_by,
            sort_direction=sort_direction,
        )
    )


def page_items(page: PurchaseOrderList) -> list[PurchaseOrder]:
    """The items of one response of this operation (its `data`): what ``ordersdk.paginate`` yields."""
    return page.data or []
