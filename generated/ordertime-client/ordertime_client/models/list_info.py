from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.record_type import RecordType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_filter import ListFilter
    from ..models.list_sortation import ListSortation


T = TypeVar("T", bound="ListInfo")


@_attrs_define
class ListInfo:
    """The query of `list_records`, `count_records` and `list_entity_refs`: which record type, which filters, which order,
    and which page.

        Attributes:
            type_ (int | RecordType): Record type number: one of `RecordType`, or any other number of the vendor's
                RecordTypeEnum.
            filters (list[ListFilter] | Unset):
            sortation (ListSortation | Unset): Sort order of a list query.
            page_number (int | Unset): Page to return, counting from 1 (inferred from the vendor's sample value 1).
            number_of_records (int | Unset): Page size; the server returns at most 1000 records per query.
    """

    type_: int | RecordType
    filters: list[ListFilter] | Unset = UNSET
    sortation: ListSortation | Unset = UNSET
    page_number: int | Unset = UNSET
    number_of_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: int
        if isinstance(self.type_, RecordType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        sortation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sortation, Unset):
            sortation = self.sortation.to_dict()

        page_number = self.page_number

        number_of_records = self.number_of_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
            }
        )
        if filters is not UNSET:
            field_dict["Filters"] = filters
        if sortation is not UNSET:
            field_dict["Sortation"] = sortation
        if page_number is not UNSET:
            field_dict["PageNumber"] = page_number
        if number_of_records is not UNSET:
            field_dict["NumberOfRecords"] = number_of_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_filter import ListFilter  # noqa: PLC0415
        from ..models.list_sortation import ListSortation  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> int | RecordType:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                type_type_0 = RecordType._read(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | RecordType, data)

        type_ = _parse_type_(d.pop("Type"))

        _filters = d.pop("Filters", UNSET)
        filters: list[ListFilter] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = ListFilter.from_dict(filters_item_data)

                filters.append(filters_item)

        _sortation = d.pop("Sortation", UNSET)
        sortation: ListSortation | Unset
        if isinstance(_sortation, Unset):
            sortation = UNSET
        else:
            sortation = ListSortation.from_dict(_sortation)

        page_number = d.pop("PageNumber", UNSET)

        number_of_records = d.pop("NumberOfRecords", UNSET)

        list_info = cls(
            type_=type_,
            filters=filters,
            sortation=sortation,
            page_number=page_number,
            number_of_records=number_of_records,
        )

        list_info.additional_properties = d
        return list_info

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
