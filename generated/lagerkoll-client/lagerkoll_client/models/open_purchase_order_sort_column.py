from ordersdk_runtime import OpenStrEnum


class OpenPurchaseOrderSortColumn(OpenStrEnum):
    ART = "art"
    CONFIRMED_DELIVERY_DATE = "confirmed_delivery_date"
    DELIVERED_DATE = "delivered_date"
    DELIVERY_DATE = "delivery_date"
    ID = "id"
    PO_REF = "po_ref"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
