from enum import StrEnum


class BarcodeType(StrEnum):
    CODE128 = "CODE128"
    EAN = "EAN"
    QR = "QR"
    UPC = "UPC"

    def __str__(self) -> str:
        return str(self.value)
