from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_type import ArticleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundledArticle")


@_attrs_define
class BundledArticle:
    """A part of a bundled article, with the part article's stock and buy price.

    Attributes:
        article_id (str | Unset): Id of the part article.
        article_name (str | Unset): Name of the part article.
        external_id (str | Unset): External id of the part article.
        amount (float | Unset): Quantity of the part in one bundle.
        is_stock (bool | Unset): Whether the part is a stock article.
        stock_warning (float | Unset): Low-stock warning level of the part.
        stock (float | Unset): Amount of the part in stock.
        reserved (float | Unset): Amount of the part reserved; available = stock - reserved.
        type_ (ArticleType | Unset): `Stock`: a physical product with a stock amount; `Service`: work, without stock.
        unit_name (str | Unset): Unit of the part.
        stock_place (str | Unset): Storage location of the part.
        buy_price (float | Unset): Buy price of the part.
        buy_price_shipment (float | Unset): Shipment cost part of the buy price.
        buy_price_misc (float | Unset): Miscellaneous cost part of the buy price.
        buy_price_currency (str | Unset): Currency of the buy price.
        supplier_id (int | Unset): Supplier of the part.
        supplier_name (str | Unset): Name of that supplier.
        supplier_article_id (str | Unset): The supplier's id for the part.
    """

    article_id: str | Unset = UNSET
    article_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    amount: float | Unset = UNSET
    is_stock: bool | Unset = UNSET
    stock_warning: float | Unset = UNSET
    stock: float | Unset = UNSET
    reserved: float | Unset = UNSET
    type_: ArticleType | Unset = UNSET
    unit_name: str | Unset = UNSET
    stock_place: str | Unset = UNSET
    buy_price: float | Unset = UNSET
    buy_price_shipment: float | Unset = UNSET
    buy_price_misc: float | Unset = UNSET
    buy_price_currency: str | Unset = UNSET
    supplier_id: int | Unset = UNSET
    supplier_name: str | Unset = UNSET
    supplier_article_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        article_name = self.article_name

        external_id = self.external_id

        amount = self.amount

        is_stock = self.is_stock

        stock_warning = self.stock_warning

        stock = self.stock

        reserved = self.reserved

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        unit_name = self.unit_name

        stock_place = self.stock_place

        buy_price = self.buy_price

        buy_price_shipment = self.buy_price_shipment

        buy_price_misc = self.buy_price_misc

        buy_price_currency = self.buy_price_currency

        supplier_id = self.supplier_id

        supplier_name = self.supplier_name

        supplier_article_id = self.supplier_article_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if article_name is not UNSET:
            field_dict["articleName"] = article_name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if is_stock is not UNSET:
            field_dict["isStock"] = is_stock
        if stock_warning is not UNSET:
            field_dict["stockWarning"] = stock_warning
        if stock is not UNSET:
            field_dict["stock"] = stock
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit_name is not UNSET:
            field_dict["unitName"] = unit_name
        if stock_place is not UNSET:
            field_dict["stockPlace"] = stock_place
        if buy_price is not UNSET:
            field_dict["buyPrice"] = buy_price
        if buy_price_shipment is not UNSET:
            field_dict["buyPriceShipment"] = buy_price_shipment
        if buy_price_misc is not UNSET:
            field_dict["buyPriceMisc"] = buy_price_misc
        if buy_price_currency is not UNSET:
            field_dict["buyPriceCurrency"] = buy_price_currency
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if supplier_article_id is not UNSET:
            field_dict["supplierArticleId"] = supplier_article_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        article_id = d.pop("articleId", UNSET)

        article_name = d.pop("articleName", UNSET)

        external_id = d.pop("externalId", UNSET)

        amount = d.pop("amount", UNSET)

        is_stock = d.pop("isStock", UNSET)

        stock_warning = d.pop("stockWarning", UNSET)

        stock = d.pop("stock", UNSET)

        reserved = d.pop("reserved", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ArticleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ArticleType._read(_type_)

        unit_name = d.pop("unitName", UNSET)

        stock_place = d.pop("stockPlace", UNSET)

        buy_price = d.pop("buyPrice", UNSET)

        buy_price_shipment = d.pop("buyPriceShipment", UNSET)

        buy_price_misc = d.pop("buyPriceMisc", UNSET)

        buy_price_currency = d.pop("buyPriceCurrency", UNSET)

        supplier_id = d.pop("supplierId", UNSET)

        supplier_name = d.pop("supplierName", UNSET)

        supplier_article_id = d.pop("supplierArticleId", UNSET)

        bundled_article = cls(
            article_id=article_id,
            article_name=article_name,
            external_id=external_id,
            amount=amount,
            is_stock=is_stock,
            stock_warning=stock_warning,
            stock=stock,
            reserved=reserved,
            type_=type_,
            unit_name=unit_name,
            stock_place=stock_place,
            buy_price=buy_price,
            buy_price_shipment=buy_price_shipment,
            buy_price_misc=buy_price_misc,
            buy_price_currency=buy_price_currency,
            supplier_id=supplier_id,
            supplier_name=supplier_name,
            supplier_article_id=supplier_article_id,
        )

        bundled_article.additional_properties = d
        return bundled_article

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
