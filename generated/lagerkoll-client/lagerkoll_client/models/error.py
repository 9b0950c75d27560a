from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Body of every error response.

    Attributes:
        error_code (int): Application error code. Documented for this API: 900001 credentials don't match, 900101 common
            error, 900429 too many requests, 901101 error getting a purchase order, 901102 error creating a purchase order,
            901103 error updating a purchase order.
        error_message (str): Human-readable explanation.
        error_field (None | str | Unset): Name of the request field the error is about, if any.
        error_data (Any | Unset): Additional data about the error, if any; its shape is not documented.
    """

    error_code: int
    error_message: str
    error_field: None | str | Unset = UNSET
    error_data: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_message = self.error_message

        error_field: None | str | Unset
        if isinstance(self.error_field, Unset):
            error_field = UNSET
        else:
            error_field = self.error_field

        error_data = self.error_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorCode": error_code,
                "errorMessage": error_message,
            }
        )
        if error_field is not UNSET:
            field_dict["errorField"] = error_field
        if error_data is not UNSET:
            field_dict["errorData"] = error_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("errorCode")

        error_message = d.pop("errorMessage")

        def _parse_error_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_field = _parse_error_field(d.pop("errorField", UNSET))

        error_data = d.pop("errorData", UNSET)

        error = cls(
            error_code=error_code,
            error_message=error_message,
            error_field=error_field,
            error_data=error_data,
        )

        error.additional_properties = d
        return error

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
