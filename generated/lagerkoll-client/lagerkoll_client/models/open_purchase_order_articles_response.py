from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_purchase_order_article_response import OpenPurchaseOrderArticleResponse


T = TypeVar("T", bound="OpenPurchaseOrderArticlesResponse")


@_attrs_define
class OpenPurchaseOrderArticlesResponse:
    """One page of the open purchase order's articles.

    Attributes:
        page (int | Unset): Zero-based number of this page.
        pages (int | Unset): Number of pages.
        page_size (int | Unset): Page size used.
        articles_count (int | Unset): Number of articles over all pages.
        articles (list[OpenPurchaseOrderArticleResponse] | Unset): The articles of this page.
    """

    page: int | Unset = UNSET
    pages: int | Unset = UNSET
    page_size: int | Unset = UNSET
    articles_count: int | Unset = UNSET
    articles: list[OpenPurchaseOrderArticleResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        pages = self.pages

        page_size = self.page_size

        articles_count = self.articles_count

        articles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = []
            for articles_item_data in self.articles:
                articles_item = articles_item_data.to_dict()
                articles.append(articles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if pages is not UNSET:
            field_dict["pages"] = pages
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if articles_count is not UNSET:
            field_dict["articlesCount"] = articles_count
        if articles is not UNSET:
            field_dict["articles"] = articles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_purchase_order_article_response import OpenPurchaseOrderArticleResponse  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page", UNSET)

        pages = d.pop("pages", UNSET)

        page_size = d.pop("pageSize", UNSET)

        articles_count = d.pop("articlesCount", UNSET)

        _articles = d.pop("articles", UNSET)
        articles: list[OpenPurchaseOrderArticleResponse] | Unset = UNSET
        if _articles is not UNSET:
            articles = []
            for articles_item_data in _articles:
                articles_item = OpenPurchaseOrderArticleResponse.from_dict(articles_item_data)

                articles.append(articles_item)

        open_purchase_order_articles_response = cls(
            page=page,
            pages=pages,
            page_size=page_size,
            articles_count=articles_count,
            articles=articles,
        )

        open_purchase_order_articles_response.additional_properties = d
        return open_purchase_order_articles_response

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
