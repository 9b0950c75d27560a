from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.carrier_service import CarrierService
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier_ref import CarrierRef
    from ..models.order_create import OrderCreate
    from ..models.shipment_tags import ShipmentTags


T = TypeVar("T", bound="ShipmentCreate")


@_attrs_define
class ShipmentCreate:
    """A parcel of an order. Needs `tracking_code` or `reference_number` (or both); fields not listed here are passed
    through.

        Attributes:
            order_id (str): Shop reference of the order the parcel belongs to. Example: order123456.
            carrier (CarrierRef): A carrier and the country of its injection hub.
            recipient_first_name (str):  Example: David.
            recipient_last_name (str):  Example: Hasselhoff.
            recipient_email (str):  Example: david.hasselhoff@sevensenders.com.
            recipient_address (str): Street address on one line (no line breaks). Example: Schwedter Str. 36 A.
            order (OrderCreate | Unset): A new order.
            tracking_code (str | Unset): The carrier's tracking number. Example: trackingNumber123.
            reference_number (str | Unset): The shop's unique reference for the parcel, for carriers that issue tracking
                numbers late. Example: referenceNumber123456.
            reference_number_2 (str | Unset): A second reference.
            local_delivery (bool | Unset): Delivered by a local courier; the order then needs a promised_delivery_date.
            goods_value (float | Unset): Value of the goods, with at most two decimals. Example: 49.99.
            goods_value_currency (str | Unset): ISO 4217 currency of goods_value. Example: EUR.
            cod_reference (str | Unset): Cash-on-delivery reference.
            carrier_service (CarrierService | Unset): Service level booked with the carrier.
            planned_pickup_datetime (datetime.datetime | Unset): When the carrier is expected to collect the parcel.
            warehouse_address (str | Unset): Address of the shipping warehouse.
            warehouse (str | Unset): Warehouse code assigned by Seven Senders.
            pickup_point_selected (bool | Unset): The recipient address is a pick-up point.
            comment (str | Unset): Delivery instructions of the recipient.
            shipment_tag (ShipmentTags | Unset): Free tags of a parcel as name/value pairs.
            return_parcel (bool | Unset): True for a return shipment.
    """

    order_id: str
    carrier: CarrierRef
    recipient_first_name: str
    recipient_last_name: str
    recipient_email: str
    recipient_address: str
    order: OrderCreate | Unset = UNSET
    tracking_code: str | Unset = UNSET
    reference_number: str | Unset = UNSET
    reference_number_2: str | Unset = UNSET
    local_delivery: bool | Unset = UNSET
    goods_value: float | Unset = UNSET
    goods_value_currency: str | Unset = UNSET
    cod_reference: str | Unset = UNSET
    carrier_service: CarrierService | Unset = UNSET
    planned_pickup_datetime: datetime.datetime | Unset = UNSET
    warehouse_address: str | Unset = UNSET
    warehouse: str | Unset = UNSET
    pickup_point_selected: bool | Unset = UNSET
    comment: str | Unset = UNSET
    shipment_tag: ShipmentTags | Unset = UNSET
    return_parcel: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        carrier = self.carrier.to_dict()

        recipient_first_name = self.recipient_first_name

        recipient_last_name = self.recipient_last_name

        recipient_email = self.recipient_email

        recipient_address = self.recipient_address

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        tracking_code = self.tracking_code

        reference_number = self.reference_number

        reference_number_2 = self.reference_number_2

        local_delivery = self.local_delivery

        goods_value = self.goods_value

        goods_value_currency = self.goods_value_currency

        cod_reference = self.cod_reference

        carrier_service: str | Unset = UNSET
        if not isinstance(self.carrier_service, Unset):
            carrier_service = self.carrier_service.value

        planned_pickup_datetime: str | Unset = UNSET
        if not isinstance(self.planned_pickup_datetime, Unset):
            planned_pickup_datetime = self.planned_pickup_datetime.isoformat()

        warehouse_address = self.warehouse_address

        warehouse = self.warehouse

        pickup_point_selected = self.pickup_point_selected

        comment = self.comment

        shipment_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipment_tag, Unset):
            shipment_tag = self.shipment_tag.to_dict()

        return_parcel = self.return_parcel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "carrier": carrier,
                "recipient_first_name": recipient_first_name,
                "recipient_last_name": recipient_last_name,
                "recipient_email": recipient_email,
                "recipient_address": recipient_address,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order
        if tracking_code is not UNSET:
            field_dict["tracking_code"] = tracking_code
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if reference_number_2 is not UNSET:
            field_dict["reference_number_2"] = reference_number_2
        if local_delivery is not UNSET:
            field_dict["local_delivery"] = local_delivery
        if goods_value is not UNSET:
            field_dict["goods_value"] = goods_value
        if goods_value_currency is not UNSET:
            field_dict["goods_value_currency"] = goods_value_currency
        if cod_reference is not UNSET:
            field_dict["cod_reference"] = cod_reference
        if carrier_service is not UNSET:
            field_dict["carrier_service"] = carrier_service
        if planned_pickup_datetime is not UNSET:
            field_dict["planned_pickup_datetime"] = planned_pickup_datetime
        if warehouse_address is not UNSET:
            field_dict["warehouse_address"] = warehouse_address
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if pickup_point_selected is not UNSET:
            field_dict["pickup_point_selected"] = pickup_point_selected
        if comment is not UNSET:
            field_dict["comment"] = comment
        if shipment_tag is not UNSET:
            field_dict["shipment_tag"] = shipment_tag
        if return_parcel is not UNSET:
            field_dict["return_parcel"] = return_parcel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.carrier_ref import CarrierRef  # noqa: PLC0415
        from ..models.order_create import OrderCreate  # noqa: PLC0415
        from ..models.shipment_tags import ShipmentTags  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("order_id")

        carrier = CarrierRef.from_dict(d.pop("carrier"))

        recipient_first_name = d.pop("recipient_first_name")

        recipient_last_name = d.pop("recipient_last_name")

        recipient_email = d.pop("recipient_email")

        recipient_address = d.pop("recipient_address")

        _order = d.pop("order", UNSET)
        order: OrderCreate | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = OrderCreate.from_dict(_order)

        tracking_code = d.pop("tracking_code", UNSET)

        reference_number = d.pop("reference_number", UNSET)

        reference_number_2 = d.pop("reference_number_2", UNSET)

        local_delivery = d.pop("local_delivery", UNSET)

        goods_value = d.pop("goods_value", UNSET)

        goods_value_currency = d.pop("goods_value_currency", UNSET)

        cod_reference = d.pop("cod_reference", UNSET)

        _carrier_service = d.pop("carrier_service", UNSET)
        carrier_service: CarrierService | Unset
        if isinstance(_carrier_service, Unset):
            carrier_service = UNSET
        else:
            carrier_service = CarrierService._read(_carrier_service)

        _planned_pickup_datetime = d.pop("planned_pickup_datetime", UNSET)
        planned_pickup_datetime: datetime.datetime | Unset
        if isinstance(_planned_pickup_datetime, Unset):
            planned_pickup_datetime = UNSET
        else:
            planned_pickup_datetime = datetime.datetime.fromisoformat(_planned_pickup_datetime)

        warehouse_address = d.pop("warehouse_address", UNSET)

        warehouse = d.pop("warehouse", UNSET)

        pickup_point_selected = d.pop("pickup_point_selected", UNSET)

        comment = d.pop("comment", UNSET)

        _shipment_tag = d.pop("shipment_tag", UNSET)
        shipment_tag: ShipmentTags | Unset
        if isinstance(_shipment_tag, Unset):
            shipment_tag = UNSET
        else:
            shipment_tag = ShipmentTags.from_dict(_shipment_tag)

        return_parcel = d.pop("return_parcel", UNSET)

        shipment_create = cls(
            order_id=order_id,
            carrier=carrier,
            recipient_first_name=recipient_first_name,
            recipient_last_name=recipient_last_name,
            recipient_email=recipient_email,
            recipient_address=recipient_address,
            order=order,
            tracking_code=tracking_code,
            reference_number=reference_number,
            reference_number_2=reference_number_2,
            local_delivery=local_delivery,
            goods_value=goods_value,
            goods_value_currency=goods_value_currency,
            cod_reference=cod_reference,
            carrier_service=carrier_service,
            planned_pickup_datetime=planned_pickup_datetime,
            warehouse_address=warehouse_address,
            warehouse=warehouse,
            pickup_point_selected=pickup_point_selected,
            comment=comment,
            shipment_tag=shipment_tag,
            return_parcel=return_parcel,
        )

        shipment_create.additional_properties = d
        return shipment_create

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
