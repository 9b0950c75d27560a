from ordersdk_runtime import OpenStrEnum


class LabelFormat(OpenStrEnum):
    PDF = "pdf"
    ZPL = "zpl"
    ZPL300 = "zpl300"

    def __str__(self) -> str:
        return str(self.value)
