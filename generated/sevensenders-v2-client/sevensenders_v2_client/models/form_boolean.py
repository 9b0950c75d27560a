from ordersdk_runtime import OpenIntEnum


class FormBoolean(OpenIntEnum):
    FALSE = 0
    TRUE = 1

    def __str__(self) -> str:
        return str(self.value)
