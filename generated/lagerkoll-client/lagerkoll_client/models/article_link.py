from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_link_type import ArticleLinkType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleLink")


@_attrs_define
class ArticleLink:
    """A link attached to an article.

    Attributes:
        name (str | Unset): Display name of the link.
        url (str | Unset): Target of the link.
        type_ (ArticleLinkType | Unset): What an article link points to.
    """

    name: str | Unset = UNSET
    url: str | Unset = UNSET
    type_: ArticleLinkType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ArticleLinkType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ArticleLinkType._read(_type_)

        article_link = cls(
            name=name,
            url=url,
            type_=type_,
        )

        article_link.additional_properties = d
        return article_link

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
