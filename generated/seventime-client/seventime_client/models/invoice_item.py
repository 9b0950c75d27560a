from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type import ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """One row of the purchase order. `itemType` is always required; an `expense` row also needs `expenseItem` and a
    `timeLog` row needs `timeCategory`.

        Attributes:
            item_type (ItemType): Kind of invoice row: `expense` (an expense item, needs `expenseItem`), `timeLog` (time,
                needs `timeCategory`), `general` (a free article row), `blank` (an empty spacer row), `text` (a text row) or
                `onlyamount` (an amount without quantity).
            expense_item (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            time_category (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            number_of_items (float | Unset): Quantity.
            unit (str | Unset): Unit of the quantity, e.g. `st` or `h`.
            unit_price (float | Unset): Price per unit.
            price_per_hour (float | Unset): Hourly price (time rows).
            total_amount (float | Unset): Row total.
            discount_percent (float | Unset): Discount on the row in percent.
    """

    item_type: ItemType
    expense_item: str | Unset = UNSET
    time_category: str | Unset = UNSET
    number_of_items: float | Unset = UNSET
    unit: str | Unset = UNSET
    unit_price: float | Unset = UNSET
    price_per_hour: float | Unset = UNSET
    total_amount: float | Unset = UNSET
    discount_percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_type = self.item_type.value

        expense_item = self.expense_item

        time_category = self.time_category

        number_of_items = self.number_of_items

        unit = self.unit

        unit_price = self.unit_price

        price_per_hour = self.price_per_hour

        total_amount = self.total_amount

        discount_percent = self.discount_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemType": item_type,
            }
        )
        if expense_item is not UNSET:
            field_dict["expenseItem"] = expense_item
        if time_category is not UNSET:
            field_dict["timeCategory"] = time_category
        if number_of_items is not UNSET:
            field_dict["numberOfItems"] = number_of_items
        if unit is not UNSET:
            field_dict["unit"] = unit
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if price_per_hour is not UNSET:
            field_dict["pricePerHour"] = price_per_hour
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if discount_percent is not UNSET:
            field_dict["discountPercent"] = discount_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        item_type = ItemType._read(d.pop("itemType"))

        expense_item = d.pop("expenseItem", UNSET)

        time_category = d.pop("timeCategory", UNSET)

        number_of_items = d.pop("numberOfItems", UNSET)

        unit = d.pop("unit", UNSET)

        unit_price = d.pop("unitPrice", UNSET)

        price_per_hour = d.pop("pricePerHour", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        discount_percent = d.pop("discountPercent", UNSET)

        invoice_item = cls(
            item_type=item_type,
            expense_item=expense_item,
            time_category=time_category,
            number_of_items=number_of_items,
            unit=unit,
            unit_price=unit_price,
            price_per_hour=price_per_hour,
            total_amount=total_amount,
            discount_percent=discount_percent,
        )

        invoice_item.additional_properties = d
        return invoice_item

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
