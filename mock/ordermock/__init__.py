"""ordermock: a stateful, spec-driven mock of every API in ``specs/``."""

__all__: list[str] = []
