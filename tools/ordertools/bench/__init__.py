"""The benchmark (``ordertools bench``): one module per measured part, :mod:`.cli` runs them."""
