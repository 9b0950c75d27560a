from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderLogEntry")


@_attrs_define
class PurchaseOrderLogEntry:
    """One entry of the purchase order's history (created, sent, changed, …).

    Attributes:
        field_id (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
        log_type (int | Unset): Kind of event as a numeric code (the codes are not documented).
        description (str | Unset):
        user (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
        user_name (str | Unset):
        log_date (datetime.datetime | Unset):
    """

    field_id: str | Unset = UNSET
    log_type: int | Unset = UNSET
    description: str | Unset = UNSET
    user: str | Unset = UNSET
    user_name: str | Unset = UNSET
    log_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        log_type = self.log_type

        description = self.description

        user = self.user

        user_name = self.user_name

        log_date: str | Unset = UNSET
        if not isinstance(self.log_date, Unset):
            log_date = self.log_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if log_type is not UNSET:
            field_dict["logType"] = log_type
        if description is not UNSET:
            field_dict["description"] = description
        if user is not UNSET:
            field_dict["user"] = user
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if log_date is not UNSET:
            field_dict["logDate"] = log_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = d.pop("_id", UNSET)

        log_type = d.pop("logType", UNSET)

        description = d.pop("description", UNSET)

        user = d.pop("user", UNSET)

        user_name = d.pop("userName", UNSET)

        _log_date = d.pop("logDate", UNSET)
        log_date: datetime.datetime | Unset
        if isinstance(_log_date, Unset):
            log_date = UNSET
        else:
            log_date = datetime.datetime.fromisoformat(_log_date)

        purchase_order_log_entry = cls(
            field_id=field_id,
            log_type=log_type,
            description=description,
            user=user,
            user_name=user_name,
            log_date=log_date,
        )

        purchase_order_log_entry.additional_properties = d
        return purchase_order_log_entry

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
