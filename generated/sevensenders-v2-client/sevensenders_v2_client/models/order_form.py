from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.form_boolean import FormBoolean
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderForm")


@_attrs_define
class OrderForm:
    """Form fields of a new order.

    Attributes:
        shop_order_id (str): The order reference in the shop's own system. Example: order123456.
        shop_order_date (str): An ISO 8601 date-time with seconds and a UTC offset, the offset written with or without a
            colon (`2017-08-10T05:45:00+0000`, `2017-08-15T16:53:07+01:00`) or as `Z`.
        shop_order_url (str | Unset): Recommended. The shop website the order was placed on. Example:
            https://www.7s.com.
        language (str | Unset): Customer language as a lowercase two-letter ISO 639-1 code. Example: en.
        promised_delivery_date (str | Unset): An ISO 8601 date-time with seconds and a UTC offset, the offset written
            with or without a colon (`2017-08-10T05:45:00+0000`, `2017-08-15T16:53:07+01:00`) or as `Z`.
        boarding_complete (FormBoolean | Unset): A yes/no field of a form body, sent as `0` (no) or `1` (yes).
        order_tags (str | Unset): Tags as a JSON object encoded into the form field, e.g. `{"product": "nikeAir",
            "price": 100}`; the order then lists them as name/content pairs. Example: {"product": "nikeAir", "price": 100}.
    """

    shop_order_id: str
    shop_order_date: str
    shop_order_url: str | Unset = UNSET
    language: str | Unset = UNSET
    promised_delivery_date: str | Unset = UNSET
    boarding_complete: FormBoolean | Unset = UNSET
    order_tags: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shop_order_id = self.shop_order_id

        shop_order_date = self.shop_order_date

        shop_order_url = self.shop_order_url

        language = self.language

        promised_delivery_date = self.promised_delivery_date

        boarding_complete: int | Unset = UNSET
        if not isinstance(self.boarding_complete, Unset):
            boarding_complete = self.boarding_complete.value

        order_tags = self.order_tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shop_order_id": shop_order_id,
                "shop_order_date": shop_order_date,
            }
        )
        if shop_order_url is not UNSET:
            field_dict["shop_order_url"] = shop_order_url
        if language is not UNSET:
            field_dict["language"] = language
        if promised_delivery_date is not UNSET:
            field_dict["promised_delivery_date"] = promised_delivery_date
        if boarding_complete is not UNSET:
            field_dict["boarding_complete"] = boarding_complete
        if order_tags is not UNSET:
            field_dict["order_tags"] = order_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shop_order_id = d.pop("shop_order_id")

        shop_order_date = d.pop("shop_order_date")

        shop_order_url = d.pop("shop_order_url", UNSET)

        language = d.pop("language", UNSET)

        promised_delivery_date = d.pop("promised_delivery_date", UNSET)

        _boarding_complete = d.pop("boarding_complete", UNSET)
        boarding_complete: FormBoolean | Unset
        if isinstance(_boarding_complete, Unset):
            boarding_complete = UNSET
        else:
            boarding_complete = FormBoolean._read(_boarding_complete)

        order_tags = d.pop("order_tags", UNSET)

        order_form = cls(
            shop_order_id=shop_order_id,
            shop_order_date=shop_order_date,
            shop_order_url=shop_order_url,
            language=language,
            promised_delivery_date=promised_delivery_date,
            boarding_complete=boarding_complete,
            order_tags=order_tags,
        )

        order_form.additional_properties = d
        return order_form

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
