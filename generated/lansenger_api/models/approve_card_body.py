# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_content import CardContent
    from ..models.card_field import CardField


T = TypeVar("T", bound="ApproveCardBody")


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
        title = self.title

        content = self.content.to_dict()

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "content": content,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_content import CardContent  # noqa: PLC0415
        from ..models.card_field import CardField  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        content = CardContent.from_dict(d.pop("content"))

        _fields = d.pop("fields", UNSET)
        fields: list[CardField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = CardField.from_dict(fields_item_data)

                fields.append(fields_item)

        approve_card_body = cls(
            title=title,
            content=content,
            fields=fields,
        )

        approve_card_body.additional_properties = d
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
