from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_type import ArticleType
from ..models.barcode_type import BarcodeType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_batches import ArticleBatches
    from ..models.article_link import ArticleLink
    from ..models.article_tag import ArticleTag
    from ..models.bundled_article import BundledArticle
    from ..models.custom_field import CustomField
    from ..models.price import Price
    from ..models.supplier_article import SupplierArticle


T = TypeVar("T", bound="Article")


@_attrs_define
class Article:
    """An article (product or service) of the store as kept by Lagerkoll's article register, including stock, prices,
    supplier data and batches. In this API it only appears in responses.

        Attributes:
            article_id (str | Unset): Unique id of the article within the store. Can only be set when the article is
                created.
            external_id (str | Unset): The article's id in an external system.
            active (bool | Unset): Whether the article is active. Default: True.
            name (str | Unset): Article name.
            bundled (bool | Unset): Whether the article is a bundle made of other articles (see `parts`). Can only be set
                when the article is created. Default: False.
            parts (list[BundledArticle] | None | Unset): Parts of a bundled article. On update a list replaces the existing
                parts, an empty list removes them all and null leaves them unchanged.
            batches (ArticleBatches | Unset): Summary of an article's batches and serial numbers with the first page of
                each.
            description (str | Unset): Free-text description.
            category (str | Unset): Article category. Default: 'övrigt'.
            amount (float | Unset): Available amount, i.e. the stock amount minus the reserved amount.
            reserved (float | Unset): Amount reserved by customer orders.
            barcode (str | Unset): Barcode of the article.
            barcode_type (BarcodeType | Unset): Symbology of an article's barcode.
            price (float | Unset): Sales price.
            prices (list[Price] | Unset): Prices of the article in the store's price lists.
            supplier (int | None | Unset): Id of the main supplier; when not null it must be an existing supplier. Ignored
                for bundled articles.
            supplier_external_id (str | Unset): The main supplier's external id.
            supplier_name (None | str | Unset): Name of the main supplier; when not null it must match an existing supplier.
                Ignored for bundled articles.
            supplier_article_id (str | Unset): The main supplier's id for the article. Ignored for bundled articles.
            supplier_automatic_order (bool | Unset): Automatic ordering flag of the main supplier. Ignored for bundled
                articles.
            supplier_buy_price (float | Unset): Buy price from the main supplier, shipment and miscellaneous costs included.
                Ignored for bundled articles.
            supplier_buy_price_shipment (float | Unset): Shipment cost part of the buy price. Ignored for bundled articles.
            supplier_articles (list[SupplierArticle] | Unset): Every supplier the article can be bought from. Ignored for
                bundled articles.
            supplier_buy_price_misc (float | Unset): Miscellaneous cost part of the buy price. Ignored for bundled articles.
            supplier_buy_currency (str | Unset): Currency of the main supplier's buy price.
            supplier_buy_rate (float | Unset): Exchange rate from the main supplier's currency to the store's currency.
            unit (str | Unset): Base unit of the article. Default: 'st'.
            vat (float | Unset): VAT in percent. When both vat and vatAccount are sent, vatAccount wins.
            vat_account (int | Unset): VAT account. Takes precedence over vat when both are sent.
            image_last_updated (int | Unset): When the article image was last changed, in milliseconds since
                1970-01-01T00:00:00Z.
            type_ (ArticleType | Unset): `Stock`: a physical product with a stock amount; `Service`: work, without stock.
            stock (bool | Unset): True for an article kept in stock, false for one that is ordered from the supplier when
                needed. Default: True.
            webshop_article (bool | Unset): Whether the article is published to the web shop. Default: False.
            manufacturer (str | Unset): Manufacturer name.
            manufacturer_article_id (str | Unset): The manufacturer's id for the article.
            custom_fields (list[CustomField] | Unset): Store-defined key/value fields. On create or update the list replaces
                the article's existing custom fields.
            links (list[ArticleLink] | Unset): Links (web pages, images, documents) attached to the article.
            tags (list[ArticleTag] | Unset): Tags of the article. Give the id of existing tags; tags without id are created.
            width (float | Unset): Width.
            height (float | Unset): Height.
            depth (float | Unset): Depth.
            weight (float | Unset): Weight.
            stock_place (str | Unset): Storage location.
            stock_warning (float | Unset): Stock level at or below which the article is reported as warned.
            critical_level (float | Unset): Stock level at which the article is put on a purchase order automatically (with
                `orderLevel` as quantity) when automatic ordering is on.
            order_level (float | Unset): Quantity ordered automatically when the stock reaches `criticalLevel`.
            automatic_order (bool | Unset): Put the article on a purchase order automatically when its stock reaches
                `criticalLevel`.
            next_delivery_date (int | Unset): Delivery date of the purchase order the article is on, if any, in milliseconds
                since 1970-01-01T00:00:00Z.
            ordered_amount (float | Unset): Quantity ordered on the purchase order the article is on, if any.
            delivered_amount (float | Unset): Quantity delivered on the purchase order the article is on, if any.
            available_amount (float | Unset): Amount available at the requested delivery date.
    """

    article_id: str | Unset = UNSET
    external_id: str | Unset = UNSET
    active: bool | Unset = True
    name: str | Unset = UNSET
    bundled: bool | Unset = False
    parts: list[BundledArticle] | None | Unset = UNSET
    batches: ArticleBatches | Unset = UNSET
    description: str | Unset = UNSET
    category: str | Unset = "övrigt"
    amount: float | Unset = UNSET
    reserved: float | Unset = UNSET
    barcode: str | Unset = UNSET
    barcode_type: BarcodeType | Unset = UNSET
    price: float | Unset = UNSET
    prices: list[Price] | Unset = UNSET
    supplier: int | None | Unset = UNSET
    supplier_external_id: str | Unset = UNSET
    supplier_name: None | str | Unset = UNSET
    supplier_article_id: str | Unset = UNSET
    supplier_automatic_order: bool | Unset = UNSET
    supplier_buy_price: float | Unset = UNSET
    supplier_buy_price_shipment: float | Unset = UNSET
    supplier_articles: list[SupplierArticle] | Unset = UNSET
    supplier_buy_price_misc: float | Unset = UNSET
    supplier_buy_currency: str | Unset = UNSET
    supplier_buy_rate: float | Unset = UNSET
    unit: str | Unset = "st"
    vat: float | Unset = UNSET
    vat_account: int | Unset = UNSET
    image_last_updated: int | Unset = UNSET
    type_: ArticleType | Unset = UNSET
    stock: bool | Unset = True
    webshop_article: bool | Unset = False
    manufacturer: str | Unset = UNSET
    manufacturer_article_id: str | Unset = UNSET
    custom_fields: list[CustomField] | Unset = UNSET
    links: list[ArticleLink] | Unset = UNSET
    tags: list[ArticleTag] | Unset = UNSET
    width: float | Unset = UNSET
    height: float | Unset = UNSET
    depth: float | Unset = UNSET
    weight: float | Unset = UNSET
    stock_place: str | Unset = UNSET
    stock_warning: float | Unset = UNSET
    critical_level: float | Unset = UNSET
    order_level: float | Unset = UNSET
    automatic_order: bool | Unset = UNSET
    next_delivery_date: int | Unset = UNSET
    ordered_amount: float | Unset = UNSET
    delivered_amount: float | Unset = UNSET
    available_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        article_id = self.article_id

        external_id = self.external_id

        active = self.active

        name = self.name

        bundled = self.bundled

        parts: list[dict[str, Any]] | None | Unset
        if isinstance(self.parts, Unset):
            parts = UNSET
        elif isinstance(self.parts, list):
            parts = []
            for parts_type_0_item_data in self.parts:
                parts_type_0_item = parts_type_0_item_data.to_dict()
                parts.append(parts_type_0_item)

        else:
            parts = self.parts

        batches: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = self.batches.to_dict()

        description = self.description

        category = self.category

        amount = self.amount

        reserved = self.reserved

        barcode = self.barcode

        barcode_type: str | Unset = UNSET
        if not isinstance(self.barcode_type, Unset):
            barcode_type = self.barcode_type.value

        price = self.price

        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        supplier: int | None | Unset
        if isinstance(self.supplier, Unset):
            supplier = UNSET
        else:
            supplier = self.supplier

        supplier_external_id = self.supplier_external_id

        supplier_name: None | str | Unset
        if isinstance(self.supplier_name, Unset):
            supplier_name = UNSET
        else:
            supplier_name = self.supplier_name

        supplier_article_id = self.supplier_article_id

        supplier_automatic_order = self.supplier_automatic_order

        supplier_buy_price = self.supplier_buy_price

        supplier_buy_price_shipment = self.supplier_buy_price_shipment

        supplier_articles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.supplier_articles, Unset):
            supplier_articles = []
            for supplier_articles_item_data in self.supplier_articles:
                supplier_articles_item = supplier_articles_item_data.to_dict()
                supplier_articles.append(supplier_articles_item)

        supplier_buy_price_misc = self.supplier_buy_price_misc

        supplier_buy_currency = self.supplier_buy_currency

        supplier_buy_rate = self.supplier_buy_rate

        unit = self.unit

        vat = self.vat

        vat_account = self.vat_account

        image_last_updated = self.image_last_updated

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        stock = self.stock

        webshop_article = self.webshop_article

        manufacturer = self.manufacturer

        manufacturer_article_id = self.manufacturer_article_id

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        width = self.width

        height = self.height

        depth = self.depth

        weight = self.weight

        stock_place = self.stock_place

        stock_warning = self.stock_warning

        critical_level = self.critical_level

        order_level = self.order_level

        automatic_order = self.automatic_order

        next_delivery_date = self.next_delivery_date

        ordered_amount = self.ordered_amount

        delivered_amount = self.delivered_amount

        available_amount = self.available_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if article_id is not UNSET:
            field_dict["articleId"] = article_id
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if active is not UNSET:
            field_dict["active"] = active
        if name is not UNSET:
            field_dict["name"] = name
        if bundled is not UNSET:
            field_dict["bundled"] = bundled
        if parts is not UNSET:
            field_dict["parts"] = parts
        if batches is not UNSET:
            field_dict["batches"] = batches
        if description is not UNSET:
            field_dict["description"] = description
        if category is not UNSET:
            field_dict["category"] = category
        if amount is not UNSET:
            field_dict["amount"] = amount
        if reserved is not UNSET:
            field_dict["reserved"] = reserved
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if barcode_type is not UNSET:
            field_dict["barcodeType"] = barcode_type
        if price is not UNSET:
            field_dict["price"] = price
        if prices is not UNSET:
            field_dict["prices"] = prices
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if supplier_external_id is not UNSET:
            field_dict["supplierExternalId"] = supplier_external_id
        if supplier_name is not UNSET:
            field_dict["supplierName"] = supplier_name
        if supplier_article_id is not UNSET:
            field_dict["supplierArticleId"] = supplier_article_id
        if supplier_automatic_order is not UNSET:
            field_dict["supplierAutomaticOrder"] = supplier_automatic_order
        if supplier_buy_price is not UNSET:
            field_dict["supplierBuyPrice"] = supplier_buy_price
        if supplier_buy_price_shipment is not UNSET:
            field_dict["supplierBuyPriceShipment"] = supplier_buy_price_shipment
        if supplier_articles is not UNSET:
            field_dict["supplierArticles"] = supplier_articles
        if supplier_buy_price_misc is not UNSET:
            field_dict["supplierBuyPriceMisc"] = supplier_buy_price_misc
        if supplier_buy_currency is not UNSET:
            field_dict["supplierBuyCurrency"] = supplier_buy_currency
        if supplier_buy_rate is not UNSET:
            field_dict["supplierBuyRate"] = supplier_buy_rate
        if unit is not UNSET:
            field_dict["unit"] = unit
        if vat is not UNSET:
            field_dict["vat"] = vat
        if vat_account is not UNSET:
            field_dict["vatAccount"] = vat_account
        if image_last_updated is not UNSET:
            field_dict["imageLastUpdated"] = image_last_updated
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stock is not UNSET:
            field_dict["stock"] = stock
        if webshop_article is not UNSET:
            field_dict["webshopArticle"] = webshop_article
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if manufacturer_article_id is not UNSET:
            field_dict["manufacturerArticleId"] = manufacturer_article_id
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if links is not UNSET:
            field_dict["links"] = links
        if tags is not UNSET:
            field_dict["tags"] = tags
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if depth is not UNSET:
            field_dict["depth"] = depth
        if weight is not UNSET:
            field_dict["weight"] = weight
        if stock_place is not UNSET:
            field_dict["stockPlace"] = stock_place
        if stock_warning is not UNSET:
            field_dict["stockWarning"] = stock_warning
        if critical_level is not UNSET:
            field_dict["criticalLevel"] = critical_level
        if order_level is not UNSET:
            field_dict["orderLevel"] = order_level
        if automatic_order is not UNSET:
            field_dict["automaticOrder"] = automatic_order
        if next_delivery_date is not UNSET:
            field_dict["nextDeliveryDate"] = next_delivery_date
        if ordered_amount is not UNSET:
            field_dict["orderedAmount"] = ordered_amount
        if delivered_amount is not UNSET:
            field_dict["deliveredAmount"] = delivered_amount
        if available_amount is not UNSET:
            field_dict["availableAmount"] = available_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_batches import ArticleBatches  # noqa: PLC0415
        from ..models.article_link import ArticleLink  # noqa: PLC0415
        from ..models.article_tag import ArticleTag  # noqa: PLC0415
        from ..models.bundled_article import BundledArticle  # noqa: PLC0415
        from ..models.custom_field import CustomField  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415
        from ..models.supplier_article import SupplierArticle  # noqa: PLC0415

        d = dict(src_dict)
        article_id = d.pop("articleId", UNSET)

        external_id = d.pop("externalId", UNSET)

        active = d.pop("active", UNSET)

        name = d.pop("name", UNSET)

        bundled = d.pop("bundled", UNSET)

        def _parse_parts(data: object) -> list[BundledArticle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parts_type_0 = []
                _parts_type_0 = data
                for parts_type_0_item_data in _parts_type_0:
                    parts_type_0_item = BundledArticle.from_dict(parts_type_0_item_data)

                    parts_type_0.append(parts_type_0_item)

                return parts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BundledArticle] | None | Unset, data)

        parts = _parse_parts(d.pop("parts", UNSET))

        _batches = d.pop("batches", UNSET)
        batches: ArticleBatches | Unset
        if isinstance(_batches, Unset):
            batches = UNSET
        else:
            batches = ArticleBatches.from_dict(_batches)

        description = d.pop("description", UNSET)

        category = d.pop("category", UNSET)

        amount = d.pop("amount", UNSET)

        reserved = d.pop("reserved", UNSET)

        barcode = d.pop("barcode", UNSET)

        _barcode_type = d.pop("barcodeType", UNSET)
        barcode_type: BarcodeType | Unset
        if isinstance(_barcode_type, Unset):
            barcode_type = UNSET
        else:
            barcode_type = BarcodeType._read(_barcode_type)

        price = d.pop("price", UNSET)

        _prices = d.pop("prices", UNSET)
        prices: list[Price] | Unset = UNSET
        if _prices is not UNSET:
            prices = []
            for prices_item_data in _prices:
                prices_item = Price.from_dict(prices_item_data)

                prices.append(prices_item)

        def _parse_supplier(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        supplier = _parse_supplier(d.pop("supplier", UNSET))

        supplier_external_id = d.pop("supplierExternalId", UNSET)

        def _parse_supplier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_name = _parse_supplier_name(d.pop("supplierName", UNSET))

        supplier_article_id = d.pop("supplierArticleId", UNSET)

        supplier_automatic_order = d.pop("supplierAutomaticOrder", UNSET)

        supplier_buy_price = d.pop("supplierBuyPrice", UNSET)

        supplier_buy_price_shipment = d.pop("supplierBuyPriceShipment", UNSET)

        _supplier_articles = d.pop("supplierArticles", UNSET)
        supplier_articles: list[SupplierArticle] | Unset = UNSET
        if _supplier_articles is not UNSET:
            supplier_articles = []
            for supplier_articles_item_data in _supplier_articles:
                supplier_articles_item = SupplierArticle.from_dict(supplier_articles_item_data)

                supplier_articles.append(supplier_articles_item)

        supplier_buy_price_misc = d.pop("supplierBuyPriceMisc", UNSET)

        supplier_buy_currency = d.pop("supplierBuyCurrency", UNSET)

        supplier_buy_rate = d.pop("supplierBuyRate", UNSET)

        unit = d.pop("unit", UNSET)

        vat = d.pop("vat", UNSET)

        vat_account = d.pop("vatAccount", UNSET)

        image_last_updated = d.pop("imageLastUpdated", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ArticleType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ArticleType._read(_type_)

        stock = d.pop("stock", UNSET)

        webshop_article = d.pop("webshopArticle", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        manufacturer_article_id = d.pop("manufacturerArticleId", UNSET)

        _custom_fields = d.pop("customFields", UNSET)
        custom_fields: list[CustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _links = d.pop("links", UNSET)
        links: list[ArticleLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = ArticleLink.from_dict(links_item_data)

                links.append(links_item)

        _tags = d.pop("tags", UNSET)
        tags: list[ArticleTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ArticleTag.from_dict(tags_item_data)

                tags.append(tags_item)

        width = d.pop("width", UNSET)

        height = d.pop("height", UNSET)

        depth = d.pop("depth", UNSET)

        weight = d.pop("weight", UNSET)

        stock_place = d.pop("stockPlace", UNSET)

        stock_warning = d.pop("stockWarning", UNSET)

        critical_level = d.pop("criticalLevel", UNSET)

        order_level = d.pop("orderLevel", UNSET)

        automatic_order = d.pop("automaticOrder", UNSET)

        next_delivery_date = d.pop("nextDeliveryDate", UNSET)

        ordered_amount = d.pop("orderedAmount", UNSET)

        delivered_amount = d.pop("deliveredAmount", UNSET)

        available_amount = d.pop("availableAmount", UNSET)

        article = cls(
            article_id=article_id,
            external_id=external_id,
            active=active,
            name=name,
            bundled=bundled,
            parts=parts,
            batches=batches,
            description=description,
            category=category,
            amount=amount,
            reserved=reserved,
            barcode=barcode,
            barcode_type=barcode_type,
            price=price,
            prices=prices,
            supplier=supplier,
            supplier_external_id=supplier_external_id,
            supplier_name=supplier_name,
            supplier_article_id=supplier_article_id,
            supplier_automatic_order=supplier_automatic_order,
            supplier_buy_price=supplier_buy_price,
            supplier_buy_price_shipment=supplier_buy_price_shipment,
            supplier_articles=supplier_articles,
            supplier_buy_price_misc=supplier_buy_price_misc,
            supplier_buy_currency=supplier_buy_currency,
            supplier_buy_rate=supplier_buy_rate,
            unit=unit,
            vat=vat,
            vat_account=vat_account,
            image_last_updated=image_last_updated,
            type_=type_,
            stock=stock,
            webshop_article=webshop_article,
            manufacturer=manufacturer,
            manufacturer_article_id=manufacturer_article_id,
            custom_fields=custom_fields,
            links=links,
            tags=tags,
            width=width,
            height=height,
            depth=depth,
            weight=weight,
            stock_place=stock_place,
            stock_warning=stock_warning,
            critical_level=critical_level,
            order_level=order_level,
            automatic_order=automatic_order,
            next_delivery_date=next_delivery_date,
            ordered_amount=ordered_amount,
            delivered_amount=delivered_amount,
            available_amount=available_amount,
        )

        article.additional_properties = d
        return article

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
