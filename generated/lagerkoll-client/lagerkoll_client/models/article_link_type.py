from enum import StrEnum


class ArticleLinkType(StrEnum):
    DOCUMENT = "document"
    IMAGE = "image"
    LAGERKOLL_DOCUMENT = "lagerkoll_document"
    UNKNOWN = "unknown"
    WEBPAGE = "webpage"

    def __str__(self) -> str:
        return str(self.value)
