"""A client library for accessing Seven Time API — purchase orders"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
