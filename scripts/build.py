"""`uv run scripts/build.py ...` is `uv run ordertools build ...`: see tools/ordertools/cli.py."""

import sys

from ordertools.cli import main

sys.exit(main(["build", *sys.argv[1:]]))
