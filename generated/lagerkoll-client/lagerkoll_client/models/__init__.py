"""Contains all the data models used in inputs/outputs"""

from .article import Article
from .article_batch import ArticleBatch
from .article_batches import ArticleBatches
from .article_link import ArticleLink
from .article_link_type import ArticleLinkType
from .article_tag import ArticleTag
from .article_type import ArticleType
from .article_unit import ArticleUnit
from .articles_response import ArticlesResponse
from .barcode_type import BarcodeType
from .bundled_article import BundledArticle
from .create_purchase_order_article import CreatePurchaseOrderArticle
from .custom_field import CustomField
from .custom_field_type import CustomFieldType
from .custom_field_valid_value import CustomFieldValidValue
from .error import Error
from .move_open_purchase_order_article import MoveOpenPurchaseOrderArticle
from .open_purchase_order_article_request import OpenPurchaseOrderArticleRequest
from .open_purchase_order_article_response import OpenPurchaseOrderArticleResponse
from .open_purchase_order_articles_response import OpenPurchaseOrderArticlesResponse
from .open_purchase_order_sort_column import OpenPurchaseOrderSortColumn
from .ordered_article import OrderedArticle
from .ordered_article_sort_column import OrderedArticleSortColumn
from .ordered_articles_response import OrderedArticlesResponse
from .price import Price
from .production_order_purchase_order_light import ProductionOrderPurchaseOrderLight
from .purchase_order import PurchaseOrder
from .purchase_order_article import PurchaseOrderArticle
from .purchase_order_article_batch import PurchaseOrderArticleBatch
from .purchase_order_article_light import PurchaseOrderArticleLight
from .purchase_order_article_removal import PurchaseOrderArticleRemoval
from .purchase_order_article_update import PurchaseOrderArticleUpdate
from .purchase_order_articles_request import PurchaseOrderArticlesRequest
from .purchase_order_create import PurchaseOrderCreate
from .purchase_order_delivery_article import PurchaseOrderDeliveryArticle
from .purchase_order_delivery_article_batch import PurchaseOrderDeliveryArticleBatch
from .purchase_order_id import PurchaseOrderId
from .purchase_order_light import PurchaseOrderLight
from .purchase_order_product_sort_column import PurchaseOrderProductSortColumn
from .purchase_order_rate import PurchaseOrderRate
from .purchase_order_ref import PurchaseOrderRef
from .purchase_order_sort_column import PurchaseOrderSortColumn
from .purchase_order_state import PurchaseOrderState
from .purchase_order_state_filter import PurchaseOrderStateFilter
from .purchase_order_with_article_sort_column import PurchaseOrderWithArticleSortColumn
from .purchase_orders_response import PurchaseOrdersResponse
from .receivers import Receivers
from .sort_order import SortOrder
from .supplier_article import SupplierArticle
from .unit import Unit
from .verify_product import VerifyProduct
from .verify_products import VerifyProducts
from .warned_article_sort_column import WarnedArticleSortColumn

__all__ = (
    "Article",
    "ArticleBatch",
    "ArticleBatches",
    "ArticleLink",
    "ArticleLinkType",
    "ArticlesResponse",
    "ArticleTag",
    "ArticleType",
    "ArticleUnit",
    "BarcodeType",
    "BundledArticle",
    "CreatePurchaseOrderArticle",
    "CustomField",
    "CustomFieldType",
    "CustomFieldValidValue",
    "Error",
    "MoveOpenPurchaseOrderArticle",
    "OpenPurchaseOrderArticleRequest",
    "OpenPurchaseOrderArticleResponse",
    "OpenPurchaseOrderArticlesResponse",
    "OpenPurchaseOrderSortColumn",
    "OrderedArticle",
    "OrderedArticleSortColumn",
    "OrderedArticlesResponse",
    "Price",
    "ProductionOrderPurchaseOrderLight",
    "PurchaseOrder",
    "PurchaseOrderArticle",
    "PurchaseOrderArticleBatch",
    "PurchaseOrderArticleLight",
    "PurchaseOrderArticleRemoval",
    "PurchaseOrderArticlesRequest",
    "PurchaseOrderArticleUpdate",
    "PurchaseOrderCreate",
    "PurchaseOrderDeliveryArticle",
    "PurchaseOrderDeliveryArticleBatch",
    "PurchaseOrderId",
    "PurchaseOrderLight",
    "PurchaseOrderProductSortColumn",
    "PurchaseOrderRate",
    "PurchaseOrderRef",
    "PurchaseOrderSortColumn",
    "PurchaseOrdersResponse",
    "PurchaseOrderState",
    "PurchaseOrderStateFilter",
    "PurchaseOrderWithArticleSortColumn",
    "Receivers",
    "SortOrder",
    "SupplierArticle",
    "Unit",
    "VerifyProduct",
    "VerifyProducts",
    "WarnedArticleSortColumn",
)
