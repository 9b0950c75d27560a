from ordersdk_runtime import OpenStrEnum


class PurchaseOrderProductSortColumn(OpenStrEnum):
    ACTIVE = "active"
    ART = "art"
    BUNDLED = "bundled"
    CAT = "cat"
    DESC = "desc"
    IS_STOCK = "is_stock"
    NAME = "name"
    ORDER = "order"
    PRICE = "price"
    QUERY = "query"
    RESERVED = "reserved"
    STATUS = "status"
    STOCK = "stock"
    STOCK_PLACE = "stock_place"
    STOCK_PLACE_ARTICLE = "stock_place_article"
    SUPPLIER = "supplier"
    TYPE = "type"
    UNIT = "unit"
    WARNING_ORDER = "warning_order"

    def __str__(self) -> str:
        return str(self.value)
