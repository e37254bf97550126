# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApproveCardLink")
_FIELDS = frozenset(
    {
        "cardLink",
        "cardLinkForPc",
        "cardLinkForPad",
    }
)


@_attrs_define
class ApproveCardLink:
    """
    Attributes:
        card_link (str | Unset):
        card_link_for_pc (str | Unset):
        card_link_for_pad (str | Unset):
    """

    card_link: str | Unset = UNSET
    card_link_for_pc: str | Unset = UNSET
    card_link_for_pad: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.card_link is not UNSET:
            field_dict["cardLink"] = self.card_link

        if self.card_link_for_pc is not UNSET:
            field_dict["cardLinkForPc"] = self.card_link_for_pc

        if self.card_link_for_pad is not UNSET:
            field_dict["cardLinkForPad"] = self.card_link_for_pad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApproveCardLink is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        card_link = _get("cardLink", UNSET)

        card_link_for_pc = _get("cardLinkForPc", UNSET)

        card_link_for_pad = _get("cardLinkForPad", UNSET)

        approve_card_link = cls(  # by position, in the order the fields are declared above: cheaper than by name
            card_link,
            card_link_for_pc,
            card_link_for_pad,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        approve_card_link.additional_properties = _extra
        return approve_card_link

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
