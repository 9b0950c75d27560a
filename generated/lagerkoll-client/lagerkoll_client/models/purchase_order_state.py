from ordersdk_runtime import OpenIntEnum


class PurchaseOrderState(OpenIntEnum):
    NEW = 0
    SENT = 1
    RECEIVED = 2
    FINISHED = 3
    CANCELLED = 4

    def __str__(self) -> str:
        return str(self.value)
