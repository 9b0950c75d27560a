"""Open enums: the bases of every generated enum, so a value the spec does not list is read, not refused.

A vendor adding a state is the most common way a real server departs from a prose-written spec. A
closed enum turns that into a ``ValueError`` inside the generated parser, and one new Lagerkoll state
would break every list call. The generated models read enum values with :meth:`OpenIntEnum._read` /
:meth:`OpenStrEnum._read`: a listed value is its member; any other value of the right type becomes an
*unknown member* that keeps the raw value. Calling the class (``PurchaseOrderStatus(99)``) stays strict
(``ValueError``), so code building a request cannot invent a value by accident.

An unknown member compares and hashes like its value (``status == 99``), never equals a listed member,
is not ``in`` its class, has ``is_unknown`` true and ``name`` ``"UNKNOWN(99)"``, and survives pickling
and ``to_dict()`` (it sends back the raw value).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Any, ClassVar, Self

__all__ = ["OpenIntEnum", "OpenStrEnum"]


class _Open:
    """The behaviour shared by :class:`OpenIntEnum` and :class:`OpenStrEnum` (a mixin before the enum base)."""

    _name_: str
    _value_: Any
    _member_map_: ClassVar[dict[str, Any]]
    _value2member_map_: ClassVar[dict[Any, Any]]
    _member_type_: ClassVar[type]

    @classmethod
    def _read(cls, value: object) -> Self:
        """The member for ``value``, or an unknown member holding it; ``TypeError`` for a value of the wrong type.

        How generated models read an enum value from a response (requests never use it).
        """
        kind = cls._member_type_
        if type(value) is not kind:  # exact: True is not an int member, 2.0 not 2
            raise TypeError(f"{cls.__name__} holds {kind.__name__} values, not {type(value).__name__}")
        known: Self | None = cls._value2member_map_.get(value)
        if known is not None:
            return known
        member: Self = kind.__new__(cls, value)  # type: ignore[call-arg]  # int.__new__ / str.__new__
        member._name_ = f"UNKNOWN({value!r})"
        member._value_ = value
        return member

    @property
    def is_unknown(self) -> bool:
        """Whether this value is one the spec does not list (read from a server that sent it)."""
        return self._name_ not in type(self)._member_map_

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, tuple[Any]]:
        # Enum pickles as cls(value), which refuses an unknown value; _read accepts it.
        return type(self)._read, (self._value_,)


class OpenIntEnum(_Open, IntEnum):
    """Base of generated integer enums: listed values are members, others read as unknown members."""


class OpenStrEnum(_Open, StrEnum):
    """Base of generated string enums: listed values are members, others read as unknown members."""
