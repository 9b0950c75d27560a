"""Contains all the data models used in inputs/outputs"""

from .delivery_address import DeliveryAddress
from .error import Error
from .invoice_address import InvoiceAddress
from .invoice_item import InvoiceItem
from .item_type import ItemType
from .list_meta import ListMeta
from .purchase_order import PurchaseOrder
from .purchase_order_create import PurchaseOrderCreate
from .purchase_order_delete import PurchaseOrderDelete
from .purchase_order_deleted import PurchaseOrderDeleted
from .purchase_order_document import PurchaseOrderDocument
from .purchase_order_envelope import PurchaseOrderEnvelope
from .purchase_order_fields import PurchaseOrderFields
from .purchase_order_list import PurchaseOrderList
from .purchase_order_log_entry import PurchaseOrderLogEntry
from .purchase_order_status import PurchaseOrderStatus
from .purchase_order_update import PurchaseOrderUpdate
from .sort_direction import SortDirection

__all__ = (
    "DeliveryAddress",
    "Error",
    "InvoiceAddress",
    "InvoiceItem",
    "ItemType",
    "ListMeta",
    "PurchaseOrder",
    "PurchaseOrderCreate",
    "PurchaseOrderDelete",
    "PurchaseOrderDeleted",
    "PurchaseOrderDocument",
    "PurchaseOrderEnvelope",
    "PurchaseOrderFields",
    "PurchaseOrderList",
    "PurchaseOrderLogEntry",
    "PurchaseOrderStatus",
    "PurchaseOrderUpdate",
    "SortDirection",
)
