"""A client library for accessing Order Time Inventory REST API — customers, items and sales documents"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
