from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleBatch")


@_attrs_define
class ArticleBatch:
    """A batch or a serial number of an article in stock.

    Attributes:
        article_id (str | Unset): Article the batch or serial number belongs to.
        article_name (str | Unset): Name of that article.
        batch_id (str | Unset): Batch id. Either batchId or serialNr is set. Can only be set when the batch is created.
        serial_nr (str | Unset): Serial number. Either batchId or serialNr is set. Can only be set when it is created.
        amount (float | Unset): Amount in stock. Default: 1.0.
        reserved (float | Unset): Amount reserved by customer orders not invoiced yet; maintained by the server.
        barcode (str | Unset): Barcode of the batch. Can only be set when it is created.
        best_before (int | Unset): Best-before date in milliseconds since 1970-01-01T00:00:00Z. Can only be set when it
            is created.
    """

    article_id: str | Unset = UNSET
    article_name: str | Unset = UNSET
    batch_id: str | Unset = UNSET
    serial_nr: str | Unset = UNSET
    amount: float | Unset = 1.0
    reserved: float | Unset = UNSET
    barcode: str | Unset = UNSET
    best_before: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        article_name = self.article_name

        batch_id = self.batch_id

        serial_nr = self.serial_nr

        amount = self.amount

        reserved = self.reserved

        barcode = self.barcode

        best_before = self.best_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if article_name is not UNSET:
            field_dict["articleName"] = article_name
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if serial_nr is not UNSET:
            field_dict["serialNr"] = serial_nr
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if best_before is not UNSET:
            field_dict["bestBefore"] = best_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("articleId", UNSET)

        article_name = d.pop("articleName", UNSET)

        batch_id = d.pop("batchId", UNSET)

        serial_nr = d.pop("serialNr", UNSET)

        amount = d.pop("amount", UNSET)

        reserved = d.pop("reserved", UNSET)

        barcode = d.pop("barcode", UNSET)

        best_before = d.pop("bestBefore", UNSET)

        article_batch = cls(
            article_id=article_id,
            article_name=article_name,
            batch_id=batch_id,
            serial_nr=serial_nr,
            amount=amount,
            reserved=reserved,
            barcode=barcode,
            best_before=best_before,
        )

        article_batch.additional_properties = d
        return article_batch

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
