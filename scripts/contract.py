"""`uv run scripts/contract.py ...` is `uv run ordertools contract ...`: see tools/ordertools/cli.py."""

import sys

from ordertools.cli import main

sys.exit(main(["contract", *sys.argv[1:]]))
