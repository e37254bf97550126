# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_command_chat_type import BotCommandChatType, check_bot_command_chat_type
from ..models.bot_command_scope_type import BotCommandScopeType, check_bot_command_scope_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BotCommandScope")
_FIELDS = frozenset(
    {
        "scopeType",
        "chatId",
        "chatType",
        "staffId",
    }
)


@_attrs_define
class BotCommandScope:
    """
    Attributes:
        scope_type (BotCommandScopeType): Where commands show. 1 one member of one group, 2 the admins of one group, 3
            one chat, 4 the admins of every group, 5 every group, 6 every private chat, 7 the default everywhere.
        chat_id (str | Unset): A group id, or a staff id for a private chat; required by scopes 1, 2 and 3.
        chat_type (BotCommandChatType | Unset): What chatId names.
        staff_id (str | Unset): The group member of scope 1.
    """

    scope_type: BotCommandScopeType
    chat_id: str | Unset = UNSET
    chat_type: BotCommandChatType | Unset = UNSET
    staff_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["scopeType"] = self.scope_type

        if self.chat_id is not UNSET:
            field_dict["chatId"] = self.chat_id

        if self.chat_type is not UNSET:
            field_dict["chatType"] = self.chat_type

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BotCommandScope is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        scope_type = check_bot_command_scope_type(d["scopeType"])

        chat_id = _get("chatId", UNSET)

        _chat_type = _get("chatType", UNSET)
        chat_type: BotCommandChatType | Unset
        if isinstance(_chat_type, Unset):
            chat_type = UNSET
        else:
            chat_type = check_bot_command_chat_type(_chat_type)

        staff_id = _get("staffId", UNSET)

        bot_command_scope = cls(  # by position, in the order the fields are declared above: cheaper than by name
            scope_type,
            chat_id,
            chat_type,
            staff_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        bot_command_scope.additional_properties = _extra
        return bot_command_scope

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
