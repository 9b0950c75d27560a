from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_batch import ArticleBatch


T = TypeVar("T", bound="ArticleBatches")


@_attrs_define
class ArticleBatches:
    """Summary of an article's batches and serial numbers with the first page of each.

    Attributes:
        total_batches (int | Unset): Number of batches of the article.
        batches (list[ArticleBatch] | Unset): The current page of batches.
        total_serial_numbers (int | Unset): Number of serial numbers of the article.
        serial_numbers (list[ArticleBatch] | Unset): The current page of serial numbers.
        total_batches_in_stock (float | Unset): Total amount in stock over all batches.
        total_batches_reserved (float | Unset): Total amount reserved over all batches.
        total_serial_numbers_in_stock (float | Unset): Serial-numbered items in stock.
        total_serial_numbers_reserved (float | Unset): Serial-numbered items reserved.
    """

    total_batches: int | Unset = UNSET
    batches: list[ArticleBatch] | Unset = UNSET
    total_serial_numbers: int | Unset = UNSET
    serial_numbers: list[ArticleBatch] | Unset = UNSET
    total_batches_in_stock: float | Unset = UNSET
    total_batches_reserved: float | Unset = UNSET
    total_serial_numbers_in_stock: float | Unset = UNSET
    total_serial_numbers_reserved: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_batches = self.total_batches

        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        total_serial_numbers = self.total_serial_numbers

        serial_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = []
            for serial_numbers_item_data in self.serial_numbers:
                serial_numbers_item = serial_numbers_item_data.to_dict()
                serial_numbers.append(serial_numbers_item)

        total_batches_in_stock = self.total_batches_in_stock

        total_batches_reserved = self.total_batches_reserved

        total_serial_numbers_in_stock = self.total_serial_numbers_in_stock

        total_serial_numbers_reserved = self.total_serial_numbers_reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_batches is not UNSET:
            field_dict["totalBatches"] = total_batches
        if batches is not UNSET:
            field_dict["batches"] = batches
        if total_serial_numbers is not UNSET:
            field_dict["totalSerialNumbers"] = total_serial_numbers
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers
        if total_batches_in_stock is not UNSET:
            field_dict["totalBatchesInStock"] = total_batches_in_stock
        if total_batches_reserved is not UNSET:
            field_dict["totalBatchesReserved"] = total_batches_reserved
        if total_serial_numbers_in_stock is not UNSET:
            field_dict["totalSerialNumbersInStock"] = total_serial_numbers_in_stock
        if total_serial_numbers_reserved is not UNSET:
            field_dict["totalSerialNumbersReserved"] = total_serial_numbers_reserved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_batch import ArticleBatch  # noqa: PLC0415

        d = dict(src_dict)
        total_batches = d.pop("totalBatches", UNSET)

        _batches = d.pop("batches", UNSET)
        batches: list[ArticleBatch] | Unset = UNSET
        if _batches is not UNSET:
            batches = []
            for batches_item_data in _batches:
                batches_item = ArticleBatch.from_dict(batches_item_data)

                batches.append(batches_item)

        total_serial_numbers = d.pop("totalSerialNumbers", UNSET)

        _serial_numbers = d.pop("serialNumbers", UNSET)
        serial_numbers: list[ArticleBatch] | Unset = UNSET
        if _serial_numbers is not UNSET:
            serial_numbers = []
            for serial_numbers_item_data in _serial_numbers:
                serial_numbers_item = ArticleBatch.from_dict(serial_numbers_item_data)

                serial_numbers.append(serial_numbers_item)

        total_batches_in_stock = d.pop("totalBatchesInStock", UNSET)

        total_batches_reserved = d.pop("totalBatchesReserved", UNSET)

        total_serial_numbers_in_stock = d.pop("totalSerialNumbersInStock", UNSET)

        total_serial_numbers_reserved = d.pop("totalSerialNumbersReserved", UNSET)

        article_batches = cls(
            total_batches=total_batches,
            batches=batches,
            total_serial_numbers=total_serial_numbers,
            serial_numbers=serial_numbers,
            total_batches_in_stock=total_batches_in_stock,
            total_batches_reserved=total_batches_reserved,
            total_serial_numbers_in_stock=total_serial_numbers_in_stock,
            total_serial_numbers_reserved=total_serial_numbers_reserved,
        )

        article_batches.additional_properties = d
        return article_batches

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
