from enum import StrEnum


class ItemType(StrEnum):
    BLANK = "blank"
    EXPENSE = "expense"
    GENERAL = "general"
    ONLYAMOUNT = "onlyamount"
    TEXT = "text"
    TIMELOG = "timeLog"

    def __str__(self) -> str:
        return str(self.value)
