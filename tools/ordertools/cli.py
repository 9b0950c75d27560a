"""The one command line of the developer tools: ``ordertools <command> [options]``.

    uv run ordertools build [--check | --force | --only API ...]   # validate, regenerate, smoke
    uv run ordertools apidiff [API] [--base REV]                   # what changed for client users
    uv run ordertools docdiff API [NEW_COPY] [--update]            # what a new vendor document changes
    uv run ordertools contract API --url URL --header 'Name: value'
    uv run ordertools bench [--quick] [--json] [--only PARTS]
    uv run ordertools mock API [--port N]                          # = python -m ordermock

Each command's module is imported only when it runs (the benchmark imports the SDK and the mock,
the build imports the generator). ``ordertools <command> --help`` shows its options.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence

__all__ = ["COMMANDS", "main"]

#: command -> (module whose ``main(argv) -> int`` runs it, one-line summary)
COMMANDS: dict[str, tuple[str, str]] = {
    "build": ("ordertools.build", "validate every spec, regenerate the clients that changed, smoke them"),
    "apidiff": ("ordertools.apidiff", "classify spec changes for client users; suggest the version bump"),
    "docdiff": (
        "ordertools.docdiff",
        "a new copy of a vendor document: sections changed and the operations citing them",
    ),
    "contract": ("ordertools.contract", "run the contract suite against a base URL (vendor test env or mock)"),
    "bench": ("ordertools.bench.cli", "measure the pipeline and the clients; figures as same-run ratios"),
    "mock": ("ordermock._cli", "serve one API's mock over HTTP on 127.0.0.1"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = [f"  {name:<{width}}  {summary}" for name, (_, summary) in COMMANDS.items()]
    return "usage: ordertools <command> [options]\n\ncommands:\n" + "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(usage())
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command not in COMMANDS:
        print(f"ordertools: unknown command {command!r}\n\n{usage()}", file=sys.stderr)
        return 2
    run: Callable[[list[str]], int | None] = importlib.import_module(COMMANDS[command][0]).main
    return run(rest) or 0
