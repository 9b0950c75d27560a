from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldData")


@_attrs_define
class CustomFieldData:
    """Value of one user-defined custom field, addressed by the field's internal `Name`.

    Attributes:
        name (str): Internal name of the custom field, e.g. `SOICust1`.
        value (bool | float | None | str | Unset): The field's value.
        caption (str | Unset): The field's display caption.
    """

    name: str
    value: bool | float | None | str | Unset = UNSET
    caption: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: bool | float | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        caption = self.caption

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
            }
        )
        if value is not UNSET:
            field_dict["Value"] = value
        if caption is not UNSET:
            field_dict["Caption"] = caption

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        def _parse_value(data: object) -> bool | float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | float | None | str | Unset, data)

        value = _parse_value(d.pop("Value", UNSET))

        caption = d.pop("Caption", UNSET)

        custom_field_data = cls(
            name=name,
            value=value,
            caption=caption,
        )

        custom_field_data.additional_properties = d
        return custom_field_data

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
