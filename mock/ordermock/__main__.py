"""``python -m ordermock API [--port N] ...``: serve one API's mock over HTTP (see :mod:`ordermock._cli`)."""

from __future__ import annotations

import sys

from ._cli import main

sys.exit(main())
