from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shipment import Shipment
    from ..models.state import State
    from ..models.tag import Tag


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as stored in the Seven Senders account.

    Attributes:
        id (int): The order's id inside Seven Senders. Example: 123456789.
        shop_order_id (str): The order reference in the shop's own system. Example: order123456.
        shop_order_date (str): An ISO 8601 date-time with seconds and a UTC offset, the offset written with or without a
            colon (`2017-08-10T05:45:00+0000`, `2017-08-15T16:53:07+01:00`) or as `Z`.
        shop_order_url (None | str | Unset): The shop website the order was placed on. Example: https://www.7s.com.
        minimum_numbers_of_shipments (int | Unset): How many shipments are expected for this order. Example: 1.
        boarding_complete (bool | None | Unset): True once every shipment of the order has been created in Seven
            Senders.
        shipments (list[Shipment] | Unset): The shipments linked to the order.
        states_history (list[State] | Unset): Every state the order has been in.
        state (str | Unset): The order's current state, e.g. new, paid, in_production, in_preparation, shipped,
            completed, refunded. Example: completed.
        language (None | str | Unset):
        order_tags (list[Tag] | Unset): Tags that segment the order.
        promised_delivery_date (None | str | Unset): The delivery date promised to the customer.
        tracking_page_url (None | str | Unset): Deprecated by the vendor. The public tracking page of the order.
            Example: https://hasselhoff.tracking.7senders.com/#/order/order123456.
        days_from_status_changed (int | Unset): Days since the order's state last changed. Example: 3.
    """

    id: int
    shop_order_id: str
    shop_order_date: str
    shop_order_url: None | str | Unset = UNSET
    minimum_numbers_of_shipments: int | Unset = UNSET
    boarding_complete: bool | None | Unset = UNSET
    shipments: list[Shipment] | Unset = UNSET
    states_history: list[State] | Unset = UNSET
    state: str | Unset = UNSET
    language: None | str | Unset = UNSET
    order_tags: list[Tag] | Unset = UNSET
    promised_delivery_date: None | str | Unset = UNSET
    tracking_page_url: None | str | Unset = UNSET
    days_from_status_changed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        shop_order_id = self.shop_order_id

        shop_order_date = self.shop_order_date

        shop_order_url: None | str | Unset
        if isinstance(self.shop_order_url, Unset):
            shop_order_url = UNSET
        else:
            shop_order_url = self.shop_order_url

        minimum_numbers_of_shipments = self.minimum_numbers_of_shipments

        boarding_complete: bool | None | Unset
        if isinstance(self.boarding_complete, Unset):
            boarding_complete = UNSET
        else:
            boarding_complete = self.boarding_complete

        shipments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipments, Unset):
            shipments = []
            for shipments_item_data in self.shipments:
                shipments_item = shipments_item_data.to_dict()
                shipments.append(shipments_item)

        states_history: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.states_history, Unset):
            states_history = []
            for states_history_item_data in self.states_history:
                states_history_item = states_history_item_data.to_dict()
                states_history.append(states_history_item)

        state = self.state

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        order_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_tags, Unset):
            order_tags = []
            for order_tags_item_data in self.order_tags:
                order_tags_item = order_tags_item_data.to_dict()
                order_tags.append(order_tags_item)

        promised_delivery_date: None | str | Unset
        if isinstance(self.promised_delivery_date, Unset):
            promised_delivery_date = UNSET
        else:
            promised_delivery_date = self.promised_delivery_date

        tracking_page_url: None | str | Unset
        if isinstance(self.tracking_page_url, Unset):
            tracking_page_url = UNSET
        else:
            tracking_page_url = self.tracking_page_url

        days_from_status_changed = self.days_from_status_changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "shop_order_id": shop_order_id,
                "shop_order_date": shop_order_date,
            }
        )
        if shop_order_url is not UNSET:
            field_dict["shop_order_url"] = shop_order_url
        if minimum_numbers_of_shipments is not UNSET:
            field_dict["minimum_numbers_of_shipments"] = minimum_numbers_of_shipments
        if boarding_complete is not UNSET:
            field_dict["boarding_complete"] = boarding_complete
        if shipments is not UNSET:
            field_dict["shipments"] = shipments
        if states_history is not UNSET:
            field_dict["states_history"] = states_history
        if state is not UNSET:
            field_dict["state"] = state
        if language is not UNSET:
            field_dict["language"] = language
        if order_tags is not UNSET:
            field_dict["order_tags"] = order_tags
        if promised_delivery_date is not UNSET:
            field_dict["promised_delivery_date"] = promised_delivery_date
        if tracking_page_url is not UNSET:
            field_dict["tracking_page_url"] = tracking_page_url
        if days_from_status_changed is not UNSET:
            field_dict["daysFromStatusChanged"] = days_from_status_changed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shipment import Shipment  # noqa: PLC0415
        from ..models.state import State  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        shop_order_id = d.pop("shop_order_id")

        shop_order_date = d.pop("shop_order_date")

        def _parse_shop_order_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shop_order_url = _parse_shop_order_url(d.pop("shop_order_url", UNSET))

        minimum_numbers_of_shipments = d.pop("minimum_numbers_of_shipments", UNSET)

        def _parse_boarding_complete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        boarding_complete = _parse_boarding_complete(d.pop("boarding_complete", UNSET))

        _shipments = d.pop("shipments", UNSET)
        shipments: list[Shipment] | Unset = UNSET
        if _shipments is not UNSET:
            shipments = []
            for shipments_item_data in _shipments:
                shipments_item = Shipment.from_dict(shipments_item_data)

                shipments.append(shipments_item)

        _states_history = d.pop("states_history", UNSET)
        states_history: list[State] | Unset = UNSET
        if _states_history is not UNSET:
            states_history = []
            for states_history_item_data in _states_history:
                states_history_item = State.from_dict(states_history_item_data)

                states_history.append(states_history_item)

        state = d.pop("state", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        _order_tags = d.pop("order_tags", UNSET)
        order_tags: list[Tag] | Unset = UNSET
        if _order_tags is not UNSET:
            order_tags = []
            for order_tags_item_data in _order_tags:
                order_tags_item = Tag.from_dict(order_tags_item_data)

                order_tags.append(order_tags_item)

        def _parse_promised_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        promised_delivery_date = _parse_promised_delivery_date(d.pop("promised_delivery_date", UNSET))

        def _parse_tracking_page_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_page_url = _parse_tracking_page_url(d.pop("tracking_page_url", UNSET))

        days_from_status_changed = d.pop("daysFromStatusChanged", UNSET)

        order = cls(
            id=id,
            shop_order_id=shop_order_id,
            shop_order_date=shop_order_date,
            shop_order_url=shop_order_url,
            minimum_numbers_of_shipments=minimum_numbers_of_shipments,
            boarding_complete=boarding_complete,
            shipments=shipments,
            states_history=states_history,
            state=state,
            language=language,
            order_tags=order_tags,
            promised_delivery_date=promised_delivery_date,
            tracking_page_url=tracking_page_url,
            days_from_status_changed=days_from_status_changed,
        )

        order.additional_properties = d
        return order

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
