from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier import Carrier
    from ..models.country import Country
    from ..models.status import Status
    from ..models.tag import Tag
    from ..models.warehouse import Warehouse


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """A parcel of an order.

    Attributes:
        id (int): The shipment's id inside Seven Senders. Example: 987654321.
        shop_order_id (str): Reference of the order (in the shop's system) the shipment belongs to. Example:
            order123456.
        carrier_service (str | Unset): Service level booked with the carrier. Example: standard.
        warehouse_address (str | Unset): Address of the warehouse that ships the parcel. Example: Kochhannstrasse 38
            10249 Berlin.
        tracking_code (None | str | Unset): The carrier's tracking number. Example: trackingNumber123.
        customer_first_name (str | Unset):  Example: David.
        customer_last_name (str | Unset):  Example: Hasselhoff.
        customer_name (str | Unset): First and last name together. Example: David Hasselhoff.
        customer_email (str | Unset):  Example: david.hasselhoff@sevensenders.com.
        customer_address (str | Unset):  Example: Schwedter Str. 36 A.
        customer_address_zip_code (str | Unset):  Example: 10435.
        customer_address_city (None | str | Unset):  Example: Berlin.
        customer_phone (str | Unset):  Example: +4917680102975.
        customer_company (None | str | Unset): Company name of the delivery address. Example: Seven Senders.
        customer_address_country (Country | None | Unset):
        return_parcel (bool | Unset): True for a return shipment.
        pickup_point_selected (bool | Unset): True when the delivery address is a pick-up point.
        weight (float | Unset): Parcel weight in kilograms. Example: 1.12.
        planned_pickup_datetime (None | str | Unset): When the carrier is expected to collect the parcel at the
            warehouse.
        comment (None | str | Unset): The customer's delivery instructions. Example: Please be careful!.
        carrier (Carrier | Unset): The carrier delivering a shipment.
        warehouse (Warehouse | Unset): The warehouse that handled a shipment.
        reference_number (None | str | Unset): The shop's own reference for the parcel, used while the carrier has not
            issued a tracking number yet. Example: referenceNumber123456.
        shipment_tag (list[Tag] | Unset):
        shipment_status_history (list[Status] | Unset): Every carrier status the parcel has had.
        trackable (bool | Unset): Whether the parcel can be tracked.
    """

    id: int
    shop_order_id: str
    carrier_service: str | Unset = UNSET
    warehouse_address: str | Unset = UNSET
    tracking_code: None | str | Unset = UNSET
    customer_first_name: str | Unset = UNSET
    customer_last_name: str | Unset = UNSET
    customer_name: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_address: str | Unset = UNSET
    customer_address_zip_code: str | Unset = UNSET
    customer_address_city: None | str | Unset = UNSET
    customer_phone: str | Unset = UNSET
    customer_company: None | str | Unset = UNSET
    customer_address_country: Country | None | Unset = UNSET
    return_parcel: bool | Unset = UNSET
    pickup_point_selected: bool | Unset = UNSET
    weight: float | Unset = UNSET
    planned_pickup_datetime: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    carrier: Carrier | Unset = UNSET
    warehouse: Warehouse | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    shipment_tag: list[Tag] | Unset = UNSET
    shipment_status_history: list[Status] | Unset = UNSET
    trackable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.country import Country  # noqa: PLC0415

        id = self.id

        shop_order_id = self.shop_order_id

        carrier_service = self.carrier_service

        warehouse_address = self.warehouse_address

        tracking_code: None | str | Unset
        if isinstance(self.tracking_code, Unset):
            tracking_code = UNSET
        else:
            tracking_code = self.tracking_code

        customer_first_name = self.customer_first_name

        customer_last_name = self.customer_last_name

        customer_name = self.customer_name

        customer_email = self.customer_email

        customer_address = self.customer_address

        customer_address_zip_code = self.customer_address_zip_code

        customer_address_city: None | str | Unset
        if isinstance(self.customer_address_city, Unset):
            customer_address_city = UNSET
        else:
            customer_address_city = self.customer_address_city

        customer_phone = self.customer_phone

        customer_company: None | str | Unset
        if isinstance(self.customer_company, Unset):
            customer_company = UNSET
        else:
            customer_company = self.customer_company

        customer_address_country: dict[str, Any] | None | Unset
        if isinstance(self.customer_address_country, Unset):
            customer_address_country = UNSET
        elif isinstance(self.customer_address_country, Country):
            customer_address_country = self.customer_address_country.to_dict()
        else:
            customer_address_country = self.customer_address_country

        return_parcel = self.return_parcel

        pickup_point_selected = self.pickup_point_selected

        weight = self.weight

        planned_pickup_datetime: None | str | Unset
        if isinstance(self.planned_pickup_datetime, Unset):
            planned_pickup_datetime = UNSET
        else:
            planned_pickup_datetime = self.planned_pickup_datetime

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        warehouse: dict[str, Any] | Unset = UNSET
        if not isinstance(self.warehouse, Unset):
            warehouse = self.warehouse.to_dict()

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        shipment_tag: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_tag, Unset):
            shipment_tag = []
            for shipment_tag_item_data in self.shipment_tag:
                shipment_tag_item = shipment_tag_item_data.to_dict()
                shipment_tag.append(shipment_tag_item)

        shipment_status_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipment_status_history, Unset):
            shipment_status_history = []
            for shipment_status_history_item_data in self.shipment_status_history:
                shipment_status_history_item = shipment_status_history_item_data.to_dict()
                shipment_status_history.append(shipment_status_history_item)

        trackable = self.trackable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "shop_order_id": shop_order_id,
            }
        )
        if carrier_service is not UNSET:
            field_dict["carrier_service"] = carrier_service
        if warehouse_address is not UNSET:
            field_dict["warehouse_address"] = warehouse_address
        if tracking_code is not UNSET:
            field_dict["tracking_code"] = tracking_code
        if customer_first_name is not UNSET:
            field_dict["customer_first_name"] = customer_first_name
        if customer_last_name is not UNSET:
            field_dict["customer_last_name"] = customer_last_name
        if customer_name is not UNSET:
            field_dict["customer_name"] = customer_name
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
        if customer_address_country is not UNSET:
            field_dict["customer_address_country"] = customer_address_country
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
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if shipment_tag is not UNSET:
            field_dict["shipment_tag"] = shipment_tag
        if shipment_status_history is not UNSET:
            field_dict["shipment_status_history"] = shipment_status_history
        if trackable is not UNSET:
            field_dict["trackable"] = trackable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.carrier import Carrier  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.status import Status  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415
        from ..models.warehouse import Warehouse  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        shop_order_id = d.pop("shop_order_id")

        carrier_service = d.pop("carrier_service", UNSET)

        warehouse_address = d.pop("warehouse_address", UNSET)

        def _parse_tracking_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_code = _parse_tracking_code(d.pop("tracking_code", UNSET))

        customer_first_name = d.pop("customer_first_name", UNSET)

        customer_last_name = d.pop("customer_last_name", UNSET)

        customer_name = d.pop("customer_name", UNSET)

        customer_email = d.pop("customer_email", UNSET)

        customer_address = d.pop("customer_address", UNSET)

        customer_address_zip_code = d.pop("customer_address_zip_code", UNSET)

        def _parse_customer_address_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_address_city = _parse_customer_address_city(d.pop("customer_address_city", UNSET))

        customer_phone = d.pop("customer_phone", UNSET)

        def _parse_customer_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_company = _parse_customer_company(d.pop("customer_company", UNSET))

        def _parse_customer_address_country(data: object) -> Country | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_address_country_type_0 = Country.from_dict(data)

                return customer_address_country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | None | Unset, data)

        customer_address_country = _parse_customer_address_country(d.pop("customer_address_country", UNSET))

        return_parcel = d.pop("return_parcel", UNSET)

        pickup_point_selected = d.pop("pickup_point_selected", UNSET)

        weight = d.pop("weight", UNSET)

        def _parse_planned_pickup_datetime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_pickup_datetime = _parse_planned_pickup_datetime(d.pop("planned_pickup_datetime", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        _carrier = d.pop("carrier", UNSET)
        carrier: Carrier | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = Carrier.from_dict(_carrier)

        _warehouse = d.pop("warehouse", UNSET)
        warehouse: Warehouse | Unset
        if isinstance(_warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = Warehouse.from_dict(_warehouse)

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("reference_number", UNSET))

        _shipment_tag = d.pop("shipment_tag", UNSET)
        shipment_tag: list[Tag] | Unset = UNSET
        if _shipment_tag is not UNSET:
            shipment_tag = []
            for shipment_tag_item_data in _shipment_tag:
                shipment_tag_item = Tag.from_dict(shipment_tag_item_data)

                shipment_tag.append(shipment_tag_item)

        _shipment_status_history = d.pop("shipment_status_history", UNSET)
        shipment_status_history: list[Status] | Unset = UNSET
        if _shipment_status_history is not UNSET:
            shipment_status_history = []
            for shipment_status_history_item_data in _shipment_status_history:
                shipment_status_history_item = Status.from_dict(shipment_status_history_item_data)

                shipment_status_history.append(shipment_status_history_item)

        trackable = d.pop("trackable", UNSET)

        shipment = cls(
            id=id,
            shop_order_id=shop_order_id,
            carrier_service=carrier_service,
            warehouse_address=warehouse_address,
            tracking_code=tracking_code,
            customer_first_name=customer_first_name,
            customer_last_name=customer_last_name,
            customer_name=customer_name,
            customer_email=customer_email,
            customer_address=customer_address,
            customer_address_zip_code=customer_address_zip_code,
            customer_address_city=customer_address_city,
            customer_phone=customer_phone,
            customer_company=customer_company,
            customer_address_country=customer_address_country,
            return_parcel=return_parcel,
            pickup_point_selected=pickup_point_selected,
            weight=weight,
            planned_pickup_datetime=planned_pickup_datetime,
            comment=comment,
            carrier=carrier,
            warehouse=warehouse,
            reference_number=reference_number,
            shipment_tag=shipment_tag,
            shipment_status_history=shipment_status_history,
            trackable=trackable,
        )

        shipment.additional_properties = d
        return shipment

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
