from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PurchaseOrderArticleBatch")


@_attrs_define
class PurchaseOrderArticleBatch:
    """A batch or serial number ordered on a purchase-order row.

    Attributes:
        batch_id (str | Unset): Batch id. Either batchId or serialNr is set. Can only be set when the row is created.
        serial_nr (str | Unset): Serial number. Either batchId or serialNr is set. Can only be set when the row is
            created.
        ordered_amount (float | Unset): Ordered quantity of this batch.
        delivered_amount (float | Unset): Delivered quantity of this batch.
        best_before (int | Unset): Best-before date in milliseconds since 1970-01-01T00:00:00Z. Can only be set when the
            row is created.
    """

    batch_id: str | Unset = UNSET
    serial_nr: str | Unset = UNSET
    ordered_amount: float | Unset = UNSET
    delivered_amount: float | Unset = UNSET
    best_before: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        serial_nr = self.serial_nr

        ordered_amount = self.ordered_amount

        delivered_amount = self.delivered_amount

        best_before = self.best_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if serial_nr is not UNSET:
            field_dict["serialNr"] = serial_nr
        if ordered_amount is not UNSET:
            field_dict["orderedAmount"] = ordered_amount
        if delivered_amount is not UNSET:
            field_dict["deliveredAmount"] = delivered_amount
        if best_before is not UNSET:
            field_dict["bestBefore"] = best_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batchId", UNSET)

        serial_nr = d.pop("serialNr", UNSET)

        ordered_amount = d.pop("orderedAmount", UNSET)

        delivered_amount = d.pop("deliveredAmount", UNSET)

        best_before = d.pop("bestBefore", UNSET)

        purchase_order_article_batch = cls(
            batch_id=batch_id,
            serial_nr=serial_nr,
            ordered_amount=ordered_amount,
            delivered_amount=delivered_amount,
            best_before=best_before,
        )

        purchase_order_article_batch.additional_properties = d
        return purchase_order_article_batch

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
