from enum import StrEnum


class CarrierService(StrEnum):
    EXPRESS = "express"
    OTHER = "other"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
