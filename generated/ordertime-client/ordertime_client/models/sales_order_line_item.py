from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_data import CustomFieldData
    from ..models.entity_ref import EntityRef


T = TypeVar("T", bound="SalesOrderLineItem")


@_attrs_define
class SalesOrderLineItem:
    """One line of a sales order or quote. `$type` must be `AOLib7.SalesOrderLineItem, AOLib7` — it tells the server which
    kind of line it receives; `ItemRef`, `Price` and `Quantity` are required.

        Attributes:
            type_ (Literal['AOLib7.SalesOrderLineItem, AOLib7']): Type discriminator the server requires on every line item.
                Default: 'AOLib7.SalesOrderLineItem, AOLib7'.
            item_ref (EntityRef): A reference to another record: its `Id` and `Name`. When writing, either is enough (the
                `Id` is preferred); responses carry both. Fetch candidates with `list_entity_refs`. Example: {'Id': 3, 'Name':
                'Non'}.
            price (float):
            quantity (float):
            id (int | Unset): Id of the line; required for PUT, assigned by the server.
            line_no (int | Unset): Position of the line (Int16).
            description (None | str | Unset):
            line_instructions (None | str | Unset):
            sales_tax_code_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
                is not set.
            uom_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not set.
            uom_conversion_rate (float | None | Unset):
            std_cost (float | None | Unset):
            std_price (float | None | Unset):
            customer_part_no (None | str | Unset):
            custom_fields (list[CustomFieldData] | Unset):
            is_cleared (bool | Unset):
    """

    item_ref: EntityRef
    price: float
    quantity: float
    type_: Literal["AOLib7.SalesOrderLineItem, AOLib7"] = "AOLib7.SalesOrderLineItem, AOLib7"
    id: int | Unset = UNSET
    line_no: int | Unset = UNSET
    description: None | str | Unset = UNSET
    line_instructions: None | str | Unset = UNSET
    sales_tax_code_ref: EntityRef | None | Unset = UNSET
    uom_ref: EntityRef | None | Unset = UNSET
    uom_conversion_rate: float | None | Unset = UNSET
    std_cost: float | None | Unset = UNSET
    std_price: float | None | Unset = UNSET
    customer_part_no: None | str | Unset = UNSET
    custom_fields: list[CustomFieldData] | Unset = UNSET
    is_cleared: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        type_ = self.type_

        item_ref = self.item_ref.to_dict()

        price = self.price

        quantity = self.quantity

        id = self.id

        line_no = self.line_no

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        line_instructions: None | str | Unset
        if isinstance(self.line_instructions, Unset):
            line_instructions = UNSET
        else:
            line_instructions = self.line_instructions

        sales_tax_code_ref: dict[str, Any] | None | Unset
        if isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        elif isinstance(self.sales_tax_code_ref, EntityRef):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()
        else:
            sales_tax_code_ref = self.sales_tax_code_ref

        uom_ref: dict[str, Any] | None | Unset
        if isinstance(self.uom_ref, Unset):
            uom_ref = UNSET
        elif isinstance(self.uom_ref, EntityRef):
            uom_ref = self.uom_ref.to_dict()
        else:
            uom_ref = self.uom_ref

        uom_conversion_rate: float | None | Unset
        if isinstance(self.uom_conversion_rate, Unset):
            uom_conversion_rate = UNSET
        else:
            uom_conversion_rate = self.uom_conversion_rate

        std_cost: float | None | Unset
        if isinstance(self.std_cost, Unset):
            std_cost = UNSET
        else:
            std_cost = self.std_cost

        std_price: float | None | Unset
        if isinstance(self.std_price, Unset):
            std_price = UNSET
        else:
            std_price = self.std_price

        customer_part_no: None | str | Unset
        if isinstance(self.customer_part_no, Unset):
            customer_part_no = UNSET
        else:
            customer_part_no = self.customer_part_no

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        is_cleared = self.is_cleared

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "$type": type_,
                "ItemRef": item_ref,
                "Price": price,
                "Quantity": quantity,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if line_no is not UNSET:
            field_dict["LineNo"] = line_no
        if description is not UNSET:
            field_dict["Description"] = description
        if line_instructions is not UNSET:
            field_dict["LineInstructions"] = line_instructions
        if sales_tax_code_ref is not UNSET:
            field_dict["SalesTaxCodeRef"] = sales_tax_code_ref
        if uom_ref is not UNSET:
            field_dict["UomRef"] = uom_ref
        if uom_conversion_rate is not UNSET:
            field_dict["UomConversionRate"] = uom_conversion_rate
        if std_cost is not UNSET:
            field_dict["StdCost"] = std_cost
        if std_price is not UNSET:
            field_dict["StdPrice"] = std_price
        if customer_part_no is not UNSET:
            field_dict["CustomerPartNo"] = customer_part_no
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields
        if is_cleared is not UNSET:
            field_dict["IsCleared"] = is_cleared

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_data import CustomFieldData  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["AOLib7.SalesOrderLineItem, AOLib7"], d.pop("$type"))
        if type_ != "AOLib7.SalesOrderLineItem, AOLib7":
            raise ValueError(f"$type must match const 'AOLib7.SalesOrderLineItem, AOLib7', got '{type_}'")

        item_ref = EntityRef.from_dict(d.pop("ItemRef"))

        price = d.pop("Price")

        quantity = d.pop("Quantity")

        id = d.pop("Id", UNSET)

        line_no = d.pop("LineNo", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        def _parse_line_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        line_instructions = _parse_line_instructions(d.pop("LineInstructions", UNSET))

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

        def _parse_uom_conversion_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        uom_conversion_rate = _parse_uom_conversion_rate(d.pop("UomConversionRate", UNSET))

        def _parse_std_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        std_cost = _parse_std_cost(d.pop("StdCost", UNSET))

        def _parse_std_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        std_price = _parse_std_price(d.pop("StdPrice", UNSET))

        def _parse_customer_part_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_part_no = _parse_customer_part_no(d.pop("CustomerPartNo", UNSET))

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[CustomFieldData] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldData.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        is_cleared = d.pop("IsCleared", UNSET)

        sales_order_line_item = cls(
            type_=type_,
            item_ref=item_ref,
            price=price,
            quantity=quantity,
            id=id,
            line_no=line_no,
            description=description,
            line_instructions=line_instructions,
            sales_tax_code_ref=sales_tax_code_ref,
            uom_ref=uom_ref,
            uom_conversion_rate=uom_conversion_rate,
            std_cost=std_cost,
            std_price=std_price,
            customer_part_no=customer_part_no,
            custom_fields=custom_fields,
            is_cleared=is_cleared,
        )

        sales_order_line_item.additional_properties = d
        return sales_order_line_item

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
