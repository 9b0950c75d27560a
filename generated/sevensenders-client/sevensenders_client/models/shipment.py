from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier_ref import CarrierRef


T = TypeVar("T", bound="Shipment")


@_attrs_define
class Shipment:
    """A created shipment.

    Attributes:
        id (int | Unset): The shipment's id inside Seven Senders. Example: 123456789.
        order_id (str | Unset):  Example: order123456.
        tracking_code (None | str | Unset):  Example: trackingNumber123.
        reference_number (None | str | Unset):  Example: referenceNumber123456.
        carrier (CarrierRef | Unset): A carrier and the country of its injection hub.
        carrier_service (None | str | Unset):  Example: standard.
    """

    id: int | Unset = UNSET
    order_id: str | Unset = UNSET
    tracking_code: None | str | Unset = UNSET
    reference_number: None | str | Unset = UNSET
    carrier: CarrierRef | Unset = UNSET
    carrier_service: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        tracking_code: None | str | Unset
        if isinstance(self.tracking_code, Unset):
            tracking_code = UNSET
        else:
            tracking_code = self.tracking_code

        reference_number: None | str | Unset
        if isinstance(self.reference_number, Unset):
            reference_number = UNSET
        else:
            reference_number = self.reference_number

        carrier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier, Unset):
            carrier = self.carrier.to_dict()

        carrier_service: None | str | Unset
        if isinstance(self.carrier_service, Unset):
            carrier_service = UNSET
        else:
            carrier_service = self.carrier_service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if tracking_code is not UNSET:
            field_dict["tracking_code"] = tracking_code
        if reference_number is not UNSET:
            field_dict["reference_number"] = reference_number
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if carrier_service is not UNSET:
            field_dict["carrier_service"] = carrier_service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.carrier_ref import CarrierRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        order_id = d.pop("order_id", UNSET)

        def _parse_tracking_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_code = _parse_tracking_code(d.pop("tracking_code", UNSET))

        def _parse_reference_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_number = _parse_reference_number(d.pop("reference_number", UNSET))

        _carrier = d.pop("carrier", UNSET)
        carrier: CarrierRef | Unset
        if isinstance(_carrier, Unset):
            carrier = UNSET
        else:
            carrier = CarrierRef.from_dict(_carrier)

        def _parse_carrier_service(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        carrier_service = _parse_carrier_service(d.pop("carrier_service", UNSET))

        shipment = cls(
            id=id,
            order_id=order_id,
            tracking_code=tracking_code,
            reference_number=reference_number,
            carrier=carrier,
            carrier_service=carrier_service,
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
