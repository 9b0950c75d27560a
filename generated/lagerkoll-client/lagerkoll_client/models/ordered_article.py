from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article import Article


T = TypeVar("T", bound="OrderedArticle")


@_attrs_define
class OrderedArticle:
    """An article together with the purchase order it is on.

    Attributes:
        article (Article | Unset): An article (product or service) of the store as kept by Lagerkoll's article register,
            including stock, prices, supplier data and batches. In this API it only appears in responses.
        order_id (int | Unset): Id of the purchase order.
        po_reference (str | Unset): Reference of that purchase order.
        state (int | Unset): A state number, undocumented; probably the state of that purchase order (0 NEW, 1 SENT, 2
            RECEIVED, 3 FINISHED, 4 CANCELLED).
    """

    article: Article | Unset = UNSET
    order_id: int | Unset = UNSET
    po_reference: str | Unset = UNSET
    state: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article: dict[str, Any] | Unset = UNSET
        if not isinstance(self.article, Unset):
            article = self.article.to_dict()

        order_id = self.order_id

        po_reference = self.po_reference

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article is not UNSET:
            field_dict["article"] = article
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if po_reference is not UNSET:
            field_dict["poReference"] = po_reference
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article import Article  # noqa: PLC0415

        d = dict(src_dict)
        _article = d.pop("article", UNSET)
        article: Article | Unset
        if isinstance(_article, Unset):
            article = UNSET
        else:
            article = Article.from_dict(_article)

        order_id = d.pop("orderId", UNSET)

        po_reference = d.pop("poReference", UNSET)

        state = d.pop("state", UNSET)

        ordered_article = cls(
            article=article,
            order_id=order_id,
            po_reference=po_reference,
            state=state,
        )

        ordered_article.additional_properties = d
        return ordered_article

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
