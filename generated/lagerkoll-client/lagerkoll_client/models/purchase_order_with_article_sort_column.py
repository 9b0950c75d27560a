from ordersdk_runtime import OpenStrEnum


class PurchaseOrderWithArticleSortColumn(OpenStrEnum):
    CONFIRMED_DELIVERY_DATE = "confirmed_delivery_date"
    DELIVERED_DATE = "delivered_date"
    DELIVERY_DATE = "delivery_date"
    ID = "id"
    PO_REF = "po_ref"
    STATE = "state"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
