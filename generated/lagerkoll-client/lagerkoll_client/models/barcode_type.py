from ordersdk_runtime import OpenStrEnum


class BarcodeType(OpenStrEnum):
    CODE128 = "CODE128"
    EAN = "EAN"
    QR = "QR"
    UPC = "UPC"

    def __str__(self) -> str:
        return str(self.value)
