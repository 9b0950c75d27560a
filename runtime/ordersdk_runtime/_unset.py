"""``UNSET``: "this field is not in the body" - one object shared by every generated client.

Each client used to define its own ``Unset`` class, so a value taken from one client's model and given
to another's failed its ``isinstance(..., Unset)`` / ``is UNSET`` checks. Every client's ``types`` module
now re-exports these two names.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["UNSET", "Unset"]


class Unset:
    """The type of :data:`UNSET`; falsy, and the same object after a copy or a pickle round trip."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by reference to the module's one instance


UNSET: Unset = Unset()
