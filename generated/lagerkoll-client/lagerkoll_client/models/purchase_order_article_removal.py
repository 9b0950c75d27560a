from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_type import ArticleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_unit import ArticleUnit
    from ..models.purchase_order_article_batch import PurchaseOrderArticleBatch


T = TypeVar("T", bound="PurchaseOrderArticleRemoval")


@_attrs_define
class PurchaseOrderArticleRemoval:
    """A purchase-order row as sent to remove it: PurchaseOrderArticle with the row `id` required (the server finds the row
    by it; free-text rows have no articleId).

        Attributes:
            id (int): Id of the row, assigned by the server; send it when updating the row.
            article_id (None | str | Unset): The article; omit it for a free-text row, in which case only articleName is
                used (a free-text row reads back with null here).
            article_name (str | Unset): Article name, or the text of a free-text row.
            supplier_article_id (None | str | Unset): The supplier's id for the article; the supplier's registered one when
                omitted.
            ordered_amount (float | Unset): Ordered quantity.
            delivered_amount (float | Unset): Delivered quantity so far.
            available_amount (float | Unset): Amount of the article available.
            stock_warning (float | Unset): The article's low-stock warning level.
            purchase_price (float | Unset): Purchase price per unit; the supplier's price when omitted.
            purchase_price_misc (float | Unset): Miscellaneous cost per unit; the supplier's when omitted.
            purchase_price_shipment (float | Unset): Shipment cost per unit; the supplier's when omitted.
            rate (float | None | Unset): Exchange rate applied to the row's prices.
            description (None | str | Unset): Free-text description of the row.
            unit (None | str | Unset): Unit of the article; null on a free-text row.
            type_ (ArticleType | None | Unset): Kind of article; null on a free-text row.
            stock (bool | None | Unset): True for a stock article, false for one ordered from the supplier when needed; null
                on a free-text row.
            batches (list[PurchaseOrderArticleBatch] | None | Unset): Batches or serial numbers ordered on this row. Null
                leaves the row's batches unchanged; a list replaces them.
            units (list[ArticleUnit] | None | Unset): The article's alternative units with conversion factor and barcode
                (the base unit is not included).
            ordered_amount_with_units (None | str | Unset): For articles with several units, the ordered quantity expressed
                in the best package combination.
    """

    id: int
    article_id: None | str | Unset = UNSET
    article_name: str | Unset = UNSET
    supplier_article_id: None | str | Unset = UNSET
    ordered_amount: float | Unset = UNSET
    delivered_amount: float | Unset = UNSET
    available_amount: float | Unset = UNSET
    stock_warning: float | Unset = UNSET
    purchase_price: float | Unset = UNSET
    purchase_price_misc: float | Unset = UNSET
    purchase_price_shipment: float | Unset = UNSET
    rate: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    type_: ArticleType | None | Unset = UNSET
    stock: bool | None | Unset = UNSET
    batches: list[PurchaseOrderArticleBatch] | None | Unset = UNSET
    units: list[ArticleUnit] | None | Unset = UNSET
    ordered_amount_with_units: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        article_id: None | str | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        article_name = self.article_name

        supplier_article_id: None | str | Unset
        if isinstance(self.supplier_article_id, Unset):
            supplier_article_id = UNSET
        else:
            supplier_article_id = self.supplier_article_id

        ordered_amount = self.ordered_amount

        delivered_amount = self.delivered_amount

        available_amount = self.available_amount

        stock_warning = self.stock_warning

        purchase_price = self.purchase_price

        purchase_price_misc = self.purchase_price_misc

        purchase_price_shipment = self.purchase_price_shipment

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ArticleType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        stock: bool | None | Unset
        if isinstance(self.stock, Unset):
            stock = UNSET
        else:
            stock = self.stock

        batches: list[dict[str, Any]] | None | Unset
        if isinstance(self.batches, Unset):
            batches = UNSET
        elif isinstance(self.batches, list):
            batches = []
            for batches_type_0_item_data in self.batches:
                batches_type_0_item = batches_type_0_item_data.to_dict()
                batches.append(batches_type_0_item)

        else:
            batches = self.batches

        units: list[dict[str, Any]] | None | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        elif isinstance(self.units, list):
            units = []
            for units_type_0_item_data in self.units:
                units_type_0_item = units_type_0_item_data.to_dict()
                units.append(units_type_0_item)

        else:
            units = self.units

        ordered_amount_with_units: None | str | Unset
        if isinstance(self.ordered_amount_with_units, Unset):
            ordered_amount_with_units = UNSET
        else:
            ordered_amount_with_units = self.ordered_amount_with_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if article_name is not UNSET:
            field_dict["articleName"] = article_name
        if supplier_article_id is not UNSET:
            field_dict["supplierArticleId"] = supplier_article_id
        if ordered_amount is not UNSET:
            field_dict["orderedAmount"] = ordered_amount
        if delivered_amount is not UNSET:
            field_dict["deliveredAmount"] = delivered_amount
        if available_amount is not UNSET:
            field_dict["availableAmount"] = available_amount
        if stock_warning is not UNSET:
            field_dict["stockWarning"] = stock_warning
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if purchase_price_misc is not UNSET:
            field_dict["purchasePriceMisc"] = purchase_price_misc
        if purchase_price_shipment is not UNSET:
            field_dict["purchasePriceShipment"] = purchase_price_shipment
        if rate is not UNSET:
            field_dict["rate"] = rate
        if description is not UNSET:
            field_dict["description"] = description
        if unit is not UNSET:
            field_dict["unit"] = unit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stock is not UNSET:
            field_dict["stock"] = stock
        if batches is not UNSET:
            field_dict["batches"] = batches
        if units is not UNSET:
            field_dict["units"] = units
        if ordered_amount_with_units is not UNSET:
            field_dict["orderedAmountWithUnits"] = ordered_amount_with_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_unit import ArticleUnit  # noqa: PLC0415
        from ..models.purchase_order_article_batch import PurchaseOrderArticleBatch  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_article_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article_id = _parse_article_id(d.pop("articleId", UNSET))

        article_name = d.pop("articleName", UNSET)

        def _parse_supplier_article_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_article_id = _parse_supplier_article_id(d.pop("supplierArticleId", UNSET))

        ordered_amount = d.pop("orderedAmount", UNSET)

        delivered_amount = d.pop("deliveredAmount", UNSET)

        available_amount = d.pop("availableAmount", UNSET)

        stock_warning = d.pop("stockWarning", UNSET)

        purchase_price = d.pop("purchasePrice", UNSET)

        purchase_price_misc = d.pop("purchasePriceMisc", UNSET)

        purchase_price_shipment = d.pop("purchasePriceShipment", UNSET)

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_type_(data: object) -> ArticleType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ArticleType._read(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_stock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stock = _parse_stock(d.pop("stock", UNSET))

        def _parse_batches(data: object) -> list[PurchaseOrderArticleBatch] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                batches_type_0 = []
                _batches_type_0 = data
                for batches_type_0_item_data in _batches_type_0:
                    batches_type_0_item = PurchaseOrderArticleBatch.from_dict(batches_type_0_item_data)

                    batches_type_0.append(batches_type_0_item)

                return batches_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PurchaseOrderArticleBatch] | None | Unset, data)

        batches = _parse_batches(d.pop("batches", UNSET))

        def _parse_units(data: object) -> list[ArticleUnit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                units_type_0 = []
                _units_type_0 = data
                for units_type_0_item_data in _units_type_0:
                    units_type_0_item = ArticleUnit.from_dict(units_type_0_item_data)

                    units_type_0.append(units_type_0_item)

                return units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ArticleUnit] | None | Unset, data)

        units = _parse_units(d.pop("units", UNSET))

        def _parse_ordered_amount_with_units(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ordered_amount_with_units = _parse_ordered_amount_with_units(d.pop("orderedAmountWithUnits", UNSET))

        purchase_order_article_removal = cls(
            id=id,
            article_id=article_id,
            article_name=article_name,
            supplier_article_id=supplier_article_id,
            ordered_amount=ordered_amount,
            delivered_amount=delivered_amount,
            available_amount=available_amount,
            stock_warning=stock_warning,
            purchase_price=purchase_price,
            purchase_price_misc=purchase_price_misc,
            purchase_price_shipment=purchase_price_shipment,
            rate=rate,
            description=description,
            unit=unit,
            type_=type_,
            stock=stock,
            batches=batches,
            units=units,
            ordered_amount_with_units=ordered_amount_with_units,
        )

        purchase_order_article_removal.additional_properties = d
        return purchase_order_article_removal

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
