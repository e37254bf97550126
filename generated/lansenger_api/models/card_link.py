# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardLink")
_FIELDS = frozenset(
    {
        "title",
        "link",
        "pcLink",
        "padLink",
    }
)


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if self.pc_link is not UNSET:
            field_dict["pcLink"] = self.pc_link

        if self.pad_link is not UNSET:
            field_dict["padLink"] = self.pad_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"CardLink is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = _get("title", UNSET)

        link = _get("link", UNSET)

        pc_link = _get("pcLink", UNSET)

        pad_link = _get("padLink", UNSET)

        card_link = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            link,
            pc_link,
            pad_link,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        card_link.additional_properties = _extra
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
