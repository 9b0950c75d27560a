from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePurchaseOrderArticle")


@_attrs_define
class CreatePurchaseOrderArticle:
    """A purchase-order row to turn into a new article.

    Attributes:
        article_id (str): Id for the new article; must not exist yet.
        id (int | Unset): Id of the purchase-order row.
        article_name (str | Unset): Name of the new article.
        supplier_article_id (str | Unset): The supplier's id for the article.
        order_id (int | Unset): Id of the purchase order the row is on.
        delivered_amount (float | Unset): Delivered quantity of the row; becomes the new article's initial stock.
        purchase_price (float | Unset): Purchase price.
        unit (str | Unset): Unit of the new article.
    """

    article_id: str
    id: int | Unset = UNSET
    article_name: str | Unset = UNSET
    supplier_article_id: str | Unset = UNSET
    order_id: int | Unset = UNSET
    delivered_amount: float | Unset = UNSET
    purchase_price: float | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        id = self.id

        article_name = self.article_name

        supplier_article_id = self.supplier_article_id

        order_id = self.order_id

        delivered_amount = self.delivered_amount

        purchase_price = self.purchase_price

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "articleId": article_id,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if article_name is not UNSET:
            field_dict["articleName"] = article_name
        if supplier_article_id is not UNSET:
            field_dict["supplierArticleId"] = supplier_article_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if delivered_amount is not UNSET:
            field_dict["deliveredAmount"] = delivered_amount
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("articleId")

        id = d.pop("id", UNSET)

        article_name = d.pop("articleName", UNSET)

        supplier_article_id = d.pop("supplierArticleId", UNSET)

        order_id = d.pop("orderId", UNSET)

        delivered_amount = d.pop("deliveredAmount", UNSET)

        purchase_price = d.pop("purchasePrice", UNSET)

        unit = d.pop("unit", UNSET)

        create_purchase_order_article = cls(
            article_id=article_id,
            id=id,
            article_name=article_name,
            supplier_article_id=supplier_article_id,
            order_id=order_id,
            delivered_amount=delivered_amount,
            purchase_price=purchase_price,
            unit=unit,
        )

        create_purchase_order_article.additional_properties = d
        return create_purchase_order_article

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
