from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """The price of an article in one price list, from a minimum quantity on.

    Attributes:
        list_id (int | Unset): Price list id. Can only be set when the price is created.
        list_external_id (str | Unset): External id of the price list.
        article_id (str | Unset): Article the price is for. Can only be set when the price is created.
        from_quantity (float | Unset): Smallest quantity the price applies to. Can only be set when the price is
            created. Default: 0.0.
        price (float | None | Unset): The price; sending null removes it. Default: 0.0.
    """

    list_id: int | Unset = UNSET
    list_external_id: str | Unset = UNSET
    article_id: str | Unset = UNSET
    from_quantity: float | Unset = 0.0
    price: float | None | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        list_external_id = self.list_external_id

        article_id = self.article_id

        from_quantity = self.from_quantity

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if list_external_id is not UNSET:
            field_dict["listExternalId"] = list_external_id
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if from_quantity is not UNSET:
            field_dict["fromQuantity"] = from_quantity
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("listId", UNSET)

        list_external_id = d.pop("listExternalId", UNSET)

        article_id = d.pop("articleId", UNSET)

        from_quantity = d.pop("fromQuantity", UNSET)

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        price = cls(
            list_id=list_id,
            list_external_id=list_external_id,
            article_id=article_id,
            from_quantity=from_quantity,
            price=price,
        )

        price.additional_properties = d
        return price

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
