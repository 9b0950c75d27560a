from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_delivery_article_batch import PurchaseOrderDeliveryArticleBatch


T = TypeVar("T", bound="PurchaseOrderDeliveryArticle")


@_attrs_define
class PurchaseOrderDeliveryArticle:
    """A delivery of one purchase-order row, possibly split into batches or serial numbers.

    Attributes:
        id (int): Id of the purchase-order row (PurchaseOrderArticle.id).
        delivered_amount (float | Unset): Quantity delivered now; with batches, the total over all batches and serial
            numbers sent.
        batches (list[PurchaseOrderDeliveryArticleBatch] | Unset): The delivered batches or serial numbers.
    """

    id: int
    delivered_amount: float | Unset = UNSET
    batches: list[PurchaseOrderDeliveryArticleBatch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delivered_amount = self.delivered_amount

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if delivered_amount is not UNSET:
            field_dict["deliveredAmount"] = delivered_amount
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_delivery_article_batch import PurchaseOrderDeliveryArticleBatch  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        delivered_amount = d.pop("deliveredAmount", UNSET)

        _batches = d.pop("batches", UNSET)
        batches: list[PurchaseOrderDeliveryArticleBatch] | Unset = UNSET
        if _batches is not UNSET:
            batches = []
            for batches_item_data in _batches:
                batches_item = PurchaseOrderDeliveryArticleBatch.from_dict(batches_item_data)

                batches.append(batches_item)

        purchase_order_delivery_article = cls(
            id=id,
            delivered_amount=delivered_amount,
            batches=batches,
        )

        purchase_order_delivery_article.additional_properties = d
        return purchase_order_delivery_article

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
