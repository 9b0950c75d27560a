from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryAddress")


@_attrs_define
class DeliveryAddress:
    """Where the distributor should deliver.

    Attributes:
        name (str | Unset):
        address (str | Unset): First street-address line.
        address2 (str | Unset): Second street-address line.
        zip_code (str | Unset): Postal code (a string; may have leading zeros or spaces).
        city (str | Unset):
        country (str | Unset): ISO 3166-1 alpha-2 country code. Example: SE.
        phone (str | Unset):
    """

    name: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address = self.address

        address2 = self.address2

        zip_code = self.zip_code

        city = self.city

        country = self.country

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        address2 = d.pop("address2", UNSET)

        zip_code = d.pop("zipCode", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        phone = d.pop("phone", UNSET)

        delivery_address = cls(
            name=name,
            address=address,
            address2=address2,
            zip_code=zip_code,
            city=city,
            country=country,
            phone=phone,
        )

        delivery_address.additional_properties = d
        return delivery_address

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
