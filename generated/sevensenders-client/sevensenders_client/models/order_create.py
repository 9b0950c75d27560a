from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language_code import LanguageCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_tags import OrderTags


T = TypeVar("T", bound="OrderCreate")


@_attrs_define
class OrderCreate:
    """A new order.

    Attributes:
        order_id (str): The order reference in the shop's own system; unique in the account. Example: order123456.
        order_date (datetime.datetime): When the order was created in the shop (UTC preferred). Example:
            2017-08-15T16:53:07+01:00.
        order_url (str | Unset): Recommended. The full URL of the shop the order was placed on; it must be the URL used
            for notifications and the tracking page. Example: https://www.example.com.
        boarding_complete (bool | Unset): True once every parcel of the order has been created as a shipment. The order
            can be completed only when this is true (or null) and every shipment is delivered.
        language (LanguageCode | Unset): The customer's language, a lowercase two-letter ISO 639-1 code.
        order_tags (OrderTags | Unset): Free tags that segment the order, as name/value pairs (e.g. `{"tag1":
            "value1"}`).
        promised_delivery_date (datetime.datetime | Unset): Recommended. The delivery date promised to the customer; the
            Portal's KPIs depend on it, and it is mandatory when a shipment of the order uses local delivery. Example:
            2017-08-15T16:53:07+01:00.
    """

    order_id: str
    order_date: datetime.datetime
    order_url: str | Unset = UNSET
    boarding_complete: bool | Unset = UNSET
    language: LanguageCode | Unset = UNSET
    order_tags: OrderTags | Unset = UNSET
    promised_delivery_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_date = self.order_date.isoformat()

        order_url = self.order_url

        boarding_complete = self.boarding_complete

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        order_tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_tags, Unset):
            order_tags = self.order_tags.to_dict()

        promised_delivery_date: str | Unset = UNSET
        if not isinstance(self.promised_delivery_date, Unset):
            promised_delivery_date = self.promised_delivery_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "order_date": order_date,
            }
        )
        if order_url is not UNSET:
            field_dict["order_url"] = order_url
        if boarding_complete is not UNSET:
            field_dict["boarding_complete"] = boarding_complete
        if language is not UNSET:
            field_dict["language"] = language
        if order_tags is not UNSET:
            field_dict["order_tags"] = order_tags
        if promised_delivery_date is not UNSET:
            field_dict["promised_delivery_date"] = promised_delivery_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_tags import OrderTags  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id")

        order_date = datetime.datetime.fromisoformat(d.pop("order_date"))

        order_url = d.pop("order_url", UNSET)

        boarding_complete = d.pop("boarding_complete", UNSET)

        _language = d.pop("language", UNSET)
        language: LanguageCode | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = LanguageCode._read(_language)

        _order_tags = d.pop("order_tags", UNSET)
        order_tags: OrderTags | Unset
        if isinstance(_order_tags, Unset):
            order_tags = UNSET
        else:
            order_tags = OrderTags.from_dict(_order_tags)

        _promised_delivery_date = d.pop("promised_delivery_date", UNSET)
        promised_delivery_date: datetime.datetime | Unset
        if isinstance(_promised_delivery_date, Unset):
            promised_delivery_date = UNSET
        else:
            promised_delivery_date = datetime.datetime.fromisoformat(_promised_delivery_date)

        order_create = cls(
            order_id=order_id,
            order_date=order_date,
            order_url=order_url,
            boarding_complete=boarding_complete,
            language=language,
            order_tags=order_tags,
            promised_delivery_date=promised_delivery_date,
        )

        order_create.additional_properties = d
        return order_create

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
