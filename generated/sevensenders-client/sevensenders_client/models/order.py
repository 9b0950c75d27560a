from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.language_code import LanguageCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_tag import OrderTag


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order stored in the account.

    Attributes:
        id (int | str): The order's id inside Seven Senders; the path parameter of get, update and delete. Example:
            4417096.
        order_id (str): The order reference in the shop's own system. Example: order123456.
        order_date (datetime.datetime):  Example: 2017-08-15T16:53:07+01:00.
        order_url (None | str | Unset):  Example: https://www.example.com.
        boarding_complete (bool | None | Unset): Null counts as true when Seven Senders decides whether the order is
            completed.
        language (LanguageCode | None | Unset):
        order_tags (list[OrderTag] | None | Unset): The order's tags, as name/content pairs.
        promised_delivery_date (datetime.datetime | None | Unset):  Example: 2017-08-19T05:45:00+01:00.
        state (str | Unset): The current state: one of the reportable states or a state Seven Senders sets itself, such
            as shipped or completed. Example: new.
    """

    id: int | str
    order_id: str
    order_date: datetime.datetime
    order_url: None | str | Unset = UNSET
    boarding_complete: bool | None | Unset = UNSET
    language: LanguageCode | None | Unset = UNSET
    order_tags: list[OrderTag] | None | Unset = UNSET
    promised_delivery_date: datetime.datetime | None | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        order_id = self.order_id

        order_date = self.order_date.isoformat()

        order_url: None | str | Unset
        if isinstance(self.order_url, Unset):
            order_url = UNSET
        else:
            order_url = self.order_url

        boarding_complete: bool | None | Unset
        if isinstance(self.boarding_complete, Unset):
            boarding_complete = UNSET
        else:
            boarding_complete = self.boarding_complete

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, LanguageCode):
            language = self.language.value
        else:
            language = self.language

        order_tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_tags, Unset):
            order_tags = UNSET
        elif isinstance(self.order_tags, list):
            order_tags = []
            for order_tags_type_0_item_data in self.order_tags:
                order_tags_type_0_item = order_tags_type_0_item_data.to_dict()
                order_tags.append(order_tags_type_0_item)

        else:
            order_tags = self.order_tags

        promised_delivery_date: None | str | Unset
        if isinstance(self.promised_delivery_date, Unset):
            promised_delivery_date = UNSET
        elif isinstance(self.promised_delivery_date, datetime.datetime):
            promised_delivery_date = self.promised_delivery_date.isoformat()
        else:
            promised_delivery_date = self.promised_delivery_date

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_tag import OrderTag  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        order_id = d.pop("order_id")

        order_date = datetime.datetime.fromisoformat(d.pop("order_date"))

        def _parse_order_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_url = _parse_order_url(d.pop("order_url", UNSET))

        def _parse_boarding_complete(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        boarding_complete = _parse_boarding_complete(d.pop("boarding_complete", UNSET))

        def _parse_language(data: object) -> LanguageCode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = LanguageCode._read(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LanguageCode | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_order_tags(data: object) -> list[OrderTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_tags_type_0 = []
                _order_tags_type_0 = data
                for order_tags_type_0_item_data in _order_tags_type_0:
                    order_tags_type_0_item = OrderTag.from_dict(order_tags_type_0_item_data)

                    order_tags_type_0.append(order_tags_type_0_item)

                return order_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderTag] | None | Unset, data)

        order_tags = _parse_order_tags(d.pop("order_tags", UNSET))

        def _parse_promised_delivery_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promised_delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return promised_delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        promised_delivery_date = _parse_promised_delivery_date(d.pop("promised_delivery_date", UNSET))

        state = d.pop("state", UNSET)

        order = cls(
            id=id,
            order_id=order_id,
            order_date=order_date,
            order_url=order_url,
            boarding_complete=boarding_complete,
            language=language,
            order_tags=order_tags,
            promised_delivery_date=promised_delivery_date,
            state=state,
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
