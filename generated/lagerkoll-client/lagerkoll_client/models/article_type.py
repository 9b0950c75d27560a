from ordersdk_runtime import OpenStrEnum


class ArticleType(OpenStrEnum):
    SERVICE = "Service"
    STOCK = "Stock"

    def __str__(self) -> str:
        return str(self.value)
