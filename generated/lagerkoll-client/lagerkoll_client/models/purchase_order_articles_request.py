from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_article import PurchaseOrderArticle


T = TypeVar("T", bound="PurchaseOrderArticlesRequest")


@_attrs_define
class PurchaseOrderArticlesRequest:
    """Rows to add to an existing purchase order, or to a new one for a supplier.

    Attributes:
        order_id (int | None | Unset): Purchase order to add the rows to; null (or absent) creates a new purchase order.
        supplier_id (int | Unset): Supplier of the new purchase order; must exist when a new order is created.
        articles (list[PurchaseOrderArticle] | Unset): The rows to add.
    """

    order_id: int | None | Unset = UNSET
    supplier_id: int | Unset = UNSET
    articles: list[PurchaseOrderArticle] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | None | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        supplier_id = self.supplier_id

        articles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = []
            for articles_item_data in self.articles:
                articles_item = articles_item_data.to_dict()
                articles.append(articles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if articles is not UNSET:
            field_dict["articles"] = articles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_article import PurchaseOrderArticle  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_order_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_id = _parse_order_id(d.pop("orderId", UNSET))

        supplier_id = d.pop("supplierId", UNSET)

        _articles = d.pop("articles", UNSET)
        articles: list[PurchaseOrderArticle] | Unset = UNSET
        if _articles is not UNSET:
            articles = []
            for articles_item_data in _articles:
                articles_item = PurchaseOrderArticle.from_dict(articles_item_data)

                articles.append(articles_item)

        purchase_order_articles_request = cls(
            order_id=order_id,
            supplier_id=supplier_id,
            articles=articles,
        )

        purchase_order_articles_request.additional_properties = d
        return purchase_order_articles_request

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
