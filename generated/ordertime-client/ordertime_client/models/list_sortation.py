from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSortation")


@_attrs_define
class ListSortation:
    """Sort order of a list query.

    Attributes:
        property_name (str | Unset): Property to sort by.
        direction (int | Unset): Sort direction number; 2 is descending (vendor sample), the other values are
            undocumented.
    """

    property_name: str | Unset = UNSET
    direction: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_name = self.property_name

        direction = self.direction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if property_name is not UNSET:
            field_dict["PropertyName"] = property_name
        if direction is not UNSET:
            field_dict["Direction"] = direction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_name = d.pop("PropertyName", UNSET)

        direction = d.pop("Direction", UNSET)

        list_sortation = cls(
            property_name=property_name,
            direction=direction,
        )

        list_sortation.additional_properties = d
        return list_sortation

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
