from enum import StrEnum


class ArticleType(StrEnum):
    SERVICE = "Service"
    STOCK = "Stock"

    def __str__(self) -> str:
        return str(self.value)
