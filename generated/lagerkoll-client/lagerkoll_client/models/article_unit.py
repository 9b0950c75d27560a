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
        storegroup_id (int | Unset): Store group the unit definition belongs to.
        article_id (str | Unset): Article the unit belongs to.
        unit (Unit | Unset): A unit of measure.
        convert (float | Unset): How many base units one of this unit holds.
        barcode (str | Unset): Barcode of the article in this unit.
    """

    storegroup_id: int | Unset = UNSET
    article_id: str | Unset = UNSET
    unit: Unit | Unset = UNSET
    convert: float | Unset = UNSET
    barcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        storegroup_id = self.storegroup_id

        article_id = self.article_id

        unit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.to_dict()

        convert = self.convert

        barcode = self.barcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if storegroup_id is not UNSET:
            field_dict["storegroupId"] = storegroup_id
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if unit is not UNSET:
            field_dict["unit"] = unit
        if convert is not UNSET:
            field_dict["convert"] = convert
        if barcode is not UNSET:
            field_dict["barcode"] = barcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.unit import Unit  # noqa: PLC0415

        d = dict(src_dict)
        storegroup_id = d.pop("storegroupId", UNSET)

        article_id = d.pop("articleId", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: Unit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = Unit.from_dict(_unit)

        convert = d.pop("convert", UNSET)

        barcode = d.pop("barcode", UNSET)

        article_unit = cls(
            storegroup_id=storegroup_id,
            article_id=article_id,
            unit=unit,
            convert=convert,
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
