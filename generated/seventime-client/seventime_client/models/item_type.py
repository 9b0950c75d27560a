from ordersdk_runtime import OpenStrEnum


class ItemType(OpenStrEnum):
    BLANK = "blank"
    EXPENSE = "expense"
    GENERAL = "general"
    ONLYAMOUNT = "onlyamount"
    TEXT = "text"
    TIMELOG = "timeLog"

    def __str__(self) -> str:
        return str(self.value)
