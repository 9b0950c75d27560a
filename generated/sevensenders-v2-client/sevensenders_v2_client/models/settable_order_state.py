from ordersdk_runtime import OpenStrEnum


class SettableOrderState(OpenStrEnum):
    IN_PREPARATION = "in_preparation"
    IN_PRODUCTION = "in_production"
    NEW = "new"
    PAID = "paid"
    REFUNDED = "refunded"

    def __str__(self) -> str:
        return str(self.value)
