from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="PurchaseOrdersResponse")


@_attrs_define
class PurchaseOrdersResponse:
    """One page of purchase orders.

    Attributes:
        page (int | Unset): Zero-based number of this page.
        pages (int | Unset): Number of pages.
        page_size (int | Unset): Page size used.
        orders_count (int | Unset): Number of purchase orders over all pages.
        orders (list[PurchaseOrder] | Unset): The purchase orders of this page.
    """

    page: int | Unset = UNSET
    pages: int | Unset = UNSET
    page_size: int | Unset = UNSET
    orders_count: int | Unset = UNSET
    orders: list[PurchaseOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        pages = self.pages

        page_size = self.page_size

        orders_count = self.orders_count

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if pages is not UNSET:
            field_dict["pages"] = pages
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if orders_count is not UNSET:
            field_dict["ordersCount"] = orders_count
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        pages = d.pop("pages", UNSET)

        page_size = d.pop("pageSize", UNSET)

        orders_count = d.pop("ordersCount", UNSET)

        _orders = d.pop("orders", UNSET)
        orders: list[PurchaseOrder] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = PurchaseOrder.from_dict(orders_item_data)

                orders.append(orders_item)

        purchase_orders_response = cls(
            page=page,
            pages=pages,
            page_size=page_size,
            orders_count=orders_count,
            orders=orders,
        )

        purchase_orders_response.additional_properties = d
        return purchase_orders_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
