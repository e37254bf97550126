# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_command_info import BotCommandInfo


T = TypeVar("T", bound="BotCommandList")
_FIELDS = frozenset(
    {
        "scopeType",
        "chatId",
        "chatType",
        "staffId",
        "commands",
    }
)


@_cache
def _BotCommandInfo_class() -> type[BotCommandInfo]:
    """`BotCommandInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.bot_command_info import BotCommandInfo  # noqa: PLC0415

    return BotCommandInfo


@_attrs_define
class BotCommandList:
    """
    Attributes:
        scope_type (int | Unset): The scope, as asked.
        chat_id (str | Unset):
        chat_type (str | Unset):
        staff_id (str | Unset):
        commands (list[BotCommandInfo] | Unset):
    """

    scope_type: int | Unset = UNSET
    chat_id: str | Unset = UNSET
    chat_type: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    commands: list[BotCommandInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.scope_type is not UNSET:
            field_dict["scopeType"] = self.scope_type

        if self.chat_id is not UNSET:
            field_dict["chatId"] = self.chat_id

        if self.chat_type is not UNSET:
            field_dict["chatType"] = self.chat_type

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if type(self.commands) is not Unset:
            field_dict["commands"] = [item.to_dict() for item in self.commands]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BotCommandList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        scope_type = _get("scopeType", UNSET)

        chat_id = _get("chatId", UNSET)

        chat_type = _get("chatType", UNSET)

        staff_id = _get("staffId", UNSET)

        _commands = _get("commands", UNSET)
        commands: list[BotCommandInfo] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:
                commands_item = _BotCommandInfo_class().from_dict(commands_item_data)

                commands.append(commands_item)

        bot_command_list = cls(  # by position, in the order the fields are declared above: cheaper than by name
            scope_type,
            chat_id,
            chat_type,
            staff_id,
            commands,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        bot_command_list.additional_properties = _extra
        return bot_command_list

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
