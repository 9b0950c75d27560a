"""`uv run scripts/bench.py ...` is `uv run ordertools bench ...`: see tools/ordertools/cli.py."""

import sys

from ordertools.cli import main

sys.exit(main(["bench", *sys.argv[1:]]))
