from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settable_order_state import SettableOrderState
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStateForm")


@_attrs_define
class OrderStateForm:
    """Form fields of an order state change.

    Attributes:
        shop_order_id (str): The order reference in the shop's own system. Example: order123456.
        state (SettableOrderState): A state the shop may set on an order.
        datetime_ (str): An ISO 8601 date-time with seconds and a UTC offset, the offset written with or without a colon
            (`2017-08-10T05:45:00+0000`, `2017-08-15T16:53:07+01:00`) or as `Z`.
        location (str | Unset): Where the change happened. Example: Schwedter strasse 36A 10435 Berlin.
    """

    shop_order_id: str
    state: SettableOrderState
    datetime_: str
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shop_order_id = self.shop_order_id

        state = self.state.value

        datetime_ = self.datetime_

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shop_order_id": shop_order_id,
                "state": state,
                "datetime": datetime_,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shop_order_id = d.pop("shop_order_id")

        state = SettableOrderState._read(d.pop("state"))

        datetime_ = d.pop("datetime")

        location = d.pop("location", UNSET)

        order_state_form = cls(
            shop_order_id=shop_order_id,
            state=state,
            datetime_=datetime_,
            location=location,
        )

        order_state_form.additional_properties = d
        return order_state_form

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
