from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFilter")


@_attrs_define
class ListFilter:
    """One filter of a list query. Every filter must hold for a record to match (AND).

    Attributes:
        property_name (str): Property to test; a dotted path reaches nested properties, e.g. `RecordInfo.ModifiedDate`.
        operator (int | Unset): Comparison operator number. 12 is "like" (vendor sample); the rest of the table,
            including the In / Not In operators, is not reachable.
        filter_value_array (str | Unset): The value(s) to compare with, as ONE comma-delimited string: several values
            for In / Not In, and for a custom date range `"2018-02-01,"` (from), `",2018-02-01"` (to) or
            `"2018-01-01,2018-01-31"` (between). Required with the custom date macro.
        field_type (int | Unset): Type of the filtered property as a number; 10 is a date (vendor sample).
        date_macro (int | Unset): Relative date range as a number; 9 is "this year" (vendor sample).
    """

    property_name: str
    operator: int | Unset = UNSET
    filter_value_array: str | Unset = UNSET
    field_type: int | Unset = UNSET
    date_macro: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_name = self.property_name

        operator = self.operator

        filter_value_array = self.filter_value_array

        field_type = self.field_type

        date_macro = self.date_macro

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PropertyName": property_name,
            }
        )
        if operator is not UNSET:
            field_dict["Operator"] = operator
        if filter_value_array is not UNSET:
            field_dict["FilterValueArray"] = filter_value_array
        if field_type is not UNSET:
            field_dict["FieldType"] = field_type
        if date_macro is not UNSET:
            field_dict["DateMacro"] = date_macro

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_name = d.pop("PropertyName")

        operator = d.pop("Operator", UNSET)

        filter_value_array = d.pop("FilterValueArray", UNSET)

        field_type = d.pop("FieldType", UNSET)

        date_macro = d.pop("DateMacro", UNSET)

        list_filter = cls(
            property_name=property_name,
            operator=operator,
            filter_value_array=filter_value_array,
            field_type=field_type,
            date_macro=date_macro,
        )

        list_filter.additional_properties = d
        return list_filter

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
