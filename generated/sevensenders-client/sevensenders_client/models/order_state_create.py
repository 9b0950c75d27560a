from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStateCreate")


@_attrs_define
class OrderStateCreate:
    """A state change of an order.

    Attributes:
        order_id (str): The order reference in the shop's own system. Example: order123456.
        state (OrderState): A state the shop may report for an order. Seven Senders itself moves an order to shipped
            when a shipment is created and to completed when it is fully delivered.
        datetime_ (datetime.datetime): When the change happened. Example: 2017-08-15T16:53:07+01:00.
        location (str | Unset): Where the change happened. Example: Schwedter strasse 36A 10435 Berlin.
    """

    order_id: str
    state: OrderState
    datetime_: datetime.datetime
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        state = self.state.value

        datetime_ = self.datetime_.isoformat()

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
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
        order_id = d.pop("order_id")

        state = OrderState._read(d.pop("state"))

        datetime_ = datetime.datetime.fromisoformat(d.pop("datetime"))

        location = d.pop("location", UNSET)

        order_state_create = cls(
            order_id=order_id,
            state=state,
            datetime_=datetime_,
            location=location,
        )

        order_state_create.additional_properties = d
        return order_state_create

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
