from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierArticle")


@_attrs_define
class SupplierArticle:
    """Purchase terms of an article at one supplier.

    Attributes:
        supplier (int | None | Unset): Supplier id; when not null it must be an existing supplier.
        supplier_name (None | str | Unset): Supplier name; when not null it must match an existing supplier.
        supplier_article_id (str | Unset): The supplier's id for the article.
        supplier_automatic_order (bool | Unset): Whether the article is ordered automatically from this supplier.
        supplier_buy_price (float | Unset): Buy price, shipment and miscellaneous costs included.
        supplier_buy_price_shipment (float | Unset): Shipment cost part of the buy price.
        supplier_buy_price_misc (float | Unset): Miscellaneous cost part of the buy price.
        supplier_buy_currency (str | Unset): Currency of the buy price; the supplier's currency when omitted, the
            store's currency when there is no supplier.
        supplier_buy_rate (float | Unset): Exchange rate to the store's currency when the currencies differ; the
            supplier's rate when omitted, 1.0 when there is no supplier.
    """

    supplier: int | None | Unset = UNSET
    supplier_name: None | str | Unset = UNSET
    supplier_article_id: str | Unset = UNSET
    supplier_automatic_order: bool | Unset = UNSET
    supplier_buy_price: float | Unset = UNSET
    supplier_buy_price_shipment: float | Unset = UNSET
    supplier_buy_price_misc: float | Unset = UNSET
    supplier_buy_currency: str | Unset = UNSET
    supplier_buy_rate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier: int | None | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        else:
            supplier = self.supplier

        supplier_name: None | str | Unset
        if isinstance(self.supplier_name, Unset):
            supplier_name = UNSET
        else:
            supplier_name = self.supplier_name

        supplier_article_id = self.supplier_article_id

        supplier_automatic_order = self.supplier_automatic_order

        supplier_buy_price = self.supplier_buy_price

        supplier_buy_price_shipment = self.supplier_buy_price_shipment

        supplier_buy_price_misc = self.supplier_buy_price_misc

        supplier_buy_currency = self.supplier_buy_currency

        supplier_buy_rate = self.supplier_buy_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if supplier_article_id is not UNSET:
            field_dict["supplierArticleId"] = supplier_article_id
        if supplier_automatic_order is not UNSET:
            field_dict["supplierAutomaticOrder"] = supplier_automatic_order
        if supplier_buy_price is not UNSET:
            field_dict["supplierBuyPrice"] = supplier_buy_price
        if supplier_buy_price_shipment is not UNSET:
            field_dict["supplierBuyPriceShipment"] = supplier_buy_price_shipment
        if supplier_buy_price_misc is not UNSET:
            field_dict["supplierBuyPriceMisc"] = supplier_buy_price_misc
        if supplier_buy_currency is not UNSET:
            field_dict["supplierBuyCurrency"] = supplier_buy_currency
        if supplier_buy_rate is not UNSET:
            field_dict["supplierBuyRate"] = supplier_buy_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_supplier(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))

        def _parse_supplier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_name = _parse_supplier_name(d.pop("supplierName", UNSET))

        supplier_article_id = d.pop("supplierArticleId", UNSET)

        supplier_automatic_order = d.pop("supplierAutomaticOrder", UNSET)

        supplier_buy_price = d.pop("supplierBuyPrice", UNSET)

        supplier_buy_price_shipment = d.pop("supplierBuyPriceShipment", UNSET)

        supplier_buy_price_misc = d.pop("supplierBuyPriceMisc", UNSET)

        supplier_buy_currency = d.pop("supplierBuyCurrency", UNSET)

        supplier_buy_rate = d.pop("supplierBuyRate", UNSET)

        supplier_article = cls(
            supplier=supplier,
            supplier_name=supplier_name,
            supplier_article_id=supplier_article_id,
            supplier_automatic_order=supplier_automatic_order,
            supplier_buy_price=supplier_buy_price,
            supplier_buy_price_shipment=supplier_buy_price_shipment,
            supplier_buy_price_misc=supplier_buy_price_misc,
            supplier_buy_currency=supplier_buy_currency,
            supplier_buy_rate=supplier_buy_rate,
        )

        supplier_article.additional_properties = d
        return supplier_article

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
