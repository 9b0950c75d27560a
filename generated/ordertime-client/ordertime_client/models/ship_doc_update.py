from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_data import CustomFieldData
    from ..models.customer_address import CustomerAddress
    from ..models.entity_ref import EntityRef
    from ..models.ship_doc_line_item import ShipDocLineItem


T = TypeVar("T", bound="ShipDocUpdate")


@_attrs_define
class ShipDocUpdate:
    """Body of a ship-document PUT — the whole document, including its `DocNo`.

    Attributes:
        customer_ref (EntityRef): A reference to another record: its `Id` and `Name`. When writing, either is enough
            (the `Id` is preferred); responses carry both. Fetch candidates with `list_entity_refs`. Example: {'Id': 3,
            'Name': 'Non'}.
        date (str): A date and time, `YYYY-MM-DDTHH:MM:SS` with optional fraction and optional zone
            (`2026-10-03T00:00:00`). Example: 2026-10-03T00:00:00.
        doc_no (int): Document number; assigned on create, identifies the document in PUT.
        ship_to_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        customer_po (None | str | Unset):
        status_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        tracking_no (None | str | Unset):
        total_packages (int | None | Unset):
        class_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        contact_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        currency_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        fob (None | str | Unset):
        internal_notes (None | str | Unset):
        memo (None | str | Unset):
        location_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        discount_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        discount_amount (float | None | Unset):
        ship_method_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
            not set.
        ship_amount (float | None | Unset):
        ship_sales_tax_code_ref (EntityRef | None | Unset): An optional reference that the server may send as `null`
            when it is not set.
        sales_rep_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
            not set.
        term_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        exchange_rate (float | None | Unset):
        bill_address (CustomerAddress | None | Unset):
        ship_address (CustomerAddress | None | Unset):
        line_items (list[ShipDocLineItem] | Unset):
        custom_fields (list[CustomFieldData] | Unset):
    """

    customer_ref: EntityRef
    date: str
    doc_no: int
    ship_to_ref: EntityRef | None | Unset = UNSET
    customer_po: None | str | Unset = UNSET
    status_ref: EntityRef | None | Unset = UNSET
    tracking_no: None | str | Unset = UNSET
    total_packages: int | None | Unset = UNSET
    class_ref: EntityRef | None | Unset = UNSET
    contact_ref: EntityRef | None | Unset = UNSET
    currency_ref: EntityRef | None | Unset = UNSET
    fob: None | str | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    memo: None | str | Unset = UNSET
    location_ref: EntityRef | None | Unset = UNSET
    discount_ref: EntityRef | None | Unset = UNSET
    discount_amount: float | None | Unset = UNSET
    ship_method_ref: EntityRef | None | Unset = UNSET
    ship_amount: float | None | Unset = UNSET
    ship_sales_tax_code_ref: EntityRef | None | Unset = UNSET
    sales_rep_ref: EntityRef | None | Unset = UNSET
    term_ref: EntityRef | None | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    bill_address: CustomerAddress | None | Unset = UNSET
    ship_address: CustomerAddress | None | Unset = UNSET
    line_items: list[ShipDocLineItem] | Unset = UNSET
    custom_fields: list[CustomFieldData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415

        customer_ref = self.customer_ref.to_dict()

        date = self.date

        doc_no = self.doc_no

        ship_to_ref: dict[str, Any] | None | Unset
        if isinstance(self.ship_to_ref, Unset):
            ship_to_ref = UNSET
        elif isinstance(self.ship_to_ref, EntityRef):
            ship_to_ref = self.ship_to_ref.to_dict()
        else:
            ship_to_ref = self.ship_to_ref

        customer_po: None | str | Unset
        if isinstance(self.customer_po, Unset):
            customer_po = UNSET
        else:
            customer_po = self.customer_po

        status_ref: dict[str, Any] | None | Unset
        if isinstance(self.status_ref, Unset):
            status_ref = UNSET
        elif isinstance(self.status_ref, EntityRef):
            status_ref = self.status_ref.to_dict()
        else:
            status_ref = self.status_ref

        tracking_no: None | str | Unset
        if isinstance(self.tracking_no, Unset):
            tracking_no = UNSET
        else:
            tracking_no = self.tracking_no

        total_packages: int | None | Unset
        if isinstance(self.total_packages, Unset):
            total_packages = UNSET
        else:
            total_packages = self.total_packages

        class_ref: dict[str, Any] | None | Unset
        if isinstance(self.class_ref, Unset):
            class_ref = UNSET
        elif isinstance(self.class_ref, EntityRef):
            class_ref = self.class_ref.to_dict()
        else:
            class_ref = self.class_ref

        contact_ref: dict[str, Any] | None | Unset
        if isinstance(self.contact_ref, Unset):
            contact_ref = UNSET
        elif isinstance(self.contact_ref, EntityRef):
            contact_ref = self.contact_ref.to_dict()
        else:
            contact_ref = self.contact_ref

        currency_ref: dict[str, Any] | None | Unset
        if isinstance(self.currency_ref, Unset):
            currency_ref = UNSET
        elif isinstance(self.currency_ref, EntityRef):
            currency_ref = self.currency_ref.to_dict()
        else:
            currency_ref = self.currency_ref

        fob: None | str | Unset
        if isinstance(self.fob, Unset):
            fob = UNSET
        else:
            fob = self.fob

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        location_ref: dict[str, Any] | None | Unset
        if isinstance(self.location_ref, Unset):
            location_ref = UNSET
        elif isinstance(self.location_ref, EntityRef):
            location_ref = self.location_ref.to_dict()
        else:
            location_ref = self.location_ref

        discount_ref: dict[str, Any] | None | Unset
        if isinstance(self.discount_ref, Unset):
            discount_ref = UNSET
        elif isinstance(self.discount_ref, EntityRef):
            discount_ref = self.discount_ref.to_dict()
        else:
            discount_ref = self.discount_ref

        discount_amount: float | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        ship_method_ref: dict[str, Any] | None | Unset
        if isinstance(self.ship_method_ref, Unset):
            ship_method_ref = UNSET
        elif isinstance(self.ship_method_ref, EntityRef):
            ship_method_ref = self.ship_method_ref.to_dict()
        else:
            ship_method_ref = self.ship_method_ref

        ship_amount: float | None | Unset
        if isinstance(self.ship_amount, Unset):
            ship_amount = UNSET
        else:
            ship_amount = self.ship_amount

        ship_sales_tax_code_ref: dict[str, Any] | None | Unset
        if isinstance(self.ship_sales_tax_code_ref, Unset):
            ship_sales_tax_code_ref = UNSET
        elif isinstance(self.ship_sales_tax_code_ref, EntityRef):
            ship_sales_tax_code_ref = self.ship_sales_tax_code_ref.to_dict()
        else:
            ship_sales_tax_code_ref = self.ship_sales_tax_code_ref

        sales_rep_ref: dict[str, Any] | None | Unset
        if isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        elif isinstance(self.sales_rep_ref, EntityRef):
            sales_rep_ref = self.sales_rep_ref.to_dict()
        else:
            sales_rep_ref = self.sales_rep_ref

        term_ref: dict[str, Any] | None | Unset
        if isinstance(self.term_ref, Unset):
            term_ref = UNSET
        elif isinstance(self.term_ref, EntityRef):
            term_ref = self.term_ref.to_dict()
        else:
            term_ref = self.term_ref

        exchange_rate: float | None | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        bill_address: dict[str, Any] | None | Unset
        if isinstance(self.bill_address, Unset):
            bill_address = UNSET
        elif isinstance(self.bill_address, CustomerAddress):
            bill_address = self.bill_address.to_dict()
        else:
            bill_address = self.bill_address

        ship_address: dict[str, Any] | None | Unset
        if isinstance(self.ship_address, Unset):
            ship_address = UNSET
        elif isinstance(self.ship_address, CustomerAddress):
            ship_address = self.ship_address.to_dict()
        else:
            ship_address = self.ship_address

        line_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = []
            for line_items_item_data in self.line_items:
                line_items_item = line_items_item_data.to_dict()
                line_items.append(line_items_item)

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
                "CustomerRef": customer_ref,
                "Date": date,
                "DocNo": doc_no,
            }
        )
        if ship_to_ref is not UNSET:
            field_dict["ShipToRef"] = ship_to_ref
        if customer_po is not UNSET:
            field_dict["CustomerPO"] = customer_po
        if status_ref is not UNSET:
            field_dict["StatusRef"] = status_ref
        if tracking_no is not UNSET:
            field_dict["TrackingNo"] = tracking_no
        if total_packages is not UNSET:
            field_dict["TotalPackages"] = total_packages
        if class_ref is not UNSET:
            field_dict["ClassRef"] = class_ref
        if contact_ref is not UNSET:
            field_dict["ContactRef"] = contact_ref
        if currency_ref is not UNSET:
            field_dict["CurrencyRef"] = currency_ref
        if fob is not UNSET:
            field_dict["FOB"] = fob
        if internal_notes is not UNSET:
            field_dict["InternalNotes"] = internal_notes
        if memo is not UNSET:
            field_dict["Memo"] = memo
        if location_ref is not UNSET:
            field_dict["LocationRef"] = location_ref
        if discount_ref is not UNSET:
            field_dict["DiscountRef"] = discount_ref
        if discount_amount is not UNSET:
            field_dict["DiscountAmount"] = discount_amount
        if ship_method_ref is not UNSET:
            field_dict["ShipMethodRef"] = ship_method_ref
        if ship_amount is not UNSET:
            field_dict["ShipAmount"] = ship_amount
        if ship_sales_tax_code_ref is not UNSET:
            field_dict["ShipSalesTaxCodeRef"] = ship_sales_tax_code_ref
        if sales_rep_ref is not UNSET:
            field_dict["SalesRepRef"] = sales_rep_ref
        if term_ref is not UNSET:
            field_dict["TermRef"] = term_ref
        if exchange_rate is not UNSET:
            field_dict["ExchangeRate"] = exchange_rate
        if bill_address is not UNSET:
            field_dict["BillAddress"] = bill_address
        if ship_address is not UNSET:
            field_dict["ShipAddress"] = ship_address
        if line_items is not UNSET:
            field_dict["LineItems"] = line_items
        if custom_fields is not UNSET:
            field_dict["CustomFields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_data import CustomFieldData  # noqa: PLC0415
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.ship_doc_line_item import ShipDocLineItem  # noqa: PLC0415

        d = dict(src_dict)
        customer_ref = EntityRef.from_dict(d.pop("CustomerRef"))

        date = d.pop("Date")

        doc_no = d.pop("DocNo")

        def _parse_ship_to_ref(data: object) -> EntityRef | None | Unset:
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

        ship_to_ref = _parse_ship_to_ref(d.pop("ShipToRef", UNSET))

        def _parse_customer_po(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_po = _parse_customer_po(d.pop("CustomerPO", UNSET))

        def _parse_status_ref(data: object) -> EntityRef | None | Unset:
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

        status_ref = _parse_status_ref(d.pop("StatusRef", UNSET))

        def _parse_tracking_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tracking_no = _parse_tracking_no(d.pop("TrackingNo", UNSET))

        def _parse_total_packages(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_packages = _parse_total_packages(d.pop("TotalPackages", UNSET))

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

        def _parse_contact_ref(data: object) -> EntityRef | None | Unset:
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

        contact_ref = _parse_contact_ref(d.pop("ContactRef", UNSET))

        def _parse_currency_ref(data: object) -> EntityRef | None | Unset:
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

        currency_ref = _parse_currency_ref(d.pop("CurrencyRef", UNSET))

        def _parse_fob(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fob = _parse_fob(d.pop("FOB", UNSET))

        def _parse_internal_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_notes = _parse_internal_notes(d.pop("InternalNotes", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(d.pop("Memo", UNSET))

        def _parse_location_ref(data: object) -> EntityRef | None | Unset:
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

        location_ref = _parse_location_ref(d.pop("LocationRef", UNSET))

        def _parse_discount_ref(data: object) -> EntityRef | None | Unset:
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

        discount_ref = _parse_discount_ref(d.pop("DiscountRef", UNSET))

        def _parse_discount_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("DiscountAmount", UNSET))

        def _parse_ship_method_ref(data: object) -> EntityRef | None | Unset:
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

        ship_method_ref = _parse_ship_method_ref(d.pop("ShipMethodRef", UNSET))

        def _parse_ship_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ship_amount = _parse_ship_amount(d.pop("ShipAmount", UNSET))

        def _parse_ship_sales_tax_code_ref(data: object) -> EntityRef | None | Unset:
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

        ship_sales_tax_code_ref = _parse_ship_sales_tax_code_ref(d.pop("ShipSalesTaxCodeRef", UNSET))

        def _parse_sales_rep_ref(data: object) -> EntityRef | None | Unset:
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

        sales_rep_ref = _parse_sales_rep_ref(d.pop("SalesRepRef", UNSET))

        def _parse_term_ref(data: object) -> EntityRef | None | Unset:
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

        term_ref = _parse_term_ref(d.pop("TermRef", UNSET))

        def _parse_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exchange_rate = _parse_exchange_rate(d.pop("ExchangeRate", UNSET))

        def _parse_bill_address(data: object) -> CustomerAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bill_address_type_0 = CustomerAddress.from_dict(data)

                return bill_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerAddress | None | Unset, data)

        bill_address = _parse_bill_address(d.pop("BillAddress", UNSET))

        def _parse_ship_address(data: object) -> CustomerAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ship_address_type_0 = CustomerAddress.from_dict(data)

                return ship_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerAddress | None | Unset, data)

        ship_address = _parse_ship_address(d.pop("ShipAddress", UNSET))

        _line_items = d.pop("LineItems", UNSET)
        line_items: list[ShipDocLineItem] | Unset = UNSET
        if _line_items is not UNSET:
            line_items = []
            for line_items_item_data in _line_items:
                line_items_item = ShipDocLineItem.from_dict(line_items_item_data)

                line_items.append(line_items_item)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[CustomFieldData] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomFieldData.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        ship_doc_update = cls(
            customer_ref=customer_ref,
            date=date,
            doc_no=doc_no,
            ship_to_ref=ship_to_ref,
            customer_po=customer_po,
            status_ref=status_ref,
            tracking_no=tracking_no,
            total_packages=total_packages,
            class_ref=class_ref,
            contact_ref=contact_ref,
            currency_ref=currency_ref,
            fob=fob,
            internal_notes=internal_notes,
            memo=memo,
            location_ref=location_ref,
            discount_ref=discount_ref,
            discount_amount=discount_amount,
            ship_method_ref=ship_method_ref,
            ship_amount=ship_amount,
            ship_sales_tax_code_ref=ship_sales_tax_code_ref,
            sales_rep_ref=sales_rep_ref,
            term_ref=term_ref,
            exchange_rate=exchange_rate,
            bill_address=bill_address,
            ship_address=ship_address,
            line_items=line_items,
            custom_fields=custom_fields,
        )

        ship_doc_update.additional_properties = d
        return ship_doc_update

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
