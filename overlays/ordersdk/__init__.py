"""ordersdk: production overlays (auth, pagination, retry, rate limiting, typed errors) for the generated clients."""

__all__: list[str] = []
