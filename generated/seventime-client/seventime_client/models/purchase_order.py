from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_status import PurchaseOrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_address import DeliveryAddress
    from ..models.invoice_address import InvoiceAddress
    from ..models.invoice_item import InvoiceItem
    from ..models.purchase_order_document import PurchaseOrderDocument
    from ..models.purchase_order_log_entry import PurchaseOrderLogEntry


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """A purchase order as the server returns it: the writable fields plus server-assigned ones and denormalized display
    names (`…Name`) of every referenced record.

        Attributes:
            field_id (str): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            created_by_user (str): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            distributor (str): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            field_v (int | Unset): MongoDB document version.
            purchase_order_number (str | Unset): Number assigned by Seven Time (a string of digits).
            create_date (datetime.datetime | Unset):
            sent_date (datetime.datetime | None | Unset): When the order was sent; null while it is a draft.
            confirmation_date (datetime.datetime | None | Unset):
            expected_delivery_date (datetime.datetime | None | Unset):
            purchase_order_date (datetime.datetime | None | Unset): Order date; null when none was given on create.
            desired_delivery_date (datetime.datetime | None | Unset): Requested delivery date; null when none was given on
                create.
            purchase_order_name (str | Unset):
            purchase_order_info_name (str | Unset):
            purchase_order_status (int | PurchaseOrderStatus | str | Unset): Status code, normally one of
                `PurchaseOrderStatus`; any other integer, or a code as text, is passed on as it is.
            language (str | Unset):
            created_by_user_name (str | Unset):
            distributor_name (str | Unset):
            distributor_address (str | Unset):
            distributor_vat (str | Unset):
            our_customer_number (str | Unset): Our customer number at the distributor.
            our_reference (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            our_reference_name (str | Unset):
            contact_person_distributor (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
                5fca480e571eb873a64b97ec.
            contact_person_distributor_name (str | Unset):
            project (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            project_name (str | Unset):
            project_number (int | str | Unset): Number of the project.
            work_order (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
            work_order_number (int | str | Unset): Number of the work order (digits, as text or as a number).
            work_order_name (str | Unset):
            delivery_address (DeliveryAddress | Unset): Where the distributor should deliver.
            delivery_attention (str | Unset):
            delivery_phone (str | Unset):
            invoice_address (InvoiceAddress | Unset): Where the distributor should send the invoice.
            marking (str | Unset):
            payment_days (int | Unset):
            invoice_items (list[InvoiceItem] | Unset):
            header_text (str | Unset):
            footer_text (str | Unset):
            footer_info_text (str | Unset):
            purchase_order_log_entries (list[PurchaseOrderLogEntry] | Unset):
            documents (list[PurchaseOrderDocument] | Unset):
            public_link (str | Unset): Token of the public (customer-facing) link to the order.
            total_amount (float | Unset): Total excluding tax.
            total_tax_amount (float | Unset):
            total_amount_incl_tax (float | Unset):
            tax_percent (float | Unset):
            total_cost (float | Unset):
            currency_code (str | Unset):  Example: SEK.
            currency_rate (float | Unset):
            archived (bool | Unset):
            archived_date (datetime.datetime | None | Unset):
            approved_by (None | str | Unset):
            approved_by_name (None | str | Unset):
    """

    field_id: str
    created_by_user: str
    distributor: str
    field_v: int | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    sent_date: datetime.datetime | None | Unset = UNSET
    confirmation_date: datetime.datetime | None | Unset = UNSET
    expected_delivery_date: datetime.datetime | None | Unset = UNSET
    purchase_order_date: datetime.datetime | None | Unset = UNSET
    desired_delivery_date: datetime.datetime | None | Unset = UNSET
    purchase_order_name: str | Unset = UNSET
    purchase_order_info_name: str | Unset = UNSET
    purchase_order_status: int | PurchaseOrderStatus | str | Unset = UNSET
    language: str | Unset = UNSET
    created_by_user_name: str | Unset = UNSET
    distributor_name: str | Unset = UNSET
    distributor_address: str | Unset = UNSET
    distributor_vat: str | Unset = UNSET
    our_customer_number: str | Unset = UNSET
    our_reference: str | Unset = UNSET
    our_reference_name: str | Unset = UNSET
    contact_person_distributor: str | Unset = UNSET
    contact_person_distributor_name: str | Unset = UNSET
    project: str | Unset = UNSET
    project_name: str | Unset = UNSET
    project_number: int | str | Unset = UNSET
    work_order: str | Unset = UNSET
    work_order_number: int | str | Unset = UNSET
    work_order_name: str | Unset = UNSET
    delivery_address: DeliveryAddress | Unset = UNSET
    delivery_attention: str | Unset = UNSET
    delivery_phone: str | Unset = UNSET
    invoice_address: InvoiceAddress | Unset = UNSET
    marking: str | Unset = UNSET
    payment_days: int | Unset = UNSET
    invoice_items: list[InvoiceItem] | Unset = UNSET
    header_text: str | Unset = UNSET
    footer_text: str | Unset = UNSET
    footer_info_text: str | Unset = UNSET
    purchase_order_log_entries: list[PurchaseOrderLogEntry] | Unset = UNSET
    documents: list[PurchaseOrderDocument] | Unset = UNSET
    public_link: str | Unset = UNSET
    total_amount: float | Unset = UNSET
    total_tax_amount: float | Unset = UNSET
    total_amount_incl_tax: float | Unset = UNSET
    tax_percent: float | Unset = UNSET
    total_cost: float | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_rate: float | Unset = UNSET
    archived: bool | Unset = UNSET
    archived_date: datetime.datetime | None | Unset = UNSET
    approved_by: None | str | Unset = UNSET
    approved_by_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        created_by_user = self.created_by_user

        distributor = self.distributor

        field_v = self.field_v

        purchase_order_number = self.purchase_order_number

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        sent_date: None | str | Unset
        if isinstance(self.sent_date, Unset):
            sent_date = UNSET
        elif isinstance(self.sent_date, datetime.datetime):
            sent_date = self.sent_date.isoformat()
        else:
            sent_date = self.sent_date

        confirmation_date: None | str | Unset
        if isinstance(self.confirmation_date, Unset):
            confirmation_date = UNSET
        elif isinstance(self.confirmation_date, datetime.datetime):
            confirmation_date = self.confirmation_date.isoformat()
        else:
            confirmation_date = self.confirmation_date

        expected_delivery_date: None | str | Unset
        if isinstance(self.expected_delivery_date, Unset):
            expected_delivery_date = UNSET
        elif isinstance(self.expected_delivery_date, datetime.datetime):
            expected_delivery_date = self.expected_delivery_date.isoformat()
        else:
            expected_delivery_date = self.expected_delivery_date

        purchase_order_date: None | str | Unset
        if isinstance(self.purchase_order_date, Unset):
            purchase_order_date = UNSET
        elif isinstance(self.purchase_order_date, datetime.datetime):
            purchase_order_date = self.purchase_order_date.isoformat()
        else:
            purchase_order_date = self.purchase_order_date

        desired_delivery_date: None | str | Unset
        if isinstance(self.desired_delivery_date, Unset):
            desired_delivery_date = UNSET
        elif isinstance(self.desired_delivery_date, datetime.datetime):
            desired_delivery_date = self.desired_delivery_date.isoformat()
        else:
            desired_delivery_date = self.desired_delivery_date

        purchase_order_name = self.purchase_order_name

        purchase_order_info_name = self.purchase_order_info_name

        purchase_order_status: int | str | Unset
        if isinstance(self.purchase_order_status, Unset):
            purchase_order_status = UNSET
        elif isinstance(self.purchase_order_status, PurchaseOrderStatus):
            purchase_order_status = self.purchase_order_status.value
        else:
            purchase_order_status = self.purchase_order_status

        language = self.language

        created_by_user_name = self.created_by_user_name

        distributor_name = self.distributor_name

        distributor_address = self.distributor_address

        distributor_vat = self.distributor_vat

        our_customer_number = self.our_customer_number

        our_reference = self.our_reference

        our_reference_name = self.our_reference_name

        contact_person_distributor = self.contact_person_distributor

        contact_person_distributor_name = self.contact_person_distributor_name

        project = self.project

        project_name = self.project_name

        project_number: int | str | Unset
        if isinstance(self.project_number, Unset):
            project_number = UNSET
        else:
            project_number = self.project_number

        work_order = self.work_order

        work_order_number: int | str | Unset
        if isinstance(self.work_order_number, Unset):
            work_order_number = UNSET
        else:
            work_order_number = self.work_order_number

        work_order_name = self.work_order_name

        delivery_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_address, Unset):
            delivery_address = self.delivery_address.to_dict()

        delivery_attention = self.delivery_attention

        delivery_phone = self.delivery_phone

        invoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_address, Unset):
            invoice_address = self.invoice_address.to_dict()

        marking = self.marking

        payment_days = self.payment_days

        invoice_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_items, Unset):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = invoice_items_item_data.to_dict()
                invoice_items.append(invoice_items_item)

        header_text = self.header_text

        footer_text = self.footer_text

        footer_info_text = self.footer_info_text

        purchase_order_log_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.purchase_order_log_entries, Unset):
            purchase_order_log_entries = []
            for purchase_order_log_entries_item_data in self.purchase_order_log_entries:
                purchase_order_log_entries_item = purchase_order_log_entries_item_data.to_dict()
                purchase_order_log_entries.append(purchase_order_log_entries_item)

        documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.to_dict()
                documents.append(documents_item)

        public_link = self.public_link

        total_amount = self.total_amount

        total_tax_amount = self.total_tax_amount

        total_amount_incl_tax = self.total_amount_incl_tax

        tax_percent = self.tax_percent

        total_cost = self.total_cost

        currency_code = self.currency_code

        currency_rate = self.currency_rate

        archived = self.archived

        archived_date: None | str | Unset
        if isinstance(self.archived_date, Unset):
            archived_date = UNSET
        elif isinstance(self.archived_date, datetime.datetime):
            archived_date = self.archived_date.isoformat()
        else:
            archived_date = self.archived_date

        approved_by: None | str | Unset
        if isinstance(self.approved_by, Unset):
            approved_by = UNSET
        else:
            approved_by = self.approved_by

        approved_by_name: None | str | Unset
        if isinstance(self.approved_by_name, Unset):
            approved_by_name = UNSET
        else:
            approved_by_name = self.approved_by_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "createdByUser": created_by_user,
                "distributor": distributor,
            }
        )
        if field_v is not UNSET:
            field_dict["__v"] = field_v
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if sent_date is not UNSET:
            field_dict["sentDate"] = sent_date
        if confirmation_date is not UNSET:
            field_dict["confirmationDate"] = confirmation_date
        if expected_delivery_date is not UNSET:
            field_dict["expectedDeliveryDate"] = expected_delivery_date
        if purchase_order_date is not UNSET:
            field_dict["purchaseOrderDate"] = purchase_order_date
        if desired_delivery_date is not UNSET:
            field_dict["desiredDeliveryDate"] = desired_delivery_date
        if purchase_order_name is not UNSET:
            field_dict["purchaseOrderName"] = purchase_order_name
        if purchase_order_info_name is not UNSET:
            field_dict["purchaseOrderInfoName"] = purchase_order_info_name
        if purchase_order_status is not UNSET:
            field_dict["purchaseOrderStatus"] = purchase_order_status
        if language is not UNSET:
            field_dict["language"] = language
        if created_by_user_name is not UNSET:
            field_dict["createdByUserName"] = created_by_user_name
        if distributor_name is not UNSET:
            field_dict["distributorName"] = distributor_name
        if distributor_address is not UNSET:
            field_dict["distributorAddress"] = distributor_address
        if distributor_vat is not UNSET:
            field_dict["distributorVAT"] = distributor_vat
        if our_customer_number is not UNSET:
            field_dict["ourCustomerNumber"] = our_customer_number
        if our_reference is not UNSET:
            field_dict["ourReference"] = our_reference
        if our_reference_name is not UNSET:
            field_dict["ourReferenceName"] = our_reference_name
        if contact_person_distributor is not UNSET:
            field_dict["contactPersonDistributor"] = contact_person_distributor
        if contact_person_distributor_name is not UNSET:
            field_dict["contactPersonDistributorName"] = contact_person_distributor_name
        if project is not UNSET:
            field_dict["project"] = project
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if project_number is not UNSET:
            field_dict["projectNumber"] = project_number
        if work_order is not UNSET:
            field_dict["workOrder"] = work_order
        if work_order_number is not UNSET:
            field_dict["workOrderNumber"] = work_order_number
        if work_order_name is not UNSET:
            field_dict["workOrderName"] = work_order_name
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_attention is not UNSET:
            field_dict["deliveryAttention"] = delivery_attention
        if delivery_phone is not UNSET:
            field_dict["deliveryPhone"] = delivery_phone
        if invoice_address is not UNSET:
            field_dict["invoiceAddress"] = invoice_address
        if marking is not UNSET:
            field_dict["marking"] = marking
        if payment_days is not UNSET:
            field_dict["paymentDays"] = payment_days
        if invoice_items is not UNSET:
            field_dict["invoiceItems"] = invoice_items
        if header_text is not UNSET:
            field_dict["headerText"] = header_text
        if footer_text is not UNSET:
            field_dict["footerText"] = footer_text
        if footer_info_text is not UNSET:
            field_dict["footerInfoText"] = footer_info_text
        if purchase_order_log_entries is not UNSET:
            field_dict["purchaseOrderLogEntries"] = purchase_order_log_entries
        if documents is not UNSET:
            field_dict["documents"] = documents
        if public_link is not UNSET:
            field_dict["publicLink"] = public_link
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_tax_amount is not UNSET:
            field_dict["totalTaxAmount"] = total_tax_amount
        if total_amount_incl_tax is not UNSET:
            field_dict["totalAmountInclTax"] = total_amount_incl_tax
        if tax_percent is not UNSET:
            field_dict["taxPercent"] = tax_percent
        if total_cost is not UNSET:
            field_dict["totalCost"] = total_cost
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if currency_rate is not UNSET:
            field_dict["currencyRate"] = currency_rate
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_date is not UNSET:
            field_dict["archivedDate"] = archived_date
        if approved_by is not UNSET:
            field_dict["approvedBy"] = approved_by
        if approved_by_name is not UNSET:
            field_dict["approvedByName"] = approved_by_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_address import DeliveryAddress  # noqa: PLC0415
        from ..models.invoice_address import InvoiceAddress  # noqa: PLC0415
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415
        from ..models.purchase_order_document import PurchaseOrderDocument  # noqa: PLC0415
        from ..models.purchase_order_log_entry import PurchaseOrderLogEntry  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        created_by_user = d.pop("createdByUser")

        distributor = d.pop("distributor")

        field_v = d.pop("__v", UNSET)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        _create_date = d.pop("createDate", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = datetime.datetime.fromisoformat(_create_date)

        def _parse_sent_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_date_type_0 = datetime.datetime.fromisoformat(data)

                return sent_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_date = _parse_sent_date(d.pop("sentDate", UNSET))

        def _parse_confirmation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmation_date_type_0 = datetime.datetime.fromisoformat(data)

                return confirmation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        confirmation_date = _parse_confirmation_date(d.pop("confirmationDate", UNSET))

        def _parse_expected_delivery_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expected_delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return expected_delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expected_delivery_date = _parse_expected_delivery_date(d.pop("expectedDeliveryDate", UNSET))

        def _parse_purchase_order_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                purchase_order_date_type_0 = datetime.datetime.fromisoformat(data)

                return purchase_order_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        purchase_order_date = _parse_purchase_order_date(d.pop("purchaseOrderDate", UNSET))

        def _parse_desired_delivery_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                desired_delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return desired_delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        desired_delivery_date = _parse_desired_delivery_date(d.pop("desiredDeliveryDate", UNSET))

        purchase_order_name = d.pop("purchaseOrderName", UNSET)

        purchase_order_info_name = d.pop("purchaseOrderInfoName", UNSET)

        def _parse_purchase_order_status(data: object) -> int | PurchaseOrderStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                purchase_order_status_type_0 = PurchaseOrderStatus._read(data)

                return purchase_order_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | PurchaseOrderStatus | str | Unset, data)

        purchase_order_status = _parse_purchase_order_status(d.pop("purchaseOrderStatus", UNSET))

        language = d.pop("language", UNSET)

        created_by_user_name = d.pop("createdByUserName", UNSET)

        distributor_name = d.pop("distributorName", UNSET)

        distributor_address = d.pop("distributorAddress", UNSET)

        distributor_vat = d.pop("distributorVAT", UNSET)

        our_customer_number = d.pop("ourCustomerNumber", UNSET)

        our_reference = d.pop("ourReference", UNSET)

        our_reference_name = d.pop("ourReferenceName", UNSET)

        contact_person_distributor = d.pop("contactPersonDistributor", UNSET)

        contact_person_distributor_name = d.pop("contactPersonDistributorName", UNSET)

        project = d.pop("project", UNSET)

        project_name = d.pop("projectName", UNSET)

        def _parse_project_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        project_number = _parse_project_number(d.pop("projectNumber", UNSET))

        work_order = d.pop("workOrder", UNSET)

        def _parse_work_order_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        work_order_number = _parse_work_order_number(d.pop("workOrderNumber", UNSET))

        work_order_name = d.pop("workOrderName", UNSET)

        _delivery_address = d.pop("deliveryAddress", UNSET)
        delivery_address: DeliveryAddress | Unset
        if isinstance(_delivery_address, Unset):
            delivery_address = UNSET
        else:
            delivery_address = DeliveryAddress.from_dict(_delivery_address)

        delivery_attention = d.pop("deliveryAttention", UNSET)

        delivery_phone = d.pop("deliveryPhone", UNSET)

        _invoice_address = d.pop("invoiceAddress", UNSET)
        invoice_address: InvoiceAddress | Unset
        if isinstance(_invoice_address, Unset):
            invoice_address = UNSET
        else:
            invoice_address = InvoiceAddress.from_dict(_invoice_address)

        marking = d.pop("marking", UNSET)

        payment_days = d.pop("paymentDays", UNSET)

        _invoice_items = d.pop("invoiceItems", UNSET)
        invoice_items: list[InvoiceItem] | Unset = UNSET
        if _invoice_items is not UNSET:
            invoice_items = []
            for invoice_items_item_data in _invoice_items:
                invoice_items_item = InvoiceItem.from_dict(invoice_items_item_data)

                invoice_items.append(invoice_items_item)

        header_text = d.pop("headerText", UNSET)

        footer_text = d.pop("footerText", UNSET)

        footer_info_text = d.pop("footerInfoText", UNSET)

        _purchase_order_log_entries = d.pop("purchaseOrderLogEntries", UNSET)
        purchase_order_log_entries: list[PurchaseOrderLogEntry] | Unset = UNSET
        if _purchase_order_log_entries is not UNSET:
            purchase_order_log_entries = []
            for purchase_order_log_entries_item_data in _purchase_order_log_entries:
                purchase_order_log_entries_item = PurchaseOrderLogEntry.from_dict(purchase_order_log_entries_item_data)

                purchase_order_log_entries.append(purchase_order_log_entries_item)

        _documents = d.pop("documents", UNSET)
        documents: list[PurchaseOrderDocument] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = PurchaseOrderDocument.from_dict(documents_item_data)

                documents.append(documents_item)

        public_link = d.pop("publicLink", UNSET)

        total_amount = d.pop("totalAmount", UNSET)

        total_tax_amount = d.pop("totalTaxAmount", UNSET)

        total_amount_incl_tax = d.pop("totalAmountInclTax", UNSET)

        tax_percent = d.pop("taxPercent", UNSET)

        total_cost = d.pop("totalCost", UNSET)

        currency_code = d.pop("currencyCode", UNSET)

        currency_rate = d.pop("currencyRate", UNSET)

        archived = d.pop("archived", UNSET)

        def _parse_archived_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archived_date_type_0 = datetime.datetime.fromisoformat(data)

                return archived_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archived_date = _parse_archived_date(d.pop("archivedDate", UNSET))

        def _parse_approved_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_by = _parse_approved_by(d.pop("approvedBy", UNSET))

        def _parse_approved_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_by_name = _parse_approved_by_name(d.pop("approvedByName", UNSET))

        purchase_order = cls(
            field_id=field_id,
            created_by_user=created_by_user,
            distributor=distributor,
            field_v=field_v,
            purchase_order_number=purchase_order_number,
            create_date=create_date,
            sent_date=sent_date,
            confirmation_date=confirmation_date,
            expected_delivery_date=expected_delivery_date,
            purchase_order_date=purchase_order_date,
            desired_delivery_date=desired_delivery_date,
            purchase_order_name=purchase_order_name,
            purchase_order_info_name=purchase_order_info_name,
            purchase_order_status=purchase_order_status,
            language=language,
            created_by_user_name=created_by_user_name,
            distributor_name=distributor_name,
            distributor_address=distributor_address,
            distributor_vat=distributor_vat,
            our_customer_number=our_customer_number,
            our_reference=our_reference,
            our_reference_name=our_reference_name,
            contact_person_distributor=contact_person_distributor,
            contact_person_distributor_name=contact_person_distributor_name,
            project=project,
            project_name=project_name,
            project_number=project_number,
            work_order=work_order,
            work_order_number=work_order_number,
            work_order_name=work_order_name,
            delivery_address=delivery_address,
            delivery_attention=delivery_attention,
            delivery_phone=delivery_phone,
            invoice_address=invoice_address,
            marking=marking,
            payment_days=payment_days,
            invoice_items=invoice_items,
            header_text=header_text,
            footer_text=footer_text,
            footer_info_text=footer_info_text,
            purchase_order_log_entries=purchase_order_log_entries,
            documents=documents,
            public_link=public_link,
            total_amount=total_amount,
            total_tax_amount=total_tax_amount,
            total_amount_incl_tax=total_amount_incl_tax,
            tax_percent=tax_percent,
            total_cost=total_cost,
            currency_code=currency_code,
            currency_rate=currency_rate,
            archived=archived,
            archived_date=archived_date,
            approved_by=approved_by,
            approved_by_name=approved_by_name,
        )

        purchase_order.additional_properties = d
        return purchase_order

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
