from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderDelete")


@_attrs_define
class PurchaseOrderDelete:
    """Body of delete.

    Attributes:
        field_id (str): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
        deleted_by_user (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
    """

    field_id: str
    deleted_by_user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        deleted_by_user = self.deleted_by_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
            }
        )
        if deleted_by_user is not UNSET:
            field_dict["deletedByUser"] = deleted_by_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id")

        deleted_by_user = d.pop("deletedByUser", UNSET)

        purchase_order_delete = cls(
            field_id=field_id,
            deleted_by_user=deleted_by_user,
        )

        purchase_order_delete.additional_properties = d
        return purchase_order_delete

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
