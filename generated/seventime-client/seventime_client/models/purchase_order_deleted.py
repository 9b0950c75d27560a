from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderDeleted")


@_attrs_define
class PurchaseOrderDeleted:
    """What delete returns: the deleted purchase order's `_id` and its name and number fields. The vendor does not list the
    exact fields, so further properties are allowed.

        Attributes:
            field_id (str): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            purchase_order_name (str | Unset):
            purchase_order_number (str | Unset):
    """

    field_id: str
    purchase_order_name: str | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        purchase_order_name = self.purchase_order_name

        purchase_order_number = self.purchase_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if purchase_order_name is not UNSET:
            field_dict["purchaseOrderName"] = purchase_order_name
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        purchase_order_name = d.pop("purchaseOrderName", UNSET)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        purchase_order_deleted = cls(
            field_id=field_id,
            purchase_order_name=purchase_order_name,
            purchase_order_number=purchase_order_number,
        )

        purchase_order_deleted.additional_properties = d
        return purchase_order_deleted

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
