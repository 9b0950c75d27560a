from ordersdk_runtime import OpenStrEnum


class CarrierService(OpenStrEnum):
    EXPRESS = "express"
    OTHER = "other"
    STANDARD = "standard"

    def __str__(self) -> str:
        return str(self.value)
