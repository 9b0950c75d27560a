"""Contains all the data models used in inputs/outputs"""

from .carrier_ref import CarrierRef
from .carrier_service import CarrierService
from .error import Error
from .label import Label
from .label_create import LabelCreate
from .label_format import LabelFormat
from .language_code import LanguageCode
from .order import Order
from .order_create import OrderCreate
from .order_state import OrderState
from .order_state_create import OrderStateCreate
from .order_tag import OrderTag
from .order_tags import OrderTags
from .order_update import OrderUpdate
from .shipment import Shipment
from .shipment_create import ShipmentCreate
from .shipment_tags import ShipmentTags
from .token import Token
from .token_request import TokenRequest

__all__ = (
    "CarrierRef",
    "CarrierService",
    "Error",
    "Label",
    "LabelCreate",
    "LabelFormat",
    "LanguageCode",
    "Order",
    "OrderCreate",
    "OrderState",
    "OrderStateCreate",
    "OrderTag",
    "OrderTags",
    "OrderUpdate",
    "Shipment",
    "ShipmentCreate",
    "ShipmentTags",
    "Token",
    "TokenRequest",
)
