from ordersdk_runtime import OpenIntEnum


class SalesDocRecordType(OpenIntEnum):
    SALES_ORDER = 7
    QUOTE = 13

    def __str__(self) -> str:
        return str(self.value)
