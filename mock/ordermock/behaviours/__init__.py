"""Per-API behaviour: only what the spec cannot say (error bodies, credentials, limits, state rules).

Each module exposes ``BEHAVIOUR``, an :class:`ordermock.Behaviour`. Everything else (routing,
validation, CRUD by convention, data shapes) comes from ``specs/<api>.yaml``.
"""
