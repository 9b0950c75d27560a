from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListMeta")


@_attrs_define
class ListMeta:
    """Paging information of a list response.

    Attributes:
        total_resources (int): Number of matching resources across all pages.
        total_pages (int): Number of pages at the requested `limit`.
        current_page (int): The page returned (1-based).
    """

    total_resources: int
    total_pages: int
    current_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_resources = self.total_resources

        total_pages = self.total_pages

        current_page = self.current_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalResources": total_resources,
                "totalPages": total_pages,
                "currentPage": current_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_resources = d.pop("totalResources")

        total_pages = d.pop("totalPages")

        current_page = d.pop("currentPage")

        list_meta = cls(
            total_resources=total_resources,
            total_pages=total_pages,
            current_page=current_page,
        )

        list_meta.additional_properties = d
        return list_meta

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
