from ordersdk_runtime import OpenIntEnum


class PurchaseOrderStatus(OpenIntEnum):
    DRAFT = 1
    SENT = 2
    OBLITERATED = 3
    CONFIRMED = 4
    DELIVERED = 10

    def __str__(self) -> str:
        return str(self.value)
