from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.ship_doc_line_detail import ShipDocLineDetail


T = TypeVar("T", bound="ShipDocLineItem")


@_attrs_define
class ShipDocLineItem:
    """One line of a ship document. `$type` must be `AOLib7.ShipDocLineItem, AOLib7`.

    Attributes:
        type_ (Literal['AOLib7.ShipDocLineItem, AOLib7']): Type discriminator the server requires on every ship-document
            line. Default: 'AOLib7.ShipDocLineItem, AOLib7'.
        id (int | Unset):
        line_no (int | Unset):
        item_ref (EntityRef | Unset): A reference to another record: its `Id` and `Name`. When writing, either is enough
            (the `Id` is preferred); responses carry both. Fetch candidates with `list_entity_refs`. Example: {'Id': 3,
            'Name': 'Non'}.
        description (None | str | Unset):
        quantity (float | Unset):
        details (list[ShipDocLineDetail] | None | Unset): Optional per-line details (lots / serials).
    """

    type_: Literal["AOLib7.ShipDocLineItem, AOLib7"] = "AOLib7.ShipDocLineItem, AOLib7"
    id: int | Unset = UNSET
    line_no: int | Unset = UNSET
    item_ref: EntityRef | Unset = UNSET
    description: None | str | Unset = UNSET
    quantity: float | Unset = UNSET
    details: list[ShipDocLineDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        line_no = self.line_no

        item_ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_ref, Unset):
            item_ref = self.item_ref.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        quantity = self.quantity

        details: list[dict[str, Any]] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
            details = []
            for details_type_0_item_data in self.details:
                details_type_0_item = details_type_0_item_data.to_dict()
                details.append(details_type_0_item)

        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "$type": type_,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if line_no is not UNSET:
            field_dict["LineNo"] = line_no
        if item_ref is not UNSET:
            field_dict["ItemRef"] = item_ref
        if description is not UNSET:
            field_dict["Description"] = description
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if details is not UNSET:
            field_dict["Details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.ship_doc_line_detail import ShipDocLineDetail  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["AOLib7.ShipDocLineItem, AOLib7"], d.pop("$type"))
        if type_ != "AOLib7.ShipDocLineItem, AOLib7":
            raise ValueError(f"$type must match const 'AOLib7.ShipDocLineItem, AOLib7', got '{type_}'")

        id = d.pop("Id", UNSET)

        line_no = d.pop("LineNo", UNSET)

        _item_ref = d.pop("ItemRef", UNSET)
        item_ref: EntityRef | Unset
        if isinstance(_item_ref, Unset):
            item_ref = UNSET
        else:
            item_ref = EntityRef.from_dict(_item_ref)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        quantity = d.pop("Quantity", UNSET)

        def _parse_details(data: object) -> list[ShipDocLineDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                details_type_0 = []
                _details_type_0 = data
                for details_type_0_item_data in _details_type_0:
                    details_type_0_item = ShipDocLineDetail.from_dict(details_type_0_item_data)

                    details_type_0.append(details_type_0_item)

                return details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ShipDocLineDetail] | None | Unset, data)

        details = _parse_details(d.pop("Details", UNSET))

        ship_doc_line_item = cls(
            type_=type_,
            id=id,
            line_no=line_no,
            item_ref=item_ref,
            description=description,
            quantity=quantity,
            details=details,
        )

        ship_doc_line_item.additional_properties = d
        return ship_doc_line_item

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
