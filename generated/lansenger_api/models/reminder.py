# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Reminder")
_FIELDS = frozenset(
    {
        "all",
        "userIds",
        "botIds",
    }
)


@_attrs_define
class Reminder:
    """@mention: everyone, some staff, some bots. Works in group chat only.

    Attributes:
        all_ (bool | Unset):
        user_ids (list[str] | Unset):
        bot_ids (list[str] | Unset):
    """

    all_: bool | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    bot_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        bot_ids: list[str] | Unset = UNSET
        if not isinstance(self.bot_ids, Unset):
            bot_ids = self.bot_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if user_ids is not UNSET:
            field_dict["userIds"] = user_ids
        if bot_ids is not UNSET:
            field_dict["botIds"] = bot_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Reminder is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        all_ = _get("all", UNSET)

        user_ids: list[str] = _get("userIds", UNSET)

        bot_ids: list[str] = _get("botIds", UNSET)

        reminder = cls(  # by position, in the order the fields are declared above: cheaper than by name
            all_,
            user_ids,
            bot_ids,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        reminder.additional_properties = _extra
        return reminder

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
