from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyProduct")


@_attrs_define
class VerifyProduct:
    """Final prices of one article of a purchase order being verified.

    Attributes:
        article_id (str | Unset): The article.
        purchase_price (float | Unset): Final purchase price.
        purchase_price_shipment (float | Unset): Final shipment cost.
        purchase_price_misc (float | Unset): Final miscellaneous cost.
    """

    article_id: str | Unset = UNSET
    purchase_price: float | Unset = UNSET
    purchase_price_shipment: float | Unset = UNSET
    purchase_price_misc: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        purchase_price = self.purchase_price

        purchase_price_shipment = self.purchase_price_shipment

        purchase_price_misc = self.purchase_price_misc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if purchase_price_shipment is not UNSET:
            field_dict["purchasePriceShipment"] = purchase_price_shipment
        if purchase_price_misc is not UNSET:
            field_dict["purchasePriceMisc"] = purchase_price_misc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("articleId", UNSET)

        purchase_price = d.pop("purchasePrice", UNSET)

        purchase_price_shipment = d.pop("purchasePriceShipment", UNSET)

        purchase_price_misc = d.pop("purchasePriceMisc", UNSET)

        verify_product = cls(
            article_id=article_id,
            purchase_price=purchase_price,
            purchase_price_shipment=purchase_price_shipment,
            purchase_price_misc=purchase_price_misc,
        )

        verify_product.additional_properties = d
        return verify_product

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
