# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotCommand")
_FIELDS = frozenset(
    {
        "command",
        "description",
        "icon",
        "i18nDescription",
    }
)


@_attrs_define
class BotCommand:
    """
    Attributes:
        command (str): What people type after the slash.
        description (str): Shown next to the command.
        icon (str | Unset): The command's icon. The platform lists it beside command and description without saying
            whether it is a URL or a media id, so it is optional here.
        i18n_description (Any | Unset): Translations of description. Its shape is undocumented (the platform's other
            i18n fields are objects keyed zhHans, zhHant, zhHantHK, en, fr), so any JSON value is passed through.
    """

    command: str
    description: str
    icon: str | Unset = UNSET
    i18n_description: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["command"] = self.command

        field_dict["description"] = self.description

        if self.icon is not UNSET:
            field_dict["icon"] = self.icon

        if self.i18n_description is not UNSET:
            field_dict["i18nDescription"] = self.i18n_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BotCommand is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        command = d["command"]

        description = d["description"]

        icon = _get("icon", UNSET)

        i18n_description = _get("i18nDescription", UNSET)

        bot_command = cls(  # by position, in the order the fields are declared above: cheaper than by name
            command,
            description,
            icon,
            i18n_description,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        bot_command.additional_properties = _extra
        return bot_command

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
