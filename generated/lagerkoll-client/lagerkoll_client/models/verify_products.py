from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verify_product import VerifyProduct


T = TypeVar("T", bound="VerifyProducts")


@_attrs_define
class VerifyProducts:
    """Verification of a purchase order against the supplier's invoice.

    Attributes:
        verify (bool | Unset): Move the purchase order to state FINISHED.
        external_invoice_reference (str | Unset): Reference of the supplier's invoice.
        products (list[VerifyProduct] | Unset): Final prices per article.
    """

    verify: bool | Unset = UNSET
    external_invoice_reference: str | Unset = UNSET
    products: list[VerifyProduct] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verify = self.verify

        external_invoice_reference = self.external_invoice_reference

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verify is not UNSET:
            field_dict["verify"] = verify
        if external_invoice_reference is not UNSET:
            field_dict["externalInvoiceReference"] = external_invoice_reference
        if products is not UNSET:
            field_dict["products"] = products

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verify_product import VerifyProduct  # noqa: PLC0415

        d = dict(src_dict)
        verify = d.pop("verify", UNSET)

        external_invoice_reference = d.pop("externalInvoiceReference", UNSET)

        _products = d.pop("products", UNSET)
        products: list[VerifyProduct] | Unset = UNSET
        if _products is not UNSET:
            products = []
            for products_item_data in _products:
                products_item = VerifyProduct.from_dict(products_item_data)

                products.append(products_item)

        verify_products = cls(
            verify=verify,
            external_invoice_reference=external_invoice_reference,
            products=products,
        )

        verify_products.additional_properties = d
        return verify_products

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
