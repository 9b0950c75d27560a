from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_meta import ListMeta
    from ..models.purchase_order import PurchaseOrder


T = TypeVar("T", bound="PurchaseOrderList")


@_attrs_define
class PurchaseOrderList:
    """One page of purchase orders.

    Attributes:
        meta (ListMeta): Paging information of a list response.
        data (list[PurchaseOrder]):
    """

    meta: ListMeta
    data: list[PurchaseOrder]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_meta import ListMeta  # noqa: PLC0415
        from ..models.purchase_order import PurchaseOrder  # noqa: PLC0415

        d = dict(src_dict)
        meta = ListMeta.from_dict(d.pop("meta"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = PurchaseOrder.from_dict(data_item_data)

            data.append(data_item)

        purchase_order_list = cls(
            meta=meta,
            data=data,
        )

        purchase_order_list.additional_properties = d
        return purchase_order_list

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
