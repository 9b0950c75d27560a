from ordersdk_runtime import OpenStrEnum


class SortOrder(OpenStrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
