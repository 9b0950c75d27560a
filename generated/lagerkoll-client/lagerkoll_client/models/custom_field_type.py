from ordersdk_runtime import OpenStrEnum


class CustomFieldType(OpenStrEnum):
    BOOLEAN = "Boolean"
    DATE = "Date"
    DOUBLE = "Double"
    EMAIL = "Email"
    FLOAT = "Float"
    INT = "Int"
    JSON = "Json"
    JSONARRAY = "JsonArray"
    LONG = "Long"
    NUMBER = "Number"
    STRING = "String"

    def __str__(self) -> str:
        return str(self.value)
