from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Receivers")


@_attrs_define
class Receivers:
    """E-mail receivers of a purchase order.

    Attributes:
        to (str): Main receiver's e-mail address.
        cc_list (list[str] | Unset): E-mail addresses receiving a copy.
    """

    to: str
    cc_list: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        cc_list: list[str] | Unset = UNSET
        if not isinstance(self.cc_list, Unset):
            cc_list = self.cc_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if cc_list is not UNSET:
            field_dict["ccList"] = cc_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        cc_list = cast(list[str], d.pop("ccList", UNSET))

        receivers = cls(
            to=to,
            cc_list=cc_list,
        )

        receivers.additional_properties = d
        return receivers

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
