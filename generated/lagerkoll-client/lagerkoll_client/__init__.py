"""A client library for accessing Lagerkoll Purchase Orders API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
