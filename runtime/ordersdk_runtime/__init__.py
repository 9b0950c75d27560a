"""What every ordersdk generated client shares at run time, and nothing else.

- :data:`UNSET` / :class:`Unset` — "not in the body", one object for all clients (each client's
  ``types`` module re-exports them).
- :class:`OpenIntEnum` / :class:`OpenStrEnum` — the bases of generated enums: a value the spec does not
  list, read from a response, becomes an unknown member (``member.is_unknown``) instead of a ``ValueError``.
- :func:`read_json` — how generated endpoints read a documented success body, through the
  :class:`Reader` a layer such as ``ordersdk.connect()`` may attach to the response.
- :func:`status_of` — a response's ``HTTPStatus``, also for a code the standard library does not list.

Generated code imports it; users normally meet it only as ``UNSET`` and ``is_unknown``.

Example::

    from lagerkoll_client.api.purchase_orders import get_purchase_order

    order = get_purchase_order.sync(order_id=7, client=client)
    if order.state.is_unknown:          # a state the spec does not list
        print("new state", order.state.value)
"""

from ._enums import OpenIntEnum, OpenStrEnum
from ._reading import READER, Reader, read_json
from ._status import status_of
from ._unset import UNSET, Unset

__all__ = ["READER", "UNSET", "OpenIntEnum", "OpenStrEnum", "Reader", "Unset", "read_json", "status_of"]
