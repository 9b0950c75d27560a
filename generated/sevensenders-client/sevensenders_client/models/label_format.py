from enum import StrEnum


class LabelFormat(StrEnum):
    PDF = "pdf"
    ZPL = "zpl"
    ZPL300 = "zpl300"

    def __str__(self) -> str:
        return str(self.value)
