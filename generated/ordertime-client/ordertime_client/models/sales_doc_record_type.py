from enum import IntEnum


class SalesDocRecordType(IntEnum):
    SALES_ORDER = 7
    QUOTE = 13

    def __str__(self) -> str:
        return str(self.value)
