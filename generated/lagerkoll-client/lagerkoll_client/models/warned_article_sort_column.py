from enum import StrEnum


class WarnedArticleSortColumn(StrEnum):
    ART = "art"
    BUNDLED = "bundled"
    CAT = "cat"
    DESC = "desc"
    NAME = "name"
    ORDER = "order"
    STATE = "state"
    SUPPLIER = "supplier"

    def __str__(self) -> str:
        return str(self.value)
