"""How a generated endpoint reads a documented success body: :func:`read_json`.

On its own it is ``parse(response.json())``, the generator's behaviour. A layer below the generated
client (``ordersdk.connect()``) may put a :class:`Reader` into ``response.extensions[READER]``; the
body is then read through it: decoded once, checked against the operation's response schema, and
either parsed or turned into a typed error (``ordersdk.APIResponseValidationError``), never a bare
``KeyError`` / ``ValueError`` / ``JSONDecodeError`` from the parser. Generated code knows nothing of
``ordersdk``; ``ordersdk`` knows nothing of the generated code but this hook.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

__all__ = ["READER", "Reader", "read_json"]

T = TypeVar("T")

#: The ``httpx.Response.extensions`` key under which a :class:`Reader` may be found.
READER = "ordersdk.reader"


class Reader(Protocol):
    """Reads one success body: ``parse`` turns decoded JSON into the model; the rest locates the schema."""

    def __call__(self, response: Any, parse: Callable[[Any], T], operation_id: str, status: str) -> T: ...


def read_json(response: Any, parse: Callable[[Any], T], operation_id: str, status: str) -> T:
    """The parsed success body of ``response`` (an ``httpx.Response``) for ``operation_id``'s documented ``status``.

    ``status`` is the documented status whose schema ``parse`` reads (``"200"``); the response's own
    status may differ when a server answers an undocumented success status.
    """
    reader: Reader | None = response.extensions.get(READER)
    if reader is None:
        return parse(response.json())
    return reader(response, parse, operation_id, status)
