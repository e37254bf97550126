# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardLink")


@_attrs_define
class CardLink:
    """A button-like link on a card; the platform documents `title`, other keys are passed through.

    Attributes:
        title (str | Unset):
        link (str | Unset):
        pc_link (str | Unset):
        pad_link (str | Unset):
    """

    title: str | Unset = UNSET
    link: str | Unset = UNSET
    pc_link: str | Unset = UNSET
    pad_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        link = self.link

        pc_link = self.pc_link

        pad_link = self.pad_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if link is not UNSET:
            field_dict["link"] = link
        if pc_link is not UNSET:
            field_dict["pcLink"] = pc_link
        if pad_link is not UNSET:
            field_dict["padLink"] = pad_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        link = d.pop("link", UNSET)

        pc_link = d.pop("pcLink", UNSET)

        pad_link = d.pop("padLink", UNSET)

        card_link = cls(
            title=title,
            link=link,
            pc_link=pc_link,
            pad_link=pad_link,
        )

        card_link.additional_properties = d
        return card_link

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
