from ordersdk_runtime import OpenStrEnum


class OrderedArticleSortColumn(OpenStrEnum):
    ART = "art"
    BUNDLED = "bundled"
    CAT = "cat"
    DESC = "desc"
    NAME = "name"
    ORDER = "order"
    STATE = "state"

    def __str__(self) -> str:
        return str(self.value)
