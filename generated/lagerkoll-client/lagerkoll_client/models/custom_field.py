from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_valid_value import CustomFieldValidValue


T = TypeVar("T", bound="CustomField")


@_attrs_define
class CustomField:
    """A store-defined field of an article.

    Attributes:
        name (str | Unset): Field name.
        type_ (CustomFieldType | Unset): Data type of a custom field's value.
        value (str | Unset): The value, as text whatever its type.
        valid_values (list[CustomFieldValidValue] | Unset): Allowed values, when the field has a fixed set.
    """

    name: str | Unset = UNSET
    type_: CustomFieldType | Unset = UNSET
    value: str | Unset = UNSET
    valid_values: list[CustomFieldValidValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value = self.value

        valid_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valid_values, Unset):
            valid_values = []
            for valid_values_item_data in self.valid_values:
                valid_values_item = valid_values_item_data.to_dict()
                valid_values.append(valid_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if valid_values is not UNSET:
            field_dict["validValues"] = valid_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_valid_value import CustomFieldValidValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CustomFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomFieldType._read(_type_)

        value = d.pop("value", UNSET)

        _valid_values = d.pop("validValues", UNSET)
        valid_values: list[CustomFieldValidValue] | Unset = UNSET
        if _valid_values is not UNSET:
            valid_values = []
            for valid_values_item_data in _valid_values:
                valid_values_item = CustomFieldValidValue.from_dict(valid_values_item_data)

                valid_values.append(valid_values_item)

        custom_field = cls(
            name=name,
            type_=type_,
            value=value,
            valid_values=valid_values,
        )

        custom_field.additional_properties = d
        return custom_field

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
