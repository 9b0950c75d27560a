"""`uv run scripts/apidiff.py ...` is `uv run ordertools apidiff ...`: see tools/ordertools/cli.py."""

import sys

from ordertools.cli import main

sys.exit(main(["apidiff", *sys.argv[1:]]))
