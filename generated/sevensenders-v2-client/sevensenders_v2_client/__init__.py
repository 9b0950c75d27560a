"""A client library for accessing Seven Senders API v2 (legacy, API-KEY)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
