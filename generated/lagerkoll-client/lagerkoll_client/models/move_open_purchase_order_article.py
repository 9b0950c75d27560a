from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MoveOpenPurchaseOrderArticle")


@_attrs_define
class MoveOpenPurchaseOrderArticle:
    """An article to move from the open purchase order to a purchase order, with quantity, price and (for a bundle) its
    parts.

        Attributes:
            article_id (str): The article to move.
            supplier_id (int): Supplier to order the article from.
            order_id (int | None): Target purchase order; null for a new purchase order.
            amount (float): Quantity to move.
            price (float): Purchase price on the target order.
            bundle_parts (list[MoveOpenPurchaseOrderArticle] | Unset): The parts of a bundled article, each moved the same
                way; needed only for bundled articles.
    """

    article_id: str
    supplier_id: int
    order_id: int | None
    amount: float
    price: float
    bundle_parts: list[MoveOpenPurchaseOrderArticle] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        supplier_id = self.supplier_id

        order_id: int | None
        order_id = self.order_id

        amount = self.amount

        price = self.price

        bundle_parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bundle_parts, Unset):
            bundle_parts = []
            for bundle_parts_item_data in self.bundle_parts:
                bundle_parts_item = bundle_parts_item_data.to_dict()
                bundle_parts.append(bundle_parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "articleId": article_id,
                "supplierId": supplier_id,
                "orderId": order_id,
                "amount": amount,
                "price": price,
            }
        )
        if bundle_parts is not UNSET:
            field_dict["bundleParts"] = bundle_parts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("articleId")

        supplier_id = d.pop("supplierId")

        def _parse_order_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        order_id = _parse_order_id(d.pop("orderId"))

        amount = d.pop("amount")

        price = d.pop("price")

        _bundle_parts = d.pop("bundleParts", UNSET)
        bundle_parts: list[MoveOpenPurchaseOrderArticle] | Unset = UNSET
        if _bundle_parts is not UNSET:
            bundle_parts = []
            for bundle_parts_item_data in _bundle_parts:
                bundle_parts_item = MoveOpenPurchaseOrderArticle.from_dict(bundle_parts_item_data)

                bundle_parts.append(bundle_parts_item)

        move_open_purchase_order_article = cls(
            article_id=article_id,
            supplier_id=supplier_id,
            order_id=order_id,
            amount=amount,
            price=price,
            bundle_parts=bundle_parts,
        )

        move_open_purchase_order_article.additional_properties = d
        return move_open_purchase_order_article

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
