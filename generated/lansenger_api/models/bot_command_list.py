# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bot_command_info import BotCommandInfo


T = TypeVar("T", bound="BotCommandList")


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
        scope_type = self.scope_type

        chat_id = self.chat_id

        chat_type = self.chat_type

        staff_id = self.staff_id

        commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = []
            for commands_item_data in self.commands:
                commands_item = commands_item_data.to_dict()
                commands.append(commands_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scope_type is not UNSET:
            field_dict["scopeType"] = scope_type
        if chat_id is not UNSET:
            field_dict["chatId"] = chat_id
        if chat_type is not UNSET:
            field_dict["chatType"] = chat_type
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if commands is not UNSET:
            field_dict["commands"] = commands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bot_command_info import BotCommandInfo  # noqa: PLC0415

        d = dict(src_dict)
        scope_type = d.pop("scopeType", UNSET)

        chat_id = d.pop("chatId", UNSET)

        chat_type = d.pop("chatType", UNSET)

        staff_id = d.pop("staffId", UNSET)

        _commands = d.pop("commands", UNSET)
        commands: list[BotCommandInfo] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:
                commands_item = BotCommandInfo.from_dict(commands_item_data)

                commands.append(commands_item)

        bot_command_list = cls(
            scope_type=scope_type,
            chat_id=chat_id,
            chat_type=chat_type,
            staff_id=staff_id,
            commands=commands,
        )

        bot_command_list.additional_properties = d
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
