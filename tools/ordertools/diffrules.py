"""The rule table of the API diff: every kind of change, and the semver bump it needs.

Every kind of change is one row of :data:`RULES`: whether it breaks a client where the value is *sent*
(parameters, request bodies), where it is *received* (responses), and which bump it needs when it breaks
nothing. :mod:`ordertools.diff` finds the changes; this module says what each one means.

Decisions, for a *typed, generated* client (not just for the wire):

- Removing a field breaks on both sides: the model attribute disappears, so code naming it fails.
- Adding a required field breaks requests only; making a field optional breaks responses only (``Unset``).
- Enums: widening breaks responses (exhaustive ``match`` / ``assert_never`` code misses the new member, and
  older clients fail to parse it); narrowing breaks both sides (the Enum member disappears).
- Nullability: ``type: [T, "null"]`` and ``anyOf: [T, {type: "null"}]`` are the same thing; allowing null is a
  widening, forbidding it a narrowing.
- ``readOnly`` fields are judged only where received, ``writeOnly`` ones only where sent (a required readOnly
  field is required in responses only); a field that starts or stops being readOnly is still reported.
- ``{allOf: [{$ref: X}], description: ...}`` is ``X``: the generator passes a single-reference wrapper through to
  ``X``'s class, so wrapping a reference to describe it is a documentation edit.
- Auth: removing a way to authenticate breaks; making an operation public does not.
- Documentation-only edits need a patch bump (they change docstrings). ``x-`` extensions never reach the
  client and are ignored, except ``x-doc``/``x-doc-note`` (documentation) and ``x-enum-varnames`` (the one
  extension the generator reads: renaming a member breaks).
- A safety net: a client-visible difference no rule explains is reported as ``unclassified`` (minor), so the
  version gate never passes a surface change unseen.

Example::

    RULES["enum-widened"].response                                # True: breaks where received
    required_bump([Change("docs-changed", "#/info", "...", False)])  # "patch"
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

__all__ = ["RANK", "RULES", "Bump", "Change", "Rule", "required_bump"]

Bump = Literal["major", "minor", "patch"]
# Order of bumps, ``None`` (no change) lowest.
RANK: dict[str | None, int] = {None: 0, "patch": 1, "minor": 2, "major": 3}


@dataclass(frozen=True)
class Rule:
    """One kind of change: its title, where it breaks a client, and the bump it needs otherwise."""

    title: str
    request: bool  # breaking where the client sends the value
    response: bool  # breaking where the client receives the value
    why: str
    bump: Bump = "minor"


_B, _N = True, False
RULES: dict[str, Rule] = {
    "operation-added": Rule("operation added", _N, _N, "a new function"),
    "operation-removed": Rule("operation removed", _B, _B, "its function disappears"),
    "operation-renamed": Rule("operationId changed", _B, _B, "the function is renamed"),
    "operation-moved": Rule("path or method changed", _N, _N, "same function, new URL"),
    "operation-tag-changed": Rule("tag changed", _B, _B, "the function moves to another api module"),
    "operation-deprecated": Rule("operation deprecated", _N, _N, "still callable"),
    "parameter-added-optional": Rule("optional parameter {} added", _N, _N, "callers may omit it"),
    "parameter-added-required": Rule("required parameter {} added", _B, _B, "existing calls lack it"),
    "parameter-removed": Rule("parameter {} removed", _B, _B, "calls passing it fail"),
    "parameter-made-required": Rule("parameter {} made required", _B, _B, "existing calls may lack it"),
    "parameter-made-optional": Rule("parameter {} made optional", _N, _N, "existing calls still valid"),
    "request-body-added": Rule("optional request body added", _N, _N, "callers may omit it"),
    "request-body-added-required": Rule("required request body added", _B, _B, "existing calls lack it"),
    "request-body-removed": Rule("request body removed", _B, _B, "the body argument disappears"),
    "request-body-made-required": Rule("request body made required", _B, _B, "existing calls may lack it"),
    "request-body-made-optional": Rule("request body made optional", _N, _N, "existing calls still valid"),
    "media-type-added": Rule("media type {} added", _N, _N, "an extra representation"),
    "media-type-removed": Rule("media type {} removed", _B, _B, "that representation is gone"),
    "response-added": Rule("response {} added", _N, _N, "the parsed union gains a member"),
    "response-removed": Rule("response {} removed", _B, _B, "callers relying on it lose it"),
    "property-added-optional": Rule("optional field {} added", _N, _N, "an extra optional attribute"),
    "property-added-required": Rule(
        "required field {} added", _B, _N, "request: model constructors need it; response: just more data"
    ),
    "property-removed": Rule("field {} removed", _B, _B, "the model attribute disappears, on either side"),
    "property-made-required": Rule(
        "field {} made required", _B, _N, "request: callers must now set it; response: never Unset now"
    ),
    "property-made-optional": Rule(
        "field {} made optional", _N, _B, "request: may be omitted; response: code must handle Unset"
    ),
    "type-changed": Rule("{} type changed", _B, _B, "the Python type of the attribute changes"),
    "type-widened": Rule(
        "{} type widened", _N, _B, "request: old values still fit; response: code must handle the new type"
    ),
    "type-narrowed": Rule("{} type narrowed", _B, _N, "request: some values no longer fit; response: fewer cases"),
    "format-changed": Rule("{} format changed", _B, _B, "the generator maps this format to another Python type"),
    "format-hint-changed": Rule("{} format changed", _N, _N, "a format the generator does not type"),
    "enum-widened": Rule(
        "enum {} gained values", _N, _B, "request: more choices; response: exhaustive matches miss the new values"
    ),
    "enum-narrowed": Rule("enum {} lost values", _B, _B, "request: values rejected; both: the Enum member disappears"),
    "enum-member-renamed": Rule("enum {} member renamed", _B, _B, "x-enum-varnames: the Enum member name changes"),
    "enum-introduced": Rule("{} restricted to an enum", _B, _B, "str becomes an Enum class"),
    "enum-dropped": Rule(
        "{} enum restriction dropped", _N, _B, "request: any str fits; response: values are plain str"
    ),
    "variant-added": Rule("union {} gained a variant", _N, _B, "response: code must handle the new variant"),
    "variant-removed": Rule("union {} lost a variant", _B, _N, "request: that variant can no longer be sent"),
    "schema-ref-changed": Rule("{} schema replaced", _B, _B, "the attribute's model class changes"),
    "constraint-changed": Rule("{} constraint changed", _N, _N, "validation only; the generated code is alike"),
    "model-added": Rule("model added", _N, _N, "a new class"),
    "model-removed": Rule("model removed", _B, _B, "imports of the class fail"),
    "security-scheme-added": Rule("security scheme added", _N, _N, "a new way to authenticate"),
    "security-scheme-removed": Rule("security scheme removed", _B, _B, "credentials of that kind stop working"),
    "security-scheme-changed": Rule("security scheme changed", _B, _B, "existing credentials are sent wrongly"),
    "security-requirement-added": Rule("authentication alternative {} added", _N, _N, "old credentials still work"),
    "security-requirement-removed": Rule(
        "authentication alternative {} removed", _B, _B, "callers using it (or none) are refused"
    ),
    "servers-changed": Rule("servers changed", _N, _N, "the client takes base_url from its caller", "patch"),
    "docs-changed": Rule("documentation changed", _N, _N, "docstrings change", "patch"),
    "unclassified": Rule("other client-visible change", _N, _N, "no rule matched; assume an addition"),
}


@dataclass(frozen=True)
class Change:
    """One classified difference; ``location`` is a JSON pointer into the spec (the old one for removals)."""

    kind: str
    location: str
    message: str
    breaking: bool

    @property
    def bump(self) -> Bump:
        """The semver bump this change alone needs."""
        return "major" if self.breaking else RULES[self.kind].bump

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {**self.__dict__, "bump": self.bump}


def required_bump(changes: Iterable[Change]) -> Bump | None:
    """The largest bump any change needs: ``major`` if one breaks, ``minor`` for additions, ``patch`` for docs."""
    best: Bump | None = None
    for change in changes:
        if RANK[change.bump] > RANK[best]:
            best = change.bump
    return best
