"""Behaviour modules name parts of their spec; every such name is checked when an app is created.

A behaviour module relies on its spec's names in two ways, and neither may go stale silently:

* the keys of its :class:`~ordermock.Behaviour`: ``handlers`` and ``actions`` are ``operationId``\\ s,
  ``on_create`` and ``id_kinds`` are collections. They are checked as they are: a handler for an operation the
  spec renamed would otherwise never run, and the engine's generic CRUD would answer in its place;
* every other name it reads (a query parameter, a field of a stored item or of a request body, an enum value)
  it declares in ``NAMES = MockNames(__name__)`` and uses through the constant it gets back, and hands to its
  ``Behaviour(names=NAMES)``. See :class:`ordersdk.specnames.SpecNames`.

:func:`check_behaviour` runs both against the spec the app serves; :func:`ordermock.create_app` (and so the
build's smoke step) calls it, and raises :class:`~ordermock.SpecError` naming the module and each missing name.

Example::

    NAMES = MockNames(__name__)
    ORDERS = NAMES.collection("/purchase_orders")
    STATE = NAMES.query("state", "list_purchase_orders")
    BEHAVIOUR = Behaviour(..., names=NAMES)
"""

from __future__ import annotations

import weakref
from typing import Any

from ordersdk.specnames import SpecNames

from ._behaviour import Behaviour
from ._crud import collection_name
from ._spec import Spec, SpecError

__all__ = ["MockNames", "check_behaviour", "collections_of"]

Doc = Any


def collections_of(doc: Doc) -> set[str]:
    """The collections the engine can derive from ``doc``'s paths (``/things`` and ``/things/{id}`` -> ``/things``)."""
    found = set()
    for path in (doc.get("paths") or {}) if isinstance(doc, dict) else ():
        segments = [s for s in str(path).split("/") if s]
        found.add(collection_name(str(path)))
        if segments and segments[-1].startswith("{"):
            found.add(collection_name("/".join(segments[:-1])))
    return found


class MockNames(SpecNames):
    """:class:`~ordersdk.specnames.SpecNames` plus the mock's own kind of name: a collection (``/orders``)."""

    def collection(self, name: str) -> str:
        """A collection of stored items, by the path the spec serves it under (relative to the server URL)."""
        self.declare(f"collection {name!r}", lambda doc: _collection_missing(doc, name))
        return name


def _collection_missing(doc: Doc, name: str) -> str | None:
    known = collections_of(doc)
    return None if name in known else f"its collections: {', '.join(sorted(known))}"


def _keys_of(behaviour: Behaviour, owner: str) -> MockNames:
    keys = MockNames(owner)
    for operation_id in {**behaviour.handlers, **behaviour.actions}:
        keys.operation(operation_id)
    for collection in {**behaviour.on_create, **behaviour.id_kinds}:
        keys.collection(collection)
    return keys


#: Behaviours already checked against a spec (specs are loaded once per API: apps skip the repeat check).
_CHECKED: weakref.WeakKeyDictionary[Spec, list[Behaviour]] = weakref.WeakKeyDictionary()


def check_behaviour(spec: Spec, behaviour: Behaviour, owner: str | None = None) -> None:
    """Raise :class:`SpecError` naming every operation, collection or declared name ``spec`` lacks.

    ``owner`` names the behaviour in messages (default: its declared names' module, else the spec's API).
    """
    if any(checked is behaviour for checked in _CHECKED.get(spec, ())):
        return
    names = behaviour.names
    owner = owner or (names.owner if names is not None else f"the {spec.name} behaviour")
    problems = _keys_of(behaviour, owner).problems(spec.document, spec.source)
    if names is not None:
        problems += names.problems(spec.document, spec.source)
    if problems:
        raise SpecError(
            f"{len(problems)} name(s) the {spec.name} mock relies on are not in its spec "
            "(update the behaviour module to the spec, or the spec to the vendor's documentation):\n  "
            + "\n  ".join(dict.fromkeys(problems))
        )
    _CHECKED.setdefault(spec, []).append(behaviour)
