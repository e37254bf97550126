# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_content import CardContent
    from ..models.card_field import CardField


T = TypeVar("T", bound="ApproveCardBody")
_FIELDS = frozenset(
    {
        "title",
        "content",
        "fields",
    }
)


@_cache
def _CardContent_class() -> type[CardContent]:
    """`CardContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.card_content import CardContent  # noqa: PLC0415

    return CardContent


@_cache
def _CardField_class() -> type[CardField]:
    """`CardField`, imported on first use (the models refer to each other in cycles)."""
    from ..models.card_field import CardField  # noqa: PLC0415

    return CardField


@_attrs_define
class ApproveCardBody:
    """
    Attributes:
        title (str):
        content (CardContent):
        fields (list[CardField] | Unset):
    """

    title: str
    content: CardContent
    fields: list[CardField] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["title"] = self.title

        field_dict["content"] = self.content.to_dict()

        if type(self.fields) is not Unset:
            field_dict["fields"] = [item.to_dict() for item in self.fields]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApproveCardBody is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = d["title"]

        content = _CardContent_class().from_dict(d["content"])

        _fields = _get("fields", UNSET)
        fields: list[CardField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = _CardField_class().from_dict(fields_item_data)

                fields.append(fields_item)

        approve_card_body = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            content,
            fields,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        approve_card_body.additional_properties = _extra
        return approve_card_body

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
