from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unit import Unit


T = TypeVar("T", bound="ArticleUnit")


@_attrs_define
class ArticleUnit:
    """An alternative unit of an article (e.g. a package) with its conversion to the base unit.

    Attributes:
        unit (Unit): A unit of measure.
        convert (float): How many base units one of this unit holds.
        storegroup_id (int | Unset): Store group the unit definition belongs to.
        article_id (str | Unset): Article the unit belongs to.
        barcode (str | Unset): Barcode of the article in this unit.
    """

    unit: Unit
    convert: float
    storegroup_id: int | Unset = UNSET
    article_id: str | Unset = UNSET
    barcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit = self.unit.to_dict()

        convert = self.convert

        storegroup_id = self.storegroup_id

        article_id = self.article_id

        barcode = self.barcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unit": unit,
                "convert": convert,
            }
        )
        if storegroup_id is not UNSET:
            field_dict["storegroupId"] = storegroup_id
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit import Unit  # noqa: PLC0415

        d = dict(src_dict)
        unit = Unit.from_dict(d.pop("unit"))

        convert = d.pop("convert")

        storegroup_id = d.pop("storegroupId", UNSET)

        article_id = d.pop("articleId", UNSET)

        barcode = d.pop("barcode", UNSET)

        article_unit = cls(
            unit=unit,
            convert=convert,
            storegroup_id=storegroup_id,
            article_id=article_id,
            barcode=barcode,
        )

        article_unit.additional_properties = d
        return article_unit

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
