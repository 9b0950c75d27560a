from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.person import Person


T = TypeVar("T", bound="CustomerUpdate")


@_attrs_define
class CustomerUpdate:
    """Body of a customer PUT — the whole customer, including its `Id`.

    Attributes:
        name (str):
        id (int): Assigned on create; identifies the customer in PUT.
        company_name (None | str | Unset):
        account_number (None | str | Unset):
        parent (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not set.
        tax_registration_number (None | str | Unset):
        website (None | str | Unset):
        note (None | str | Unset):
        shipping_instructions (None | str | Unset):
        invoice_send_method (int | None | Unset): How invoices are sent (the vendor's SendMethodEnum; its values are not
            documented).
        primary_contact (None | Person | Unset):
        is_active (bool | Unset):
        on_credit_hold (bool | Unset):
        credit_limit (float | None | Unset):
        allow_ship_partial (bool | Unset):
        ar_account_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
            not set.
        class_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        currency_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        discount_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        fob_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not set.
        item_sales_tax_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
            is not set.
        payment_method_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
            is not set.
        price_level_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
            not set.
        proxy_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        sales_rep_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
            not set.
        sales_tax_code_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it
            is not set.
        ship_method_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is
            not set.
        term_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        type_ref (EntityRef | None | Unset): An optional reference that the server may send as `null` when it is not
            set.
        credit_card_no (None | str | Unset):
        credit_card_name (None | str | Unset):
        credit_card_address (None | str | Unset):
        credit_card_zip (None | str | Unset):
        exp_month (int | None | Unset):
        exp_year (int | None | Unset):
        sales_tax_certificate (None | str | Unset):
    """

    name: str
    id: int
    company_name: None | str | Unset = UNSET
    account_number: None | str | Unset = UNSET
    parent: EntityRef | None | Unset = UNSET
    tax_registration_number: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    shipping_instructions: None | str | Unset = UNSET
    invoice_send_method: int | None | Unset = UNSET
    primary_contact: None | Person | Unset = UNSET
    is_active: bool | Unset = UNSET
    on_credit_hold: bool | Unset = UNSET
    credit_limit: float | None | Unset = UNSET
    allow_ship_partial: bool | Unset = UNSET
    ar_account_ref: EntityRef | None | Unset = UNSET
    class_ref: EntityRef | None | Unset = UNSET
    currency_ref: EntityRef | None | Unset = UNSET
    discount_ref: EntityRef | None | Unset = UNSET
    fob_ref: EntityRef | None | Unset = UNSET
    item_sales_tax_ref: EntityRef | None | Unset = UNSET
    payment_method_ref: EntityRef | None | Unset = UNSET
    price_level_ref: EntityRef | None | Unset = UNSET
    proxy_ref: EntityRef | None | Unset = UNSET
    sales_rep_ref: EntityRef | None | Unset = UNSET
    sales_tax_code_ref: EntityRef | None | Unset = UNSET
    ship_method_ref: EntityRef | None | Unset = UNSET
    term_ref: EntityRef | None | Unset = UNSET
    type_ref: EntityRef | None | Unset = UNSET
    credit_card_no: None | str | Unset = UNSET
    credit_card_name: None | str | Unset = UNSET
    credit_card_address: None | str | Unset = UNSET
    credit_card_zip: None | str | Unset = UNSET
    exp_month: int | None | Unset = UNSET
    exp_year: int | None | Unset = UNSET
    sales_tax_certificate: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415

        name = self.name

        id = self.id

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        parent: dict[str, Any] | None | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        elif isinstance(self.parent, EntityRef):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        tax_registration_number: None | str | Unset
        if isinstance(self.tax_registration_number, Unset):
            tax_registration_number = UNSET
        else:
            tax_registration_number = self.tax_registration_number

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        shipping_instructions: None | str | Unset
        if isinstance(self.shipping_instructions, Unset):
            shipping_instructions = UNSET
        else:
            shipping_instructions = self.shipping_instructions

        invoice_send_method: int | None | Unset
        if isinstance(self.invoice_send_method, Unset):
            invoice_send_method = UNSET
        else:
            invoice_send_method = self.invoice_send_method

        primary_contact: dict[str, Any] | None | Unset
        if isinstance(self.primary_contact, Unset):
            primary_contact = UNSET
        elif isinstance(self.primary_contact, Person):
            primary_contact = self.primary_contact.to_dict()
        else:
            primary_contact = self.primary_contact

        is_active = self.is_active

        on_credit_hold = self.on_credit_hold

        credit_limit: float | None | Unset
        if isinstance(self.credit_limit, Unset):
            credit_limit = UNSET
        else:
            credit_limit = self.credit_limit

        allow_ship_partial = self.allow_ship_partial

        ar_account_ref: dict[str, Any] | None | Unset
        if isinstance(self.ar_account_ref, Unset):
            ar_account_ref = UNSET
        elif isinstance(self.ar_account_ref, EntityRef):
            ar_account_ref = self.ar_account_ref.to_dict()
        else:
            ar_account_ref = self.ar_account_ref

        class_ref: dict[str, Any] | None | Unset
        if isinstance(self.class_ref, Unset):
            class_ref = UNSET
        elif isinstance(self.class_ref, EntityRef):
            class_ref = self.class_ref.to_dict()
        else:
            class_ref = self.class_ref

        currency_ref: dict[str, Any] | None | Unset
        if isinstance(self.currency_ref, Unset):
            currency_ref = UNSET
        elif isinstance(self.currency_ref, EntityRef):
            currency_ref = self.currency_ref.to_dict()
        else:
            currency_ref = self.currency_ref

        discount_ref: dict[str, Any] | None | Unset
        if isinstance(self.discount_ref, Unset):
            discount_ref = UNSET
        elif isinstance(self.discount_ref, EntityRef):
            discount_ref = self.discount_ref.to_dict()
        else:
            discount_ref = self.discount_ref

        fob_ref: dict[str, Any] | None | Unset
        if isinstance(self.fob_ref, Unset):
            fob_ref = UNSET
        elif isinstance(self.fob_ref, EntityRef):
            fob_ref = self.fob_ref.to_dict()
        else:
            fob_ref = self.fob_ref

        item_sales_tax_ref: dict[str, Any] | None | Unset
        if isinstance(self.item_sales_tax_ref, Unset):
            item_sales_tax_ref = UNSET
        elif isinstance(self.item_sales_tax_ref, EntityRef):
            item_sales_tax_ref = self.item_sales_tax_ref.to_dict()
        else:
            item_sales_tax_ref = self.item_sales_tax_ref

        payment_method_ref: dict[str, Any] | None | Unset
        if isinstance(self.payment_method_ref, Unset):
            payment_method_ref = UNSET
        elif isinstance(self.payment_method_ref, EntityRef):
            payment_method_ref = self.payment_method_ref.to_dict()
        else:
            payment_method_ref = self.payment_method_ref

        price_level_ref: dict[str, Any] | None | Unset
        if isinstance(self.price_level_ref, Unset):
            price_level_ref = UNSET
        elif isinstance(self.price_level_ref, EntityRef):
            price_level_ref = self.price_level_ref.to_dict()
        else:
            price_level_ref = self.price_level_ref

        proxy_ref: dict[str, Any] | None | Unset
        if isinstance(self.proxy_ref, Unset):
            proxy_ref = UNSET
        elif isinstance(self.proxy_ref, EntityRef):
            proxy_ref = self.proxy_ref.to_dict()
        else:
            proxy_ref = self.proxy_ref

        sales_rep_ref: dict[str, Any] | None | Unset
        if isinstance(self.sales_rep_ref, Unset):
            sales_rep_ref = UNSET
        elif isinstance(self.sales_rep_ref, EntityRef):
            sales_rep_ref = self.sales_rep_ref.to_dict()
        else:
            sales_rep_ref = self.sales_rep_ref

        sales_tax_code_ref: dict[str, Any] | None | Unset
        if isinstance(self.sales_tax_code_ref, Unset):
            sales_tax_code_ref = UNSET
        elif isinstance(self.sales_tax_code_ref, EntityRef):
            sales_tax_code_ref = self.sales_tax_code_ref.to_dict()
        else:
            sales_tax_code_ref = self.sales_tax_code_ref

        ship_method_ref: dict[str, Any] | None | Unset
        if isinstance(self.ship_method_ref, Unset):
            ship_method_ref = UNSET
        elif isinstance(self.ship_method_ref, EntityRef):
            ship_method_ref = self.ship_method_ref.to_dict()
        else:
            ship_method_ref = self.ship_method_ref

        term_ref: dict[str, Any] | None | Unset
        if isinstance(self.term_ref, Unset):
            term_ref = UNSET
        elif isinstance(self.term_ref, EntityRef):
            term_ref = self.term_ref.to_dict()
        else:
            term_ref = self.term_ref

        type_ref: dict[str, Any] | None | Unset
        if isinstance(self.type_ref, Unset):
            type_ref = UNSET
        elif isinstance(self.type_ref, EntityRef):
            type_ref = self.type_ref.to_dict()
        else:
            type_ref = self.type_ref

        credit_card_no: None | str | Unset
        if isinstance(self.credit_card_no, Unset):
            credit_card_no = UNSET
        else:
            credit_card_no = self.credit_card_no

        credit_card_name: None | str | Unset
        if isinstance(self.credit_card_name, Unset):
            credit_card_name = UNSET
        else:
            credit_card_name = self.credit_card_name

        credit_card_address: None | str | Unset
        if isinstance(self.credit_card_address, Unset):
            credit_card_address = UNSET
        else:
            credit_card_address = self.credit_card_address

        credit_card_zip: None | str | Unset
        if isinstance(self.credit_card_zip, Unset):
            credit_card_zip = UNSET
        else:
            credit_card_zip = self.credit_card_zip

        exp_month: int | None | Unset
        if isinstance(self.exp_month, Unset):
            exp_month = UNSET
        else:
            exp_month = self.exp_month

        exp_year: int | None | Unset
        if isinstance(self.exp_year, Unset):
            exp_year = UNSET
        else:
            exp_year = self.exp_year

        sales_tax_certificate: None | str | Unset
        if isinstance(self.sales_tax_certificate, Unset):
            sales_tax_certificate = UNSET
        else:
            sales_tax_certificate = self.sales_tax_certificate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Id": id,
            }
        )
        if company_name is not UNSET:
            field_dict["CompanyName"] = company_name
        if account_number is not UNSET:
            field_dict["AccountNumber"] = account_number
        if parent is not UNSET:
            field_dict["Parent"] = parent
        if tax_registration_number is not UNSET:
            field_dict["TaxRegistrationNumber"] = tax_registration_number
        if website is not UNSET:
            field_dict["Website"] = website
        if note is not UNSET:
            field_dict["Note"] = note
        if shipping_instructions is not UNSET:
            field_dict["ShippingInstructions"] = shipping_instructions
        if invoice_send_method is not UNSET:
            field_dict["InvoiceSendMethod"] = invoice_send_method
        if primary_contact is not UNSET:
            field_dict["PrimaryContact"] = primary_contact
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if on_credit_hold is not UNSET:
            field_dict["OnCreditHold"] = on_credit_hold
        if credit_limit is not UNSET:
            field_dict["CreditLimit"] = credit_limit
        if allow_ship_partial is not UNSET:
            field_dict["AllowShipPartial"] = allow_ship_partial
        if ar_account_ref is not UNSET:
            field_dict["ARAccountRef"] = ar_account_ref
        if class_ref is not UNSET:
            field_dict["ClassRef"] = class_ref
        if currency_ref is not UNSET:
            field_dict["CurrencyRef"] = currency_ref
        if discount_ref is not UNSET:
            field_dict["DiscountRef"] = discount_ref
        if fob_ref is not UNSET:
            field_dict["FOBRef"] = fob_ref
        if item_sales_tax_ref is not UNSET:
            field_dict["ItemSalesTaxRef"] = item_sales_tax_ref
        if payment_method_ref is not UNSET:
            field_dict["PaymentMethodRef"] = payment_method_ref
        if price_level_ref is not UNSET:
            field_dict["PriceLevelRef"] = price_level_ref
        if proxy_ref is not UNSET:
            field_dict["ProxyRef"] = proxy_ref
        if sales_rep_ref is not UNSET:
            field_dict["SalesRepRef"] = sales_rep_ref
        if sales_tax_code_ref is not UNSET:
            field_dict["SalesTaxCodeRef"] = sales_tax_code_ref
        if ship_method_ref is not UNSET:
            field_dict["ShipMethodRef"] = ship_method_ref
        if term_ref is not UNSET:
            field_dict["TermRef"] = term_ref
        if type_ref is not UNSET:
            field_dict["TypeRef"] = type_ref
        if credit_card_no is not UNSET:
            field_dict["CreditCardNo"] = credit_card_no
        if credit_card_name is not UNSET:
            field_dict["CreditCardName"] = credit_card_name
        if credit_card_address is not UNSET:
            field_dict["CreditCardAddress"] = credit_card_address
        if credit_card_zip is not UNSET:
            field_dict["CreditCardZip"] = credit_card_zip
        if exp_month is not UNSET:
            field_dict["ExpMonth"] = exp_month
        if exp_year is not UNSET:
            field_dict["ExpYear"] = exp_year
        if sales_tax_certificate is not UNSET:
            field_dict["SalesTaxCertificate"] = sales_tax_certificate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name")

        id = d.pop("Id")

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("CompanyName", UNSET))

        def _parse_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_number = _parse_account_number(d.pop("AccountNumber", UNSET))

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

        def _parse_tax_registration_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_registration_number = _parse_tax_registration_number(d.pop("TaxRegistrationNumber", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("Website", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("Note", UNSET))

        def _parse_shipping_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shipping_instructions = _parse_shipping_instructions(d.pop("ShippingInstructions", UNSET))

        def _parse_invoice_send_method(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        invoice_send_method = _parse_invoice_send_method(d.pop("InvoiceSendMethod", UNSET))

        def _parse_primary_contact(data: object) -> None | Person | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                primary_contact_type_0 = Person.from_dict(data)

                return primary_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Person | Unset, data)

        primary_contact = _parse_primary_contact(d.pop("PrimaryContact", UNSET))

        is_active = d.pop("IsActive", UNSET)

        on_credit_hold = d.pop("OnCreditHold", UNSET)

        def _parse_credit_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        credit_limit = _parse_credit_limit(d.pop("CreditLimit", UNSET))

        allow_ship_partial = d.pop("AllowShipPartial", UNSET)

        def _parse_ar_account_ref(data: object) -> EntityRef | None | Unset:
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

        ar_account_ref = _parse_ar_account_ref(d.pop("ARAccountRef", UNSET))

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

        def _parse_fob_ref(data: object) -> EntityRef | None | Unset:
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

        fob_ref = _parse_fob_ref(d.pop("FOBRef", UNSET))

        def _parse_item_sales_tax_ref(data: object) -> EntityRef | None | Unset:
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

        item_sales_tax_ref = _parse_item_sales_tax_ref(d.pop("ItemSalesTaxRef", UNSET))

        def _parse_payment_method_ref(data: object) -> EntityRef | None | Unset:
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

        payment_method_ref = _parse_payment_method_ref(d.pop("PaymentMethodRef", UNSET))

        def _parse_price_level_ref(data: object) -> EntityRef | None | Unset:
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

        price_level_ref = _parse_price_level_ref(d.pop("PriceLevelRef", UNSET))

        def _parse_proxy_ref(data: object) -> EntityRef | None | Unset:
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

        proxy_ref = _parse_proxy_ref(d.pop("ProxyRef", UNSET))

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

        def _parse_type_ref(data: object) -> EntityRef | None | Unset:
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

        type_ref = _parse_type_ref(d.pop("TypeRef", UNSET))

        def _parse_credit_card_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_card_no = _parse_credit_card_no(d.pop("CreditCardNo", UNSET))

        def _parse_credit_card_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_card_name = _parse_credit_card_name(d.pop("CreditCardName", UNSET))

        def _parse_credit_card_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_card_address = _parse_credit_card_address(d.pop("CreditCardAddress", UNSET))

        def _parse_credit_card_zip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_card_zip = _parse_credit_card_zip(d.pop("CreditCardZip", UNSET))

        def _parse_exp_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exp_month = _parse_exp_month(d.pop("ExpMonth", UNSET))

        def _parse_exp_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exp_year = _parse_exp_year(d.pop("ExpYear", UNSET))

        def _parse_sales_tax_certificate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sales_tax_certificate = _parse_sales_tax_certificate(d.pop("SalesTaxCertificate", UNSET))

        customer_update = cls(
            name=name,
            id=id,
            company_name=company_name,
            account_number=account_number,
            parent=parent,
            tax_registration_number=tax_registration_number,
            website=website,
            note=note,
            shipping_instructions=shipping_instructions,
            invoice_send_method=invoice_send_method,
            primary_contact=primary_contact,
            is_active=is_active,
            on_credit_hold=on_credit_hold,
            credit_limit=credit_limit,
            allow_ship_partial=allow_ship_partial,
            ar_account_ref=ar_account_ref,
            class_ref=class_ref,
            currency_ref=currency_ref,
            discount_ref=discount_ref,
            fob_ref=fob_ref,
            item_sales_tax_ref=item_sales_tax_ref,
            payment_method_ref=payment_method_ref,
            price_level_ref=price_level_ref,
            proxy_ref=proxy_ref,
            sales_rep_ref=sales_rep_ref,
            sales_tax_code_ref=sales_tax_code_ref,
            ship_method_ref=ship_method_ref,
            term_ref=term_ref,
            type_ref=type_ref,
            credit_card_no=credit_card_no,
            credit_card_name=credit_card_name,
            credit_card_address=credit_card_address,
            credit_card_zip=credit_card_zip,
            exp_month=exp_month,
            exp_year=exp_year,
            sales_tax_certificate=sales_tax_certificate,
        )

        customer_update.additional_properties = d
        return customer_update

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
