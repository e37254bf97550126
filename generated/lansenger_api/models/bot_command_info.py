# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotCommandInfo")
_FIELDS = frozenset(
    {
        "command",
        "description",
        "icon",
        "i18nDescription",
    }
)


@_attrs_define
class BotCommandInfo:
    """A command as fetch_bot_commands answers it.

    Attributes:
        command (str | Unset):
        description (str | Unset):
        icon (str | Unset):
        i18n_description (Any | Unset): Translations of description, as the platform sends them.
    """

    command: str | Unset = UNSET
    description: str | Unset = UNSET
    icon: str | Unset = UNSET
    i18n_description: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.command is not UNSET:
            field_dict["command"] = self.command

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.i18n_description is not UNSET:
            field_dict["i18nDescription"] = self.i18n_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BotCommandInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        command = _get("command", UNSET)

        description = _get("description", UNSET)

        icon = _get("icon", UNSET)

        i18n_description = _get("i18nDescription", UNSET)

        bot_command_info = cls(  # by position, in the order the fields are declared above: cheaper than by name
            command,
            description,
            icon,
            i18n_description,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        bot_command_info.additional_properties = _extra
        return bot_command_info

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
