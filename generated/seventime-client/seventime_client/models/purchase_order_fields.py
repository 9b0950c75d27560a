from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_status import PurchaseOrderStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_address import DeliveryAddress
    from ..models.invoice_address import InvoiceAddress
    from ..models.invoice_item import InvoiceItem


T = TypeVar("T", bound="PurchaseOrderFields")


@_attrs_define
class PurchaseOrderFields:
    """Writable purchase-order fields shared by create and update.

    Attributes:
        distributor (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
        language (str | Unset): Language of the printed purchase order, e.g. `SV` or `EN`. Example: EN.
        purchase_order_name (str | Unset):
        purchase_order_info_name (str | Unset):
        purchase_order_status (PurchaseOrderStatus | Unset): Purchase-order status code: 1 draft, 2 sent, 3 obliterated
            (voided), 4 confirmed by the distributor, 10 delivered.
        contact_person_distributor (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example:
            5fca480e571eb873a64b97ec.
        purchase_order_date (datetime.date | Unset): Order date, `YYYY-MM-DD`.
        work_order (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
        project (str | Unset): A MongoDB ObjectId, 24 hexadecimal digits. Example: 5fca480e571eb873a64b97ec.
        desired_delivery_date (datetime.date | Unset): Requested delivery date, `YYYY-MM-DD`.
        delivery_address (DeliveryAddress | Unset): Where the distributor should deliver.
        delivery_attention (str | Unset): Person the delivery is marked for (free text).
        delivery_phone (str | Unset):
        invoice_address (InvoiceAddress | Unset): Where the distributor should send the invoice.
        marking (str | Unset): Goods marking / reference printed on the order.
        payment_days (int | Unset): Payment terms in days.
        invoice_items (list[InvoiceItem] | Unset):
        header_text (str | Unset):
        footer_text (str | Unset):
        footer_info_text (str | Unset):
    """

    distributor: str | Unset = UNSET
    language: str | Unset = UNSET
    purchase_order_name: str | Unset = UNSET
    purchase_order_info_name: str | Unset = UNSET
    purchase_order_status: PurchaseOrderStatus | Unset = UNSET
    contact_person_distributor: str | Unset = UNSET
    purchase_order_date: datetime.date | Unset = UNSET
    work_order: str | Unset = UNSET
    project: str | Unset = UNSET
    desired_delivery_date: datetime.date | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distributor = self.distributor

        language = self.language

        purchase_order_name = self.purchase_order_name

        purchase_order_info_name = self.purchase_order_info_name

        purchase_order_status: int | Unset = UNSET
        if not isinstance(self.purchase_order_status, Unset):
            purchase_order_status = self.purchase_order_status.value

        contact_person_distributor = self.contact_person_distributor

        purchase_order_date: str | Unset = UNSET
        if not isinstance(self.purchase_order_date, Unset):
            purchase_order_date = self.purchase_order_date.isoformat()

        work_order = self.work_order

        project = self.project

        desired_delivery_date: str | Unset = UNSET
        if not isinstance(self.desired_delivery_date, Unset):
            desired_delivery_date = self.desired_delivery_date.isoformat()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distributor is not UNSET:
            field_dict["distributor"] = distributor
        if language is not UNSET:
            field_dict["language"] = language
        if purchase_order_name is not UNSET:
            field_dict["purchaseOrderName"] = purchase_order_name
        if purchase_order_info_name is not UNSET:
            field_dict["purchaseOrderInfoName"] = purchase_order_info_name
        if purchase_order_status is not UNSET:
            field_dict["purchaseOrderStatus"] = purchase_order_status
        if contact_person_distributor is not UNSET:
            field_dict["contactPersonDistributor"] = contact_person_distributor
        if purchase_order_date is not UNSET:
            field_dict["purchaseOrderDate"] = purchase_order_date
        if work_order is not UNSET:
            field_dict["workOrder"] = work_order
        if project is not UNSET:
            field_dict["project"] = project
        if desired_delivery_date is not UNSET:
            field_dict["desiredDeliveryDate"] = desired_delivery_date
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_address import DeliveryAddress  # noqa: PLC0415
        from ..models.invoice_address import InvoiceAddress  # noqa: PLC0415
        from ..models.invoice_item import InvoiceItem  # noqa: PLC0415

        d = dict(src_dict)
        distributor = d.pop("distributor", UNSET)

        language = d.pop("language", UNSET)

        purchase_order_name = d.pop("purchaseOrderName", UNSET)

        purchase_order_info_name = d.pop("purchaseOrderInfoName", UNSET)

        _purchase_order_status = d.pop("purchaseOrderStatus", UNSET)
        purchase_order_status: PurchaseOrderStatus | Unset
        if isinstance(_purchase_order_status, Unset):
            purchase_order_status = UNSET
        else:
            purchase_order_status = PurchaseOrderStatus._read(_purchase_order_status)

        contact_person_distributor = d.pop("contactPersonDistributor", UNSET)

        _purchase_order_date = d.pop("purchaseOrderDate", UNSET)
        purchase_order_date: datetime.date | Unset
        if isinstance(_purchase_order_date, Unset):
            purchase_order_date = UNSET
        else:
            purchase_order_date = datetime.date.fromisoformat(_purchase_order_date)

        work_order = d.pop("workOrder", UNSET)

        project = d.pop("project", UNSET)

        _desired_delivery_date = d.pop("desiredDeliveryDate", UNSET)
        desired_delivery_date: datetime.date | Unset
        if isinstance(_desired_delivery_date, Unset):
            desired_delivery_date = UNSET
        else:
            desired_delivery_date = datetime.date.fromisoformat(_desired_delivery_date)

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

        purchase_order_fields = cls(
            distributor=distributor,
            language=language,
            purchase_order_name=purchase_order_name,
            purchase_order_info_name=purchase_order_info_name,
            purchase_order_status=purchase_order_status,
            contact_person_distributor=contact_person_distributor,
            purchase_order_date=purchase_order_date,
            work_order=work_order,
            project=project,
            desired_delivery_date=desired_delivery_date,
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
        )

        purchase_order_fields.additional_properties = d
        return purchase_order_fields

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
