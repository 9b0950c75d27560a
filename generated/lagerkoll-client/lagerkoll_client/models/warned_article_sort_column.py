from ordersdk_runtime import OpenStrEnum


class WarnedArticleSortColumn(OpenStrEnum):
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
