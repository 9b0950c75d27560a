from ordersdk_runtime import OpenStrEnum


class SortDirection(OpenStrEnum):
    ASCENDING = "ascending"
    DESCENDING = "descending"

    def __str__(self) -> str:
        return str(self.value)
