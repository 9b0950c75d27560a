from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.form_boolean import FormBoolean
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentUpdateForm")


@_attrs_define
class ShipmentUpdateForm:
    """Form fields to change on a shipment (at least one); omitted fields keep their value.

    Attributes:
        shop_order_id (str | Unset): Reference (in the shop's system) of the order the parcel belongs to. Example:
            order123456.
        tracking_code (str | Unset):  Example: trackingNumber123.
        reference_number (str | Unset):  Example: referenceNumber123456.
        carrier_service (str | Unset):  Example: standard.
        warehouse_address (str | Unset):  Example: Kochhannstrasse 38 10249 Berlin.
        customer_first_name (str | Unset):
        customer_last_name (str | Unset):
        customer_email (str | Unset):
        customer_address (str | Unset):
        customer_address_zip_code (str | Unset):
        customer_address_city (str | Unset):
        customer_phone (str | Unset):
        customer_company (str | Unset):
        return_parcel (FormBoolean | Unset): A yes/no field of a form body, sent as `0` (no) or `1` (yes).
        pickup_point_selected (FormBoolean | Unset): A yes/no field of a form body, sent as `0` (no) or `1` (yes).
        weight (float | Unset): Parcel weight in kilograms.
        planned_pickup_datetime (str | Unset): An ISO 8601 date-time with seconds and a UTC offset, the offset written
            with or without a colon (`2017-08-10T05:45:00+0000`, `2017-08-15T16:53:07+01:00`) or as `Z`.
        comment (str | Unset):
    """

    shop_order_id: str | Unset = UNSET
    tracking_code: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    carrier_service: str | Unset = UNSET
    warehouse_address: str | Unset = UNSET
    customer_first_name: str | Unset = UNSET
    customer_last_name: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_address: str | Unset = UNSET
    customer_address_zip_code: str | Unset = UNSET
    customer_address_city: str | Unset = UNSET
    customer_phone: str | Unset = UNSET
    customer_company: str | Unset = UNSET
    return_parcel: FormBoolean | Unset = UNSET
    pickup_point_selected: FormBoolean | Unset = UNSET
    weight: float | Unset = UNSET
    planned_pickup_datetime: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shop_order_id = self.shop_order_id

        tracking_code = self.tracking_code

        reference_number = self.reference_number

        carrier_service = self.carrier_service

        warehouse_address = self.warehouse_address

        customer_first_name = self.customer_first_name

        customer_last_name = self.customer_last_name

        customer_email = self.customer_email

        customer_address = self.customer_address

        customer_address_zip_code = self.customer_address_zip_code

        customer_address_city = self.customer_address_city

        customer_phone = self.customer_phone

        customer_company = self.customer_company

        return_parcel: int | Unset = UNSET
        if not isinstance(self.return_parcel, Unset):
            return_parcel = self.return_parcel.value

        pickup_point_selected: int | Unset = UNSET
        if not isinstance(self.pickup_point_selected, Unset):
            pickup_point_selected = self.pickup_point_selected.value

        weight = self.weight

        planned_pickup_datetime = self.planned_pickup_datetime

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shop_order_id is not UNSET:
            field_dict["shop_order_id"] = shop_order_id
        if tracking_code is not UNSET:
            field_dict["tracking_code"] = tracking_code
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if carrier_service is not UNSET:
            field_dict["carrier_service"] = carrier_service
        if warehouse_address is not UNSET:
            field_dict["warehouse_address"] = warehouse_address
        if customer_first_name is not UNSET:
            field_dict["customer_first_name"] = customer_first_name
        if customer_last_name is not UNSET:
            field_dict["customer_last_name"] = customer_last_name
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_address is not UNSET:
            field_dict["customer_address"] = customer_address
        if customer_address_zip_code is not UNSET:
            field_dict["customer_address_zip_code"] = customer_address_zip_code
        if customer_address_city is not UNSET:
            field_dict["customer_address_city"] = customer_address_city
        if customer_phone is not UNSET:
            field_dict["customer_phone"] = customer_phone
        if customer_company is not UNSET:
            field_dict["customer_company"] = customer_company
        if return_parcel is not UNSET:
            field_dict["return_parcel"] = return_parcel
        if pickup_point_selected is not UNSET:
            field_dict["pickup_point_selected"] = pickup_point_selected
        if weight is not UNSET:
            field_dict["weight"] = weight
        if planned_pickup_datetime is not UNSET:
            field_dict["planned_pickup_datetime"] = planned_pickup_datetime
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shop_order_id = d.pop("shop_order_id", UNSET)

        tracking_code = d.pop("tracking_code", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        carrier_service = d.pop("carrier_service", UNSET)

        warehouse_address = d.pop("warehouse_address", UNSET)

        customer_first_name = d.pop("customer_first_name", UNSET)

        customer_last_name = d.pop("customer_last_name", UNSET)

        customer_email = d.pop("customer_email", UNSET)

        customer_address = d.pop("customer_address", UNSET)

        customer_address_zip_code = d.pop("customer_address_zip_code", UNSET)

        customer_address_city = d.pop("customer_address_city", UNSET)

        customer_phone = d.pop("customer_phone", UNSET)

        customer_company = d.pop("customer_company", UNSET)

        _return_parcel = d.pop("return_parcel", UNSET)
        return_parcel: FormBoolean | Unset
        if isinstance(_return_parcel, Unset):
            return_parcel = UNSET
        else:
            return_parcel = FormBoolean._read(_return_parcel)

        _pickup_point_selected = d.pop("pickup_point_selected", UNSET)
        pickup_point_selected: FormBoolean | Unset
        if isinstance(_pickup_point_selected, Unset):
            pickup_point_selected = UNSET
        else:
            pickup_point_selected = FormBoolean._read(_pickup_point_selected)

        weight = d.pop("weight", UNSET)

        planned_pickup_datetime = d.pop("planned_pickup_datetime", UNSET)

        comment = d.pop("comment", UNSET)

        shipment_update_form = cls(
            shop_order_id=shop_order_id,
            tracking_code=tracking_code,
            reference_number=reference_number,
            carrier_service=carrier_service,
            warehouse_address=warehouse_address,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_email=customer_email,
            customer_address=customer_address,
            customer_address_zip_code=customer_address_zip_code,
            customer_address_city=customer_address_city,
            customer_phone=customer_phone,
            customer_company=customer_company,
            return_parcel=return_parcel,
            pickup_point_selected=pickup_point_selected,
            weight=weight,
            planned_pickup_datetime=planned_pickup_datetime,
            comment=comment,
        )

        shipment_update_form.additional_properties = d
        return shipment_update_form

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
