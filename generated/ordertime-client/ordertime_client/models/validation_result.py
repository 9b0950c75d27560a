from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationResult")


@_attrs_define
class ValidationResult:
    """One validation failure of a 409 response.

    Attributes:
        error_message (str | Unset): What is wrong.
        member_names (list[str] | Unset): The properties the failure is about.
    """

    error_message: str | Unset = UNSET
    member_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        member_names: list[str] | Unset = UNSET
        if not isinstance(self.member_names, Unset):
            member_names = self.member_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if member_names is not UNSET:
            field_dict["MemberNames"] = member_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_message = d.pop("ErrorMessage", UNSET)

        member_names = cast(list[str], d.pop("MemberNames", UNSET))

        validation_result = cls(
            error_message=error_message,
            member_names=member_names,
        )

        validation_result.additional_properties = d
        return validation_result

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
