from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_article_light import PurchaseOrderArticleLight


T = TypeVar("T", bound="PurchaseOrderLight")


@_attrs_define
class PurchaseOrderLight:
    """Which articles of a customer order to order from suppliers.

    Attributes:
        customer_order_id (int | Unset): The customer order.
        articles (list[PurchaseOrderArticleLight] | Unset): The articles and quantities to order.
    """

    customer_order_id: int | Unset = UNSET
    articles: list[PurchaseOrderArticleLight] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_order_id = self.customer_order_id

        articles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = []
            for articles_item_data in self.articles:
                articles_item = articles_item_data.to_dict()
                articles.append(articles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_order_id is not UNSET:
            field_dict["customerOrderId"] = customer_order_id
        if articles is not UNSET:
            field_dict["articles"] = articles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_article_light import PurchaseOrderArticleLight  # noqa: PLC0415

        d = dict(src_dict)
        customer_order_id = d.pop("customerOrderId", UNSET)

        _articles = d.pop("articles", UNSET)
        articles: list[PurchaseOrderArticleLight] | Unset = UNSET
        if _articles is not UNSET:
            articles = []
            for articles_item_data in _articles:
                articles_item = PurchaseOrderArticleLight.from_dict(articles_item_data)

                articles.append(articles_item)

        purchase_order_light = cls(
            customer_order_id=customer_order_id,
            articles=articles,
        )

        purchase_order_light.additional_properties = d
        return purchase_order_light

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
