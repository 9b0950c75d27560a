"""Contains all the data models used in inputs/outputs"""

from .custom_field_data import CustomFieldData
from .customer import Customer
from .customer_address import CustomerAddress
from .customer_update import CustomerUpdate
from .entity_ref import EntityRef
from .error_object import ErrorObject
from .list_filter import ListFilter
from .list_info import ListInfo
from .list_record import ListRecord
from .list_sortation import ListSortation
from .part_item import PartItem
from .part_item_update import PartItemUpdate
from .person import Person
from .quote import Quote
from .quote_update import QuoteUpdate
from .record_type import RecordType
from .sales_doc_record_type import SalesDocRecordType
from .sales_document_fields import SalesDocumentFields
from .sales_order import SalesOrder
from .sales_order_line_item import SalesOrderLineItem
from .sales_order_line_item_update import SalesOrderLineItemUpdate
from .sales_order_update import SalesOrderUpdate
from .ship_doc import ShipDoc
from .ship_doc_line_detail import ShipDocLineDetail
from .ship_doc_line_item import ShipDocLineItem
from .ship_doc_update import ShipDocUpdate
from .validation_result import ValidationResult

__all__ = (
    "Customer",
    "CustomerAddress",
    "CustomerUpdate",
    "CustomFieldData",
    "EntityRef",
    "ErrorObject",
    "ListFilter",
    "ListInfo",
    "ListRecord",
    "ListSortation",
    "PartItem",
    "PartItemUpdate",
    "Person",
    "Quote",
    "QuoteUpdate",
    "RecordType",
    "SalesDocRecordType",
    "SalesDocumentFields",
    "SalesOrder",
    "SalesOrderLineItem",
    "SalesOrderLineItemUpdate",
    "SalesOrderUpdate",
    "ShipDoc",
    "ShipDocLineDetail",
    "ShipDocLineItem",
    "ShipDocUpdate",
    "ValidationResult",
)
