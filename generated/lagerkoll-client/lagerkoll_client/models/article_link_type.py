from ordersdk_runtime import OpenStrEnum


class ArticleLinkType(OpenStrEnum):
    DOCUMENT = "document"
    IMAGE = "image"
    LAGERKOLL_DOCUMENT = "lagerkoll_document"
    UNKNOWN = "unknown"
    WEBPAGE = "webpage"

    def __str__(self) -> str:
        return str(self.value)
