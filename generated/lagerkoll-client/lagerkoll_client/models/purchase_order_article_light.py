from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderArticleLight")


@_attrs_define
class PurchaseOrderArticleLight:
    """An article and quantity to order, used when creating purchase orders from customer or production orders.

    Attributes:
        article_id (str): The article to order.
        ordered_amount (float | Unset): Quantity to order.
        store_id (int | Unset): Store the article is ordered for.
    """

    article_id: str
    ordered_amount: float | Unset = UNSET
    store_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        ordered_amount = self.ordered_amount

        store_id = self.store_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "articleId": article_id,
            }
        )
        if ordered_amount is not UNSET:
            field_dict["orderedAmount"] = ordered_amount
        if store_id is not UNSET:
            field_dict["storeId"] = store_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("articleId")

        ordered_amount = d.pop("orderedAmount", UNSET)

        store_id = d.pop("storeId", UNSET)

        purchase_order_article_light = cls(
            article_id=article_id,
            ordered_amount=ordered_amount,
            store_id=store_id,
        )

        purchase_order_article_light.additional_properties = d
        return purchase_order_article_light

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
