"""Credentials from ``connect()`` arguments or environment variables, with errors that name what is wrong.

An API declares its credential fields (argument name -> environment variable)
and the combinations it accepts ("modes"), e.g. Lagerkoll: ``store + api_key``
or ``store + user_id + user_token``. For header-authenticated APIs both come
from the spec (:meth:`CredentialSpec.from_spec`): each ``connect()`` argument is
bound to the security scheme header of the same name (``api_key`` -> ``apiKey``,
``client_secret`` -> ``Client-Secret``), the modes are the spec's ``security``
requirements, and the variable is ``<API>_<ARGUMENT>``. Explicit arguments pick
the mode; values an argument leaves out come from the environment. Error
messages name arguments and variables, never values.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import spec
from ._errors import CredentialsError
from .redaction import Secret

__all__ = ["CredentialSpec"]


@dataclass(frozen=True)
class CredentialSpec:
    """Credential fields of one API and the combinations it accepts.

    Example::

        spec = CredentialSpec("seventime", {"client_secret": "SEVENTIME_CLIENT_SECRET"}, (("client_secret",),))
        spec.resolve(client_secret=None)  # reads SEVENTIME_CLIENT_SECRET or raises CredentialsError
    """

    api: str
    env: Mapping[str, str]
    modes: tuple[tuple[str, ...], ...]
    #: argument -> the header it is sent as (empty for credentials that are not headers)
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_spec(cls, api: str, arguments: tuple[str, ...]) -> CredentialSpec:
        """Bind ``connect()``'s credential ``arguments`` to the header schemes of ``api``'s spec.

        Raises ``LookupError`` naming the argument when the spec has no header of that name (a renamed
        scheme fails the import of the API module, not a user's request).
        """
        modes = spec.facts(api).credential_modes
        known = {header for mode in modes for header in mode}
        by_key = {_key(header): header for header in known}
        headers = {}
        for argument in arguments:
            if _key(argument) not in by_key:
                raise LookupError(
                    f"ordersdk.{api}: connect() argument {argument!r} matches no credential header of the "
                    f"{api} spec (its headers: {', '.join(sorted(known))})"
                )
            headers[argument] = by_key[_key(argument)]
        argument_of = {header: argument for argument, header in headers.items()}
        unbound = sorted(known - set(argument_of))
        if unbound:
            raise LookupError(f"ordersdk.{api}: no connect() argument for the spec's header(s) {', '.join(unbound)}")
        return cls(
            api,
            {argument: f"{api}_{argument}".upper() for argument in arguments},
            tuple(tuple(argument_of[header] for header in mode) for mode in modes),
            headers,
        )

    def as_headers(self, values: Mapping[str, str]) -> dict[str, str]:
        """Resolved values (see :meth:`resolve`) as the request headers they are sent in."""
        return {self.headers[name]: value for name, value in values.items()}

    def _exclusive(self, mode: tuple[str, ...]) -> set[str]:
        shared = set.intersection(*(set(m) for m in self.modes))
        return set(mode) - shared

    def _describe(self, mode: tuple[str, ...]) -> str:
        return " + ".join(mode)

    def _alternatives(self) -> str:
        return " or ".join(self._describe(m) for m in self.modes)

    def resolve(self, environ: Mapping[str, str] | None = None, **given: str | None) -> dict[str, str]:
        """The values of exactly one mode (as :class:`Secret`), or :class:`CredentialsError` naming what is wrong."""
        environ = os.environ if environ is None else environ
        explicit = {name for name, value in given.items() if value}
        values = {name: given.get(name) or environ.get(var) or "" for name, var in self.env.items()}

        chosen = [m for m in self.modes if self._exclusive(m) & explicit]
        if len(chosen) > 1:
            raise CredentialsError(
                f"{self.api}: contradictory credentials: pass {self._alternatives()}, not several "
                f"(got arguments {', '.join(sorted(explicit))})"
            )
        if not chosen:
            chosen = [m for m in self.modes if all(values[f] for f in m)]
            if len(chosen) > 1:
                variables = sorted(self.env[f] for m in chosen for f in self._exclusive(m))
                raise CredentialsError(
                    f"{self.api}: contradictory credentials in the environment ({', '.join(variables)}): "
                    f"set one of {self._alternatives()}, or pass the one you want as arguments"
                )
        if not chosen:
            # Report against the mode the caller got closest to.
            chosen = [max(self.modes, key=lambda m: sum(1 for f in m if values[f]))]
        mode = chosen[0]
        missing = [f for f in mode if not values[f]]
        if missing:
            named = ", ".join(f"{f} (or ${self.env[f]})" for f in missing)
            raise CredentialsError(
                f"{self.api}: missing credentials: {named}; {self.api} accepts {self._alternatives()}"
            )
        return {f: Secret(values[f]) for f in mode}


def _key(name: str) -> str:
    """Spelling-independent form of a name: ``api_key``, ``apiKey`` and ``API-KEY`` are all ``apikey``."""
    return "".join(ch for ch in name.lower() if ch.isalnum())
