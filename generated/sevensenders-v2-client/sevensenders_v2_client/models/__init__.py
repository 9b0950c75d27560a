"""Contains all the data models used in inputs/outputs"""

from .carrier import Carrier
from .country import Country
from .error import Error
from .form_boolean import FormBoolean
from .order import Order
from .order_form import OrderForm
from .order_state_form import OrderStateForm
from .order_update_form import OrderUpdateForm
from .settable_order_state import SettableOrderState
from .shipment import Shipment
from .shipment_form import ShipmentForm
from .shipment_update_form import ShipmentUpdateForm
from .state import State
from .status import Status
from .tag import Tag
from .warehouse import Warehouse

__all__ = (
    "Carrier",
    "Country",
    "Error",
    "FormBoolean",
    "Order",
    "OrderForm",
    "OrderStateForm",
    "OrderUpdateForm",
    "SettableOrderState",
    "Shipment",
    "ShipmentForm",
    "ShipmentUpdateForm",
    "State",
    "Status",
    "Tag",
    "Warehouse",
)
