"""`uv run scripts/mock.py ...` is `uv run ordertools mock ...`: see tools/ordertools/cli.py."""

import sys

from ordertools.cli import main

sys.exit(main(["mock", *sys.argv[1:]]))
