from ordersdk_runtime import OpenIntEnum


class RecordType(OpenIntEnum):
    SHIP_DOC = 4
    SALES_ORDER = 7
    QUOTE = 13
    ITEM = 100
    PART_ITEM = 101
    ASSEMBLY_ITEM = 107
    ITEM_ALL = 115
    CUSTOMER = 120
    CUSTOMER_ADDRESS = 121
    LOCATION = 150
    UOM = 160
    UOM_SET = 162
    ITEM_GROUP = 180
    TERM = 190
    SHIP_METHOD = 250
    PRICE_LEVEL = 280
    PRICE_LEVEL_ITEM_PRICE = 282
    CUSTOMER_TYPE = 300
    SALES_REP = 370
    PAYMENT = 660
    INVENTORY_BY_LOCATION = 1112

    def __str__(self) -> str:
        return str(self.value)
