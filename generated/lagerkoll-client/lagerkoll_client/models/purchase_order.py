from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.purchase_order_state import PurchaseOrderState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_article import PurchaseOrderArticle


T = TypeVar("T", bound="PurchaseOrder")


@_attrs_define
class PurchaseOrder:
    """A purchase order placed with a supplier, with its delivery data, state, value and rows.

    Attributes:
        id (int | Unset): Id of the purchase order, assigned by the server.
        store_id (int | Unset): Store the purchase order belongs to.
        po_reference (str | Unset): Purchase-order reference; unique within the store.
        supplier_id (int | Unset): Supplier the order is placed with.
        supplier_name (str | Unset): Name of that supplier.
        order_sent_date (int | Unset): When the order was sent, in milliseconds since 1970-01-01T00:00:00Z.
        delivery_date (int | Unset): Requested delivery date, in milliseconds since 1970-01-01T00:00:00Z.
        confirmed_delivery_date (int | Unset): Delivery date confirmed by the supplier, in milliseconds since
            1970-01-01T00:00:00Z.
        delivered_date (int | Unset): When the order was delivered, in milliseconds since 1970-01-01T00:00:00Z.
        payment_terms (str | Unset): Code of the payment terms.
        payment_terms_description (str | Unset): Text of the payment terms.
        delivery_terms (str | Unset): Code of the delivery terms.
        delivery_terms_description (str | Unset): Text of the delivery terms.
        delivery_contact (str | Unset): Contact person at the delivery address.
        delivery_company (str | Unset): Company at the delivery address.
        delivery_phone (str | Unset): Phone number for the delivery.
        delivery_address (str | Unset): Delivery street address.
        delivery_address_2 (str | Unset): Second line of the delivery address.
        delivery_city (str | Unset): Delivery city.
        delivery_zip (str | Unset): Delivery postal code.
        delivery_country (str | Unset): Delivery country.
        contact_person (str | Unset): The store's contact person for the supplier.
        contact_email (str | Unset): E-mail address of that contact person.
        product_count (int | Unset): Number of rows on the order.
        state (PurchaseOrderState | Unset): State of a purchase order: 0 NEW, 1 SENT, 2 RECEIVED, 3 FINISHED, 4
            CANCELLED.
        supplier_order_id (str | Unset): The supplier's id for the order.
        customer_order_id (int | Unset): Customer order the purchase order was created for, if any.
        production_order_id (int | Unset): Production order the purchase order was created for, if any.
        message (str | Unset): Message to the supplier.
        is_pick_n_pack (bool | Unset): Pick-n-pack order: delivered straight for a customer order, which is marked
            delivered together with the purchase order.
        comment (str | Unset): Internal comment.
        external_invoice_reference (str | Unset): Reference of the supplier's invoice.
        goods_marking (str | Unset): Marking the supplier should put on the goods.
        order_value (float | Unset): Value of the order in the supplier's currency.
        order_value_currency (str | Unset): The supplier's currency, in which orderValue is given.
        order_value_store (float | Unset): Value of the order in the store's currency.
        articles (list[PurchaseOrderArticle] | Unset): The rows of the order.
    """

    id: int | Unset = UNSET
    store_id: int | Unset = UNSET
    po_reference: str | Unset = UNSET
    supplier_id: int | Unset = UNSET
    supplier_name: str | Unset = UNSET
    order_sent_date: int | Unset = UNSET
    delivery_date: int | Unset = UNSET
    confirmed_delivery_date: int | Unset = UNSET
    delivered_date: int | Unset = UNSET
    payment_terms: str | Unset = UNSET
    payment_terms_description: str | Unset = UNSET
    delivery_terms: str | Unset = UNSET
    delivery_terms_description: str | Unset = UNSET
    delivery_contact: str | Unset = UNSET
    delivery_company: str | Unset = UNSET
    delivery_phone: str | Unset = UNSET
    delivery_address: str | Unset = UNSET
    delivery_address_2: str | Unset = UNSET
    delivery_city: str | Unset = UNSET
    delivery_zip: str | Unset = UNSET
    delivery_country: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    contact_email: str | Unset = UNSET
    product_count: int | Unset = UNSET
    state: PurchaseOrderState | Unset = UNSET
    supplier_order_id: str | Unset = UNSET
    customer_order_id: int | Unset = UNSET
    production_order_id: int | Unset = UNSET
    message: str | Unset = UNSET
    is_pick_n_pack: bool | Unset = UNSET
    comment: str | Unset = UNSET
    external_invoice_reference: str | Unset = UNSET
    goods_marking: str | Unset = UNSET
    order_value: float | Unset = UNSET
    order_value_currency: str | Unset = UNSET
    order_value_store: float | Unset = UNSET
    articles: list[PurchaseOrderArticle] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        store_id = self.store_id

        po_reference = self.po_reference

        supplier_id = self.supplier_id

        supplier_name = self.supplier_name

        order_sent_date = self.order_sent_date

        delivery_date = self.delivery_date

        confirmed_delivery_date = self.confirmed_delivery_date

        delivered_date = self.delivered_date

        payment_terms = self.payment_terms

        payment_terms_description = self.payment_terms_description

        delivery_terms = self.delivery_terms

        delivery_terms_description = self.delivery_terms_description

        delivery_contact = self.delivery_contact

        delivery_company = self.delivery_company

        delivery_phone = self.delivery_phone

        delivery_address = self.delivery_address

        delivery_address_2 = self.delivery_address_2

        delivery_city = self.delivery_city

        delivery_zip = self.delivery_zip

        delivery_country = self.delivery_country

        contact_person = self.contact_person

        contact_email = self.contact_email

        product_count = self.product_count

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        supplier_order_id = self.supplier_order_id

        customer_order_id = self.customer_order_id

        production_order_id = self.production_order_id

        message = self.message

        is_pick_n_pack = self.is_pick_n_pack

        comment = self.comment

        external_invoice_reference = self.external_invoice_reference

        goods_marking = self.goods_marking

        order_value = self.order_value

        order_value_currency = self.order_value_currency

        order_value_store = self.order_value_store

        articles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = []
            for articles_item_data in self.articles:
                articles_item = articles_item_data.to_dict()
                articles.append(articles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if store_id is not UNSET:
            field_dict["storeId"] = store_id
        if po_reference is not UNSET:
            field_dict["poReference"] = po_reference
        if supplier_id is not UNSET:
            field_dict["supplierId"] = supplier_id
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if order_sent_date is not UNSET:
            field_dict["orderSentDate"] = order_sent_date
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if confirmed_delivery_date is not UNSET:
            field_dict["confirmedDeliveryDate"] = confirmed_delivery_date
        if delivered_date is not UNSET:
            field_dict["deliveredDate"] = delivered_date
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if payment_terms_description is not UNSET:
            field_dict["paymentTermsDescription"] = payment_terms_description
        if delivery_terms is not UNSET:
            field_dict["deliveryTerms"] = delivery_terms
        if delivery_terms_description is not UNSET:
            field_dict["deliveryTermsDescription"] = delivery_terms_description
        if delivery_contact is not UNSET:
            field_dict["deliveryContact"] = delivery_contact
        if delivery_company is not UNSET:
            field_dict["deliveryCompany"] = delivery_company
        if delivery_phone is not UNSET:
            field_dict["deliveryPhone"] = delivery_phone
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_address_2 is not UNSET:
            field_dict["deliveryAddress2"] = delivery_address_2
        if delivery_city is not UNSET:
            field_dict["deliveryCity"] = delivery_city
        if delivery_zip is not UNSET:
            field_dict["deliveryZip"] = delivery_zip
        if delivery_country is not UNSET:
            field_dict["deliveryCountry"] = delivery_country
        if contact_person is not UNSET:
            field_dict["contactPerson"] = contact_person
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email
        if product_count is not UNSET:
            field_dict["productCount"] = product_count
        if state is not UNSET:
            field_dict["state"] = state
        if supplier_order_id is not UNSET:
            field_dict["supplierOrderId"] = supplier_order_id
        if customer_order_id is not UNSET:
            field_dict["customerOrderId"] = customer_order_id
        if production_order_id is not UNSET:
            field_dict["productionOrderId"] = production_order_id
        if message is not UNSET:
            field_dict["message"] = message
        if is_pick_n_pack is not UNSET:
            field_dict["isPickNPack"] = is_pick_n_pack
        if comment is not UNSET:
            field_dict["comment"] = comment
        if external_invoice_reference is not UNSET:
            field_dict["externalInvoiceReference"] = external_invoice_reference
        if goods_marking is not UNSET:
            field_dict["goodsMarking"] = goods_marking
        if order_value is not UNSET:
            field_dict["orderValue"] = order_value
        if order_value_currency is not UNSET:
            field_dict["orderValueCurrency"] = order_value_currency
        if order_value_store is not UNSET:
            field_dict["orderValueStore"] = order_value_store
        if articles is not UNSET:
            field_dict["articles"] = articles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purchase_order_article import PurchaseOrderArticle  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        store_id = d.pop("storeId", UNSET)

        po_reference = d.pop("poReference", UNSET)

        supplier_id = d.pop("supplierId", UNSET)

        supplier_name = d.pop("supplierName", UNSET)

        order_sent_date = d.pop("orderSentDate", UNSET)

        delivery_date = d.pop("deliveryDate", UNSET)

        confirmed_delivery_date = d.pop("confirmedDeliveryDate", UNSET)

        delivered_date = d.pop("deliveredDate", UNSET)

        payment_terms = d.pop("paymentTerms", UNSET)

        payment_terms_description = d.pop("paymentTermsDescription", UNSET)

        delivery_terms = d.pop("deliveryTerms", UNSET)

        delivery_terms_description = d.pop("deliveryTermsDescription", UNSET)

        delivery_contact = d.pop("deliveryContact", UNSET)

        delivery_company = d.pop("deliveryCompany", UNSET)

        delivery_phone = d.pop("deliveryPhone", UNSET)

        delivery_address = d.pop("deliveryAddress", UNSET)

        delivery_address_2 = d.pop("deliveryAddress2", UNSET)

        delivery_city = d.pop("deliveryCity", UNSET)

        delivery_zip = d.pop("deliveryZip", UNSET)

        delivery_country = d.pop("deliveryCountry", UNSET)

        contact_person = d.pop("contactPerson", UNSET)

        contact_email = d.pop("contactEmail", UNSET)

        product_count = d.pop("productCount", UNSET)

        _state = d.pop("state", UNSET)
        state: PurchaseOrderState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = PurchaseOrderState._read(_state)

        supplier_order_id = d.pop("supplierOrderId", UNSET)

        customer_order_id = d.pop("customerOrderId", UNSET)

        production_order_id = d.pop("productionOrderId", UNSET)

        message = d.pop("message", UNSET)

        is_pick_n_pack = d.pop("isPickNPack", UNSET)

        comment = d.pop("comment", UNSET)

        external_invoice_reference = d.pop("externalInvoiceReference", UNSET)

        goods_marking = d.pop("goodsMarking", UNSET)

        order_value = d.pop("orderValue", UNSET)

        order_value_currency = d.pop("orderValueCurrency", UNSET)

        order_value_store = d.pop("orderValueStore", UNSET)

        _articles = d.pop("articles", UNSET)
        articles: list[PurchaseOrderArticle] | Unset = UNSET
        if _articles is not UNSET:
            articles = []
            for articles_item_data in _articles:
                articles_item = PurchaseOrderArticle.from_dict(articles_item_data)

                articles.append(articles_item)

        purchase_order = cls(
            id=id,
            store_id=store_id,
            po_reference=po_reference,
            supplier_id=supplier_id,
            supplier_name=supplier_name,
            order_sent_date=order_sent_date,
            delivery_date=delivery_date,
            confirmed_delivery_date=confirmed_delivery_date,
            delivered_date=delivered_date,
            payment_terms=payment_terms,
            payment_terms_description=payment_terms_description,
            delivery_terms=delivery_terms,
            delivery_terms_description=delivery_terms_description,
            delivery_contact=delivery_contact,
            delivery_company=delivery_company,
            delivery_phone=delivery_phone,
            delivery_address=delivery_address,
            delivery_address_2=delivery_address_2,
            delivery_city=delivery_city,
            delivery_zip=delivery_zip,
            delivery_country=delivery_country,
            contact_person=contact_person,
            contact_email=contact_email,
            product_count=product_count,
            state=state,
            supplier_order_id=supplier_order_id,
            customer_order_id=customer_order_id,
            production_order_id=production_order_id,
            message=message,
            is_pick_n_pack=is_pick_n_pack,
            comment=comment,
            external_invoice_reference=external_invoice_reference,
            goods_marking=goods_marking,
            order_value=order_value,
            order_value_currency=order_value_currency,
            order_value_store=order_value_store,
            articles=articles,
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
