"""A client library for accessing Seven Senders Portal API (JWT)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
