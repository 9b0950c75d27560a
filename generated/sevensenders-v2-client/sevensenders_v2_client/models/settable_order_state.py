from enum import StrEnum


class SettableOrderState(StrEnum):
    IN_PREPARATION = "in_preparation"
    IN_PRODUCTION = "in_production"
    NEW = "new"
    PAID = "paid"
    REFUNDED = "refunded"

    def __str__(self) -> str:
        return str(self.value)
