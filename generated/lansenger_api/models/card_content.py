# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_content_format_type import CardContentFormatType, check_card_content_format_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardContent")


@_attrs_define
class CardContent:
    """
    Attributes:
        format_type (CardContentFormatType | Unset): 1 is Markdown (0 means unset).
        text (str | Unset):
    """

    format_type: CardContentFormatType | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_type: int | Unset = UNSET
        if not isinstance(self.format_type, Unset):
            format_type = self.format_type

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_type is not UNSET:
            field_dict["formatType"] = format_type
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _format_type = d.pop("formatType", UNSET)
        format_type: CardContentFormatType | Unset
        if isinstance(_format_type, Unset):
            format_type = UNSET
        else:
            format_type = check_card_content_format_type(_format_type)

        text = d.pop("text", UNSET)

        card_content = cls(
            format_type=format_type,
            text=text,
        )

        card_content.additional_properties = d
        return card_content

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
