from ordersdk_runtime import OpenStrEnum


class OrderState(OpenStrEnum):
    CANCELLED = "cancelled"
    IN_PREPARATION = "in_preparation"
    IN_PRODUCTION = "in_production"
    NEW = "new"
    PAID = "paid"
    REFUNDED = "refunded"
    RETURNED = "returned"
    WAREHOUSE_HANDOVER = "warehouse_handover"

    def __str__(self) -> str:
        return str(self.value)
