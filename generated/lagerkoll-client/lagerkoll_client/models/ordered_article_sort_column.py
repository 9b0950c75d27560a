from enum import StrEnum


class OrderedArticleSortColumn(StrEnum):
    ART = "art"
    BUNDLED = "bundled"
    CAT = "cat"
    DESC = "desc"
    NAME = "name"
    ORDER = "order"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
