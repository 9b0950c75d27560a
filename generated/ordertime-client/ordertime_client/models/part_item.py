from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_data import CustomFieldData
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="PartItem")


@_attrs_define
class PartItem:
    """An inventory part item. `Name`, `IsActive` and `ItemGroupRef` are required, plus a unit of measure (`UomRef` or
    `UomSetRef`).

        Attributes:
            name (str):
            is_active (bool):
            item_group_ref (EntityRef): A reference to another record: its `Id` and `Name`. When writing, either is enough
                (the `Id` is preferred); responses carry both. Fetch candidates with `list_entity_refs`. Example: {'Id': 3,
                'Name': 'Non'}.
            id (int | Unset): Assigned on create; identifies the item in PUT.
            description (None | str | Unset):
            purchase_desc (None | str | Unset): Description used on purchase documents.
            note (None | str | Unset):
            manufacturer_part_no (None | str | Unset):
            upc (None | str | Unset):
            parent (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not set.
            price (float | None | Unset):
            std_cost (float | None | Unset):
            max_qty (float | None | Unset):
            reorder_amount (float | None | Unset):
            reorder_point (float | None | Unset):
            volume (float | None | Unset):
            weight (float | None | Unset):
            track_lot_or_serial (int | None | Unset): Lot / serial tracking mode as a number; can be set on create only (its
                values are not documented).
            uom_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not set.
            uom_set_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
                set.
            asset_account_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
                is not set.
            cogs_account_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
                not set.
            income_account_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
                is not set.
            bin_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not set.
            class_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
                set.
            manufacturer_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
                not set.
            sales_tax_code_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
                is not set.
            warranty_type_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
                is not set.
            custom_fields (list[CustomFieldData] | Unset):
    """

    name: str
    is_active: bool
    item_group_ref: EntityRef
    id: int | Unset = UNSET
    description: None | str | Unset = UNSET
    purchase_desc: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    manufacturer_part_no: None | str | Unset = UNSET
    upc: None | str | Unset = UNSET
    parent: EntityRef | None | Unset = UNSET
    price: float | None | Unset = UNSET
    std_cost: float | None | Unset = UNSET
    max_qty: float | None | Unset = UNSET
    reorder_amount: float | None | Unset = UNSET
    reorder_point: float | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    weight: float | None | Unset = UNSET
    track_lot_or_serial: int | None | Unset = UNSET
    uom_ref: EntityRef | None | Unset = UNSET
    uom_set_ref: EntityRef | None | Unset = UNSET
    asset_account_ref: EntityRef | None | Unset = UNSET
    cogs_account_ref: EntityRef | None | Unset = UNSET
    income_account_ref: EntityRef | None | Unset = UNSET
    bin_ref: EntityRef | None | Unset = UNSET
    class_ref: EntityRef | None | Unset = UNSET
    manufacturer_ref: EntityRef | None | Unset = UNSET
    sales_tax_code_ref: EntityRef | None | Unset = UNSET
    warranty_type_ref: EntityRef | None | Unset = UNSET
    custom_fields: list[CustomFieldData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        name = self.name

        is_active = self.is_active

        item_group_ref = self.item_group_ref.to_dict()

        id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        purchase_desc: None | str | Unset
        if isinstance(self.purchase_desc, Unset):
            purchase_desc = UNSET
        else:
            purchase_desc = self.purchase_desc

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        manufacturer_part_no: None | str | Unset
        if isinstance(self.manufacturer_part_no, Unset):
            manufacturer_part_no = UNSET
        else:
            manufacturer_part_no = self.manufacturer_part_no

        upc: None | str | Unset
        if isinstance(self.upc, Unset):
            upc = UNSET
        else:
            upc = self.upc

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, EntityRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        std_cost: float | None | Unset
        if isinstance(self.std_cost, Unset):
            std_cost = UNSET
        else:
            std_cost = self.std_cost

        max_qty: float | None | Unset
        if isinstance(self.max_qty, Unset):
            max_qty = UNSET
        else:
            max_qty = self.max_qty

        reorder_amount: float | None | Unset
        if isinstance(self.reorder_amount, Unset):
            reorder_amount = UNSET
        else:
            reorder_amount = self.reorder_amount

        reorder_point: float | None | Unset
        if isinstance(self.reorder_point, Unset):
            reorder_point = UNSET
        else:
            reorder_point = self.reorder_point

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        track_lot_or_serial: int | None | Unset
        if isinstance(self.track_lot_or_serial, Unset):
            track_lot_or_serial = UNSET
        else:
            track_lot_or_serial = self.track_lot_or_serial

        uom_ref: dict[str, Any] | None | Unset
        if isinstance(self.uom_ref, Unset):
            uom_ref = UNSET
        elif isinstance(self.uom_ref, EntityRef):
            uom_ref = self.uom_ref.to_dict()
        else:
            uom_ref = self.uom_ref

        uom_set_ref: dict[str, Any] | None | Unset
        if isinstance(self.uom_set_ref, Unset):
            uom_set_ref = UNSET
        elif isinstance(self.uom_set_ref, EntityRef):
            uom_set_ref = self.uom_set_ref.to_dict()
        else:
            uom_set_ref = self.uom_set_ref

        asset_account_ref: dict[str, Any] | None | Unset
        if isinstance(self.asset_account_ref, Unset):
            asset_account_ref = UNSET
        elif isinstance(self.asset_account_ref, EntityRef):
            asset_account_ref = self.asset_account_ref.to_dict()
        else:
            asset_account_ref = self.asset_account_ref

        cogs_account_ref: dict[str, Any] | None | Unset
        if isinstance(self.cogs_account_ref, Unset):
            cogs_account_ref = UNSET
        elif isinstance(self.cogs_account_ref, EntityRef):
            cogs_account_ref = self.cogs_account_ref.to_dict()
        else:
            cogs_account_ref = self.cogs_account_ref

        income_account_ref: dict[str, Any] | None | Unset
        if isinstance(self.income_account_ref, Unset):
            income_account_ref = UNSET
        elif isinstance(self.income_account_ref, EntityRef):
            income_account_ref = self.income_account_ref.to_dict()
        else:
            income_account_ref = self.income_account_ref

        bin_ref: dict[str, Any] | None | Unset
        if isinstance(self.bin_ref, Unset):
            bin_ref = UNSET
        elif isinstance(self.bin_ref, EntityRef):
            bin_ref = self.bin_ref.to_dict()
        else:
            bin_ref = self.bin_ref

        class_ref: dict[str, Any] | None | Unset
        if isinstance(self.class_ref, Unset):
            class_ref = UNSET
        elif isinstance(self.class_ref, EntityRef):
            class_ref = self.class_ref.to_dict()
        else:
            class_ref = self.class_ref

        manufacturer_ref: dict[str, Any] | None | Unset
        if isinstance(self.manufacturer_ref, Unset):
            manufacturer_ref = UNSET
        elif isinstance(self.manufacturer_ref, EntityRef):
            manufacturer_ref = self.manufacturer_ref.to_dict()
        else:
            manufacturer_ref = self.manufacturer_ref

        sales_tax_code_ref: dict[str, Any] | None | Unset
        if isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        elif isinstance(self.sales_tax_code_ref, EntityRef):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()
        else:
            sales_tax_code_ref = self.sales_tax_code_ref

        warranty_type_ref: dict[str, Any] | None | Unset
        if isinstance(self.warranty_type_ref, Unset):
            warranty_type_ref = UNSET
        elif isinstance(self.warranty_type_ref, EntityRef):
            warranty_type_ref = self.warranty_type_ref.to_dict()
        else:
            warranty_type_ref = self.warranty_type_ref

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "IsActive": is_active,
                "ItemGroupRef": item_group_ref,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if description is not UNSET:
            field_dict["Description"] = description
        if purchase_desc is not UNSET:
            field_dict["PurchaseDesc"] = purchase_desc
        if note is not UNSET:
            field_dict["Note"] = note
        if manufacturer_part_no is not UNSET:
            field_dict["ManufacturerPartNo"] = manufacturer_part_no
        if upc is not UNSET:
            field_dict["UPC"] = upc
        if parent is not UNSET:
            field_dict["Parent"] = parent
        if price is not UNSET:
            field_dict["Price"] = price
        if std_cost is not UNSET:
            field_dict["StdCost"] = std_cost
        if max_qty is not UNSET:
            field_dict["MaxQty"] = max_qty
        if reorder_amount is not UNSET:
            field_dict["ReorderAmount"] = reorder_amount
        if reorder_point is not UNSET:
            field_dict["ReorderPoint"] = reorder_point
        if volume is not UNSET:
            field_dict["Volume"] = volume
        if weight is not UNSET:
            field_dict["Weight"] = weight
        if track_lot_or_serial is not UNSET:
            field_dict["TrackLotOrSerial"] = track_lot_or_serial
        if uom_ref is not UNSET:
            field_dict["UomRef"] = uom_ref
        if uom_set_ref is not UNSET:
            field_dict["UomSetRef"] = uom_set_ref
        if asset_account_ref is not UNSET:
            field_dict["AssetAccountRef"] = asset_account_ref
        if cogs_account_ref is not UNSET:
            field_dict["COGSAccountRef"] = cogs_account_ref
        if income_account_ref is not UNSET:
            field_dict["IncomeAccountRef"] = income_account_ref
        if bin_ref is not UNSET:
            field_dict["BinRef"] = bin_ref
        if class_ref is not UNSET:
            field_dict["ClassRef"] = class_ref
        if manufacturer_ref is not UNSET:
            field_dict["ManufacturerRef"] = manufacturer_ref
        if sales_tax_code_ref is not UNSET:
            field_dict["SalesTaxCodeRef"] = sales_tax_code_ref
        if warranty_type_ref is not UNSET:
            field_dict["WarrantyTypeRef"] = warranty_type_ref
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_data import CustomFieldData  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name")

        is_active = d.pop("IsActive")

        item_group_ref = EntityRef.from_dict(d.pop("ItemGroupRef"))

        id = d.pop("Id", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_purchase_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchase_desc = _parse_purchase_desc(d.pop("PurchaseDesc", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("Note", UNSET))

        def _parse_manufacturer_part_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manufacturer_part_no = _parse_manufacturer_part_no(d.pop("ManufacturerPartNo", UNSET))

        def _parse_upc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upc = _parse_upc(d.pop("UPC", UNSET))

        def _parse_parent(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        parent = _parse_parent(d.pop("Parent", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("Price", UNSET))

        def _parse_std_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        std_cost = _parse_std_cost(d.pop("StdCost", UNSET))

        def _parse_max_qty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_qty = _parse_max_qty(d.pop("MaxQty", UNSET))

        def _parse_reorder_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reorder_amount = _parse_reorder_amount(d.pop("ReorderAmount", UNSET))

        def _parse_reorder_point(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reorder_point = _parse_reorder_point(d.pop("ReorderPoint", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        volume = _parse_volume(d.pop("Volume", UNSET))

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("Weight", UNSET))

        def _parse_track_lot_or_serial(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        track_lot_or_serial = _parse_track_lot_or_serial(d.pop("TrackLotOrSerial", UNSET))

        def _parse_uom_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        uom_ref = _parse_uom_ref(d.pop("UomRef", UNSET))

        def _parse_uom_set_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        uom_set_ref = _parse_uom_set_ref(d.pop("UomSetRef", UNSET))

        def _parse_asset_account_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        asset_account_ref = _parse_asset_account_ref(d.pop("AssetAccountRef", UNSET))

        def _parse_cogs_account_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        cogs_account_ref = _parse_cogs_account_ref(d.pop("COGSAccountRef", UNSET))

        def _parse_income_account_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        income_account_ref = _parse_income_account_ref(d.pop("IncomeAccountRef", UNSET))

        def _parse_bin_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        bin_ref = _parse_bin_ref(d.pop("BinRef", UNSET))

        def _parse_class_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        class_ref = _parse_class_ref(d.pop("ClassRef", UNSET))

        def _parse_manufacturer_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        manufacturer_ref = _parse_manufacturer_ref(d.pop("ManufacturerRef", UNSET))

        def _parse_sales_tax_code_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        sales_tax_code_ref = _parse_sales_tax_code_ref(d.pop("SalesTaxCodeRef", UNSET))

        def _parse_warranty_type_ref(data: object) -> EntityRef | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_entity_ref_type_0 = EntityRef.from_dict(data)

                return componentsschemas_nullable_entity_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None | Unset, data)

        warranty_type_ref = _parse_warranty_type_ref(d.pop("WarrantyTypeRef", UNSET))

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[CustomFieldData] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldData.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        part_item = cls(
            name=name,
            is_active=is_active,
            item_group_ref=item_group_ref,
            id=id,
            description=description,
            purchase_desc=purchase_desc,
            note=note,
            manufacturer_part_no=manufacturer_part_no,
            upc=upc,
            parent=parent,
            price=price,
            std_cost=std_cost,
            max_qty=max_qty,
            reorder_amount=reorder_amount,
            reorder_point=reorder_point,
            volume=volume,
            weight=weight,
            track_lot_or_serial=track_lot_or_serial,
            uom_ref=uom_ref,
            uom_set_ref=uom_set_ref,
            asset_account_ref=asset_account_ref,
            cogs_account_ref=cogs_account_ref,
            income_account_ref=income_account_ref,
            bin_ref=bin_ref,
            class_ref=class_ref,
            manufacturer_ref=manufacturer_ref,
            sales_tax_code_ref=sales_tax_code_ref,
            warranty_type_ref=warranty_type_ref,
            custom_fields=custom_fields,
        )

        part_item.additional_properties = d
        return part_item

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
