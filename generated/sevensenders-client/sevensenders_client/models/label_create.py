from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_format import LabelFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier_ref import CarrierRef
    from ..models.order_create import OrderCreate


T = TypeVar("T", bound="LabelCreate")


@_attrs_define
class LabelCreate:
    """A label request. Names the order by `order_id` or embeds a new `order` (one of them is required), plus carrier and
    recipient; the sender defaults to the account's settings.

        Attributes:
            carrier (CarrierRef): A carrier and the country of its injection hub.
            recipient_first_name (str):
            recipient_last_name (str):
            recipient_email (str):
            recipient_street (str): Street, on one line (no line breaks).
            recipient_zip (str):
            recipient_city (str):
            recipient_country (str): ISO 3166-1 alpha-2.
            order_id (str | Unset): Shop reference of an existing order. Example: order123456.
            order (OrderCreate | Unset): A new order.
            format_ (LabelFormat | Unset): Label file format; `zpl` is ZPL at 203 dpi, `zpl300` ZPL at 300 dpi.
            recipient_house_no (str | Unset):
            recipient_phone (str | Unset):
            recipient_company_name (str | Unset):
            recipient_address_details (str | Unset):
            sender_first_name (str | Unset):
            sender_last_name (str | Unset):
            sender_company_name (str | Unset):
            sender_street (str | Unset):
            sender_house_no (str | Unset):
            sender_zip (str | Unset):
            sender_city (str | Unset):
            sender_country (str | Unset):
            sender_phone (str | Unset):
            sender_email (str | Unset):
            return_parcel (bool | Unset): Also, or only, a return label.
    """

    carrier: CarrierRef
    recipient_first_name: str
    recipient_last_name: str
    recipient_email: str
    recipient_street: str
    recipient_zip: str
    recipient_city: str
    recipient_country: str
    order_id: str | Unset = UNSET
    order: OrderCreate | Unset = UNSET
    format_: LabelFormat | Unset = UNSET
    recipient_house_no: str | Unset = UNSET
    recipient_phone: str | Unset = UNSET
    recipient_company_name: str | Unset = UNSET
    recipient_address_details: str | Unset = UNSET
    sender_first_name: str | Unset = UNSET
    sender_last_name: str | Unset = UNSET
    sender_company_name: str | Unset = UNSET
    sender_street: str | Unset = UNSET
    sender_house_no: str | Unset = UNSET
    sender_zip: str | Unset = UNSET
    sender_city: str | Unset = UNSET
    sender_country: str | Unset = UNSET
    sender_phone: str | Unset = UNSET
    sender_email: str | Unset = UNSET
    return_parcel: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier = self.carrier.to_dict()

        recipient_first_name = self.recipient_first_name

        recipient_last_name = self.recipient_last_name

        recipient_email = self.recipient_email

        recipient_street = self.recipient_street

        recipient_zip = self.recipient_zip

        recipient_city = self.recipient_city

        recipient_country = self.recipient_country

        order_id = self.order_id

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        recipient_house_no = self.recipient_house_no

        recipient_phone = self.recipient_phone

        recipient_company_name = self.recipient_company_name

        recipient_address_details = self.recipient_address_details

        sender_first_name = self.sender_first_name

        sender_last_name = self.sender_last_name

        sender_company_name = self.sender_company_name

        sender_street = self.sender_street

        sender_house_no = self.sender_house_no

        sender_zip = self.sender_zip

        sender_city = self.sender_city

        sender_country = self.sender_country

        sender_phone = self.sender_phone

        sender_email = self.sender_email

        return_parcel = self.return_parcel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrier": carrier,
                "recipient_first_name": recipient_first_name,
                "recipient_last_name": recipient_last_name,
                "recipient_email": recipient_email,
                "recipient_street": recipient_street,
                "recipient_zip": recipient_zip,
                "recipient_city": recipient_city,
                "recipient_country": recipient_country,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order is not UNSET:
            field_dict["order"] = order
        if format_ is not UNSET:
            field_dict["format"] = format_
        if recipient_house_no is not UNSET:
            field_dict["recipient_house_no"] = recipient_house_no
        if recipient_phone is not UNSET:
            field_dict["recipient_phone"] = recipient_phone
        if recipient_company_name is not UNSET:
            field_dict["recipient_company_name"] = recipient_company_name
        if recipient_address_details is not UNSET:
            field_dict["recipient_address_details"] = recipient_address_details
        if sender_first_name is not UNSET:
            field_dict["sender_first_name"] = sender_first_name
        if sender_last_name is not UNSET:
            field_dict["sender_last_name"] = sender_last_name
        if sender_company_name is not UNSET:
            field_dict["sender_company_name"] = sender_company_name
        if sender_street is not UNSET:
            field_dict["sender_street"] = sender_street
        if sender_house_no is not UNSET:
            field_dict["sender_house_no"] = sender_house_no
        if sender_zip is not UNSET:
            field_dict["sender_zip"] = sender_zip
        if sender_city is not UNSET:
            field_dict["sender_city"] = sender_city
        if sender_country is not UNSET:
            field_dict["sender_country"] = sender_country
        if sender_phone is not UNSET:
            field_dict["sender_phone"] = sender_phone
        if sender_email is not UNSET:
            field_dict["sender_email"] = sender_email
        if return_parcel is not UNSET:
            field_dict["return_parcel"] = return_parcel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.carrier_ref import CarrierRef  # noqa: PLC0415
        from ..models.order_create import OrderCreate  # noqa: PLC0415

        d = dict(src_dict)
        carrier = CarrierRef.from_dict(d.pop("carrier"))

        recipient_first_name = d.pop("recipient_first_name")

        recipient_last_name = d.pop("recipient_last_name")

        recipient_email = d.pop("recipient_email")

        recipient_street = d.pop("recipient_street")

        recipient_zip = d.pop("recipient_zip")

        recipient_city = d.pop("recipient_city")

        recipient_country = d.pop("recipient_country")

        order_id = d.pop("order_id", UNSET)

        _order = d.pop("order", UNSET)
        order: OrderCreate | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderCreate.from_dict(_order)

        _format_ = d.pop("format", UNSET)
        format_: LabelFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = LabelFormat._read(_format_)

        recipient_house_no = d.pop("recipient_house_no", UNSET)

        recipient_phone = d.pop("recipient_phone", UNSET)

        recipient_company_name = d.pop("recipient_company_name", UNSET)

        recipient_address_details = d.pop("recipient_address_details", UNSET)

        sender_first_name = d.pop("sender_first_name", UNSET)

        sender_last_name = d.pop("sender_last_name", UNSET)

        sender_company_name = d.pop("sender_company_name", UNSET)

        sender_street = d.pop("sender_street", UNSET)

        sender_house_no = d.pop("sender_house_no", UNSET)

        sender_zip = d.pop("sender_zip", UNSET)

        sender_city = d.pop("sender_city", UNSET)

        sender_country = d.pop("sender_country", UNSET)

        sender_phone = d.pop("sender_phone", UNSET)

        sender_email = d.pop("sender_email", UNSET)

        return_parcel = d.pop("return_parcel", UNSET)

        label_create = cls(
            carrier=carrier,
            recipient_first_name=recipient_first_name,
            recipient_last_name=recipient_last_name,
            recipient_email=recipient_email,
            recipient_street=recipient_street,
            recipient_zip=recipient_zip,
            recipient_city=recipient_city,
            recipient_country=recipient_country,
            order_id=order_id,
            order=order,
            format_=format_,
            recipient_house_no=recipient_house_no,
            recipient_phone=recipient_phone,
            recipient_company_name=recipient_company_name,
            recipient_address_details=recipient_address_details,
            sender_first_name=sender_first_name,
            sender_last_name=sender_last_name,
            sender_company_name=sender_company_name,
            sender_street=sender_street,
            sender_house_no=sender_house_no,
            sender_zip=sender_zip,
            sender_city=sender_city,
            sender_country=sender_country,
            sender_phone=sender_phone,
            sender_email=sender_email,
            return_parcel=return_parcel,
        )

        label_create.additional_properties = d
        return label_create

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
