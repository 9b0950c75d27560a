from enum import IntEnum


class FormBoolean(IntEnum):
    FALSE = 0
    TRUE = 1

    def __str__(self) -> str:
        return str(self.value)
