"""Seven Time: ``Client-Secret`` key, ``{"errorMessage": ...}`` errors (the rate limit is the spec's).

Update and delete address the purchase order by ``_id`` in the body; the CRUD convention
infers that from the spec, so nothing else is needed here.
"""

from __future__ import annotations

from typing import Any

from .._behaviour import Behaviour, ErrorInfo
from .._bindings import MockNames

NAMES = MockNames(__name__)
(ERROR_MESSAGE,) = NAMES.fields("Error", "errorMessage")


def error_body(status: int, info: ErrorInfo) -> dict[str, Any]:
    return {ERROR_MESSAGE: info.message}


BEHAVIOUR = Behaviour(
    error_body=error_body,
    credentials={"Client-Secret": "demo-client-secret"},
    names=NAMES,
)
