"""Where a rate-limit budget lives: the ``limiter`` option of ``connect()`` and ``ORDERSDK_RATE_LIMIT_URL``.

``connect()`` needs one :class:`~ordersdk._ratelimit.Limiter` per API and credentials. It gets it from,
in order of precedence:

1. the ``limiter`` option: a :class:`Limiter` is used as it is; a :class:`LimiterBackend` (such as
   :class:`ordersdk.RedisRateLimiter`) is asked for the limiter of this API + credentials + limit;
2. the ``ORDERSDK_RATE_LIMIT_URL`` environment variable (``redis://host:6379/0``), read at every
   ``connect()``: one process-wide :class:`ordersdk.RedisRateLimiter` per URL, failing open or closed
   as ``ORDERSDK_RATE_LIMIT_ON_FAILURE`` says (``open`` by default);
3. the in-process limiter shared by every client of the same credentials in this process (the default).

``rate_limit=None`` still turns limiting off, except for an explicit :class:`Limiter`.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

from ._errors import APIError
from ._ratelimit import Limiter, RateLimit, shared_limiter

if TYPE_CHECKING:
    from ._ratelimit_redis import RedisRateLimiter

__all__ = [
    "ENV_ON_FAILURE",
    "ENV_URL",
    "FailurePolicy",
    "InProcessBackend",
    "LimiterBackend",
    "RateLimiterUnavailableError",
    "resolve_limiter",
]

ENV_URL = "ORDERSDK_RATE_LIMIT_URL"
ENV_ON_FAILURE = "ORDERSDK_RATE_LIMIT_ON_FAILURE"

FailurePolicy = Literal["open", "closed"]


class RateLimiterUnavailableError(APIError):
    """The shared rate-limit store (Redis) could not be consulted and the limiter fails closed.

    Nothing was sent. ``backend`` names the store without credentials (``redis://10.0.0.5:6379/0``).
    """

    def __init__(self, message: str, *, backend: str) -> None:
        super().__init__(message)
        self.backend = backend


@runtime_checkable
class LimiterBackend(Protocol):
    """Keeps rate-limit budgets; hands out the :class:`Limiter` of one budget.

    ``key`` identifies the API and credentials (``"lagerkoll:3f9a..."``, a hash, never the secrets).
    """

    def limiter(self, key: str, limit: RateLimit) -> Limiter: ...


class InProcessBackend:
    """Budgets held in this process only (the default): one limiter per key and limit, shared by all clients."""

    def limiter(self, key: str, limit: RateLimit) -> Limiter:
        return shared_limiter(key, limit)

    def __repr__(self) -> str:
        return "InProcessBackend()"


IN_PROCESS = InProcessBackend()

_from_env: dict[tuple[str, FailurePolicy], RedisRateLimiter] = {}
_from_env_lock = threading.Lock()


def _policy_from_env() -> FailurePolicy:
    value = os.environ.get(ENV_ON_FAILURE, "").strip().lower() or "open"
    if value == "open":
        return "open"
    if value == "closed":
        return "closed"
    raise ValueError(f"{ENV_ON_FAILURE} must be 'open' or 'closed', got {value!r}")


def backend_from_env() -> LimiterBackend:
    """The backend ``ORDERSDK_RATE_LIMIT_URL`` selects: one shared instance per URL, else :data:`IN_PROCESS`."""
    url = os.environ.get(ENV_URL, "").strip()
    if not url:
        return IN_PROCESS
    policy = _policy_from_env()
    with _from_env_lock:
        backend = _from_env.get((url, policy))
        if backend is None:
            from ._ratelimit_redis import RedisRateLimiter  # the optional extra: imported only when asked for

            try:
                backend = RedisRateLimiter(url, on_failure=policy)
            except ValueError:
                # The URL may carry a password: name the variable, never echo the value.
                raise ValueError(f"{ENV_URL} is not a valid redis://, rediss:// or unix:// URL") from None
            _from_env[(url, policy)] = backend
        return backend


def resolve_limiter(option: Limiter | LimiterBackend | None, limit: RateLimit | None, key: str) -> Limiter | None:
    """The limiter ``connect()`` wraps its transports with, or ``None`` for no client-side limit."""
    if option is not None and not isinstance(option, LimiterBackend):
        if isinstance(option, Limiter):
            return option
        raise TypeError(f"limiter must be a Limiter or a LimiterBackend, got {type(option).__name__}")
    if limit is None:
        return None
    backend = option if option is not None else backend_from_env()
    return backend.limiter(key, limit)
