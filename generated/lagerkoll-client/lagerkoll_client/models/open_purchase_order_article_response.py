from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_id import PurchaseOrderId


T = TypeVar("T", bound="OpenPurchaseOrderArticleResponse")


@_attrs_define
class OpenPurchaseOrderArticleResponse:
    """An article on the open purchase order with its supplier, prices and the orders it is already on.

    Attributes:
        article_id (str | Unset): The article.
        article_name (str | Unset): Its name.
        supplier_id (int | Unset): Main supplier of the article.
        supplier_name (str | Unset): Name of that supplier.
        ordered_amount (float | Unset): Quantity on the open purchase order.
        purchase_price (float | Unset): Purchase price, shipment and miscellaneous costs included.
        shipment_price (float | Unset): Shipment cost part of the purchase price.
        misc_price (float | Unset): Miscellaneous cost part of the purchase price.
        currency (str | Unset): Currency of the prices.
        rate (float | Unset): Exchange rate from that currency to the store's currency.
        part_amount (float | Unset): For a bundle part, the quantity of the part per bundle.
        bundled (bool | Unset): Whether the article is a bundle.
        bundle_parts (list[OpenPurchaseOrderArticleResponse] | Unset): The parts of a bundled article.
        orders (list[PurchaseOrderId] | Unset): Purchase orders the article is already on.
    """

    article_id: str | Unset = UNSET
    article_name: str | Unset = UNSET
    supplier_id: int | Unset = UNSET
    supplier_name: str | Unset = UNSET
    ordered_amount: float | Unset = UNSET
    purchase_price: float | Unset = UNSET
    shipment_price: float | Unset = UNSET
    misc_price: float | Unset = UNSET
    currency: str | Unset = UNSET
    rate: float | Unset = UNSET
    part_amount: float | Unset = UNSET
    bundled: bool | Unset = UNSET
    bundle_parts: list[OpenPurchaseOrderArticleResponse] | Unset = UNSET
    orders: list[PurchaseOrderId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        article_name = self.article_name

        supplier_id = self.supplier_id

        supplier_name = self.supplier_name

        ordered_amount = self.ordered_amount

        purchase_price = self.purchase_price

        shipment_price = self.shipment_price

        misc_price = self.misc_price

        currency = self.currency

        rate = self.rate

        part_amount = self.part_amount

        bundled = self.bundled

        bundle_parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bundle_parts, Unset):
            bundle_parts = []
            for bundle_parts_item_data in self.bundle_parts:
                bundle_parts_item = bundle_parts_item_data.to_dict()
                bundle_parts.append(bundle_parts_item)

        orders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.to_dict()
                orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if article_name is not UNSET:
            field_dict["articleName"] = article_name
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if ordered_amount is not UNSET:
            field_dict["orderedAmount"] = ordered_amount
        if purchase_price is not UNSET:
            field_dict["purchasePrice"] = purchase_price
        if shipment_price is not UNSET:
            field_dict["shipmentPrice"] = shipment_price
        if misc_price is not UNSET:
            field_dict["miscPrice"] = misc_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if rate is not UNSET:
            field_dict["rate"] = rate
        if part_amount is not UNSET:
            field_dict["partAmount"] = part_amount
        if bundled is not UNSET:
            field_dict["bundled"] = bundled
        if bundle_parts is not UNSET:
            field_dict["bundleParts"] = bundle_parts
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_id import PurchaseOrderId  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("articleId", UNSET)

        article_name = d.pop("articleName", UNSET)

        supplier_id = d.pop("supplierId", UNSET)

        supplier_name = d.pop("supplierName", UNSET)

        ordered_amount = d.pop("orderedAmount", UNSET)

        purchase_price = d.pop("purchasePrice", UNSET)

        shipment_price = d.pop("shipmentPrice", UNSET)

        misc_price = d.pop("miscPrice", UNSET)

        currency = d.pop("currency", UNSET)

        rate = d.pop("rate", UNSET)

        part_amount = d.pop("partAmount", UNSET)

        bundled = d.pop("bundled", UNSET)

        _bundle_parts = d.pop("bundleParts", UNSET)
        bundle_parts: list[OpenPurchaseOrderArticleResponse] | Unset = UNSET
        if _bundle_parts is not UNSET:
            bundle_parts = []
            for bundle_parts_item_data in _bundle_parts:
                bundle_parts_item = OpenPurchaseOrderArticleResponse.from_dict(bundle_parts_item_data)

                bundle_parts.append(bundle_parts_item)

        _orders = d.pop("orders", UNSET)
        orders: list[PurchaseOrderId] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = PurchaseOrderId.from_dict(orders_item_data)

                orders.append(orders_item)

        open_purchase_order_article_response = cls(
            article_id=article_id,
            article_name=article_name,
            supplier_id=supplier_id,
            supplier_name=supplier_name,
            ordered_amount=ordered_amount,
            purchase_price=purchase_price,
            shipment_price=shipment_price,
            misc_price=misc_price,
            currency=currency,
            rate=rate,
            part_amount=part_amount,
            bundled=bundled,
            bundle_parts=bundle_parts,
            orders=orders,
        )

        open_purchase_order_article_response.additional_properties = d
        return open_purchase_order_article_response

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
