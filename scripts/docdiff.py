"""`uv run scripts/docdiff.py ...` is `uv run ordertools docdiff ...`: see tools/ordertools/cli.py."""

import sys

from ordertools.cli import main

sys.exit(main(["docdiff", *sys.argv[1:]]))
