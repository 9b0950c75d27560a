"""Credentials from ``connect()`` arguments or environment variables, with errors that name what is wrong.

An API declares its credential fields (argument name -> environment variable)
and the combinations it accepts ("modes"), e.g. Lagerkoll: ``store + api_key``
or ``store + user_id + user_token``. Explicit arguments pick the mode; values
an argument leaves out come from the environment. Error messages name
arguments and variables, never values.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from ._errors import CredentialsError
from ._redact import Secret

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
