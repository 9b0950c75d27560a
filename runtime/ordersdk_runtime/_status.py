"""``status_of``: the ``HTTPStatus`` of a response, also for a code the standard library does not list.

The generated endpoints wrap every response in ``Response(status_code=HTTPStatus(...))``; a server
answering a success code ``http.HTTPStatus`` does not list (``299``, ``218``) made that a bare
``ValueError`` before its body was even looked at. A tolerant reader reads such a 2xx as the operation's
documented success, so the wrapper needs a status for it: an *unlisted member* of ``HTTPStatus``, made
the way :mod:`._enums` makes unknown enum members. It compares and hashes like its code, ``is`` the same
object for the same code, survives pickling, and has the name ``"UNLISTED_299"`` and an empty ``phrase``
and ``description``.
"""

from __future__ import annotations

import functools
from http import HTTPStatus

__all__ = ["status_of"]


def status_of(code: int) -> HTTPStatus:
    """``HTTPStatus(code)``, or an unlisted member holding ``code`` (never a ``ValueError``).

    Example::

        status_of(200) is HTTPStatus.OK
        status_of(299) == 299 and status_of(299).name == "UNLISTED_299"
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return _unlisted(int(code))


@functools.lru_cache(maxsize=64)  # a misbehaving server repeats its code; the cache bounds what it can make us keep
def _unlisted(code: int) -> HTTPStatus:
    member: HTTPStatus = int.__new__(HTTPStatus, code)
    member._name_ = f"UNLISTED_{code}"
    member._value_ = code
    # Plain instance attributes, as HTTPStatus.__new__ sets them on its listed members. Enum pickles a
    # member as HTTPStatus(code), which refuses this one; pickle asks the instance for __reduce_ex__ first.
    vars(member).update(phrase="", description="", __reduce_ex__=functools.partial(_reduce, code))
    return member


def _reduce(code: int, protocol: object) -> tuple[object, tuple[int]]:
    return status_of, (code,)
