# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkCardMessage")
_FIELDS = frozenset(
    {
        "title",
        "link",
        "description",
        "iconLink",
        "pcLink",
        "padLink",
        "fromName",
        "fromIconLink",
    }
)


@_attrs_define
class LinkCardMessage:
    """
    Attributes:
        title (str):
        link (str):
        description (str | Unset):
        icon_link (str | Unset):
        pc_link (str | Unset):
        pad_link (str | Unset):
        from_name (str | Unset):
        from_icon_link (str | Unset):
    """

    title: str
    link: str
    description: str | Unset = UNSET
    icon_link: str | Unset = UNSET
    pc_link: str | Unset = UNSET
    pad_link: str | Unset = UNSET
    from_name: str | Unset = UNSET
    from_icon_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["title"] = self.title

        field_dict["link"] = self.link

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.icon_link is not UNSET:
            field_dict["iconLink"] = self.icon_link

        if self.pc_link is not UNSET:
            field_dict["pcLink"] = self.pc_link

        if self.pad_link is not UNSET:
            field_dict["padLink"] = self.pad_link

        if self.from_name is not UNSET:
            field_dict["fromName"] = self.from_name

        if self.from_icon_link is not UNSET:
            field_dict["fromIconLink"] = self.from_icon_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"LinkCardMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = d["title"]

        link = d["link"]

        description = _get("description", UNSET)

        icon_link = _get("iconLink", UNSET)

        pc_link = _get("pcLink", UNSET)

        pad_link = _get("padLink", UNSET)

        from_name = _get("fromName", UNSET)

        from_icon_link = _get("fromIconLink", UNSET)

        link_card_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            link,
            description,
            icon_link,
            pc_link,
            pad_link,
            from_name,
            from_icon_link,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        link_card_message.additional_properties = _extra
        return link_card_message

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
