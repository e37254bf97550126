# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bot_msg_type import BotMsgType, check_bot_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="BotMessageRequest")
_FIELDS = frozenset(
    {
        "msgType",
        "msgData",
        "userIdList",
        "departmentIdList",
        "entryId",
        "refMsgId",
    }
)


@_cache
def _MsgData_class() -> type[MsgData]:
    """`MsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.msg_data import MsgData  # noqa: PLC0415

    return MsgData


@_attrs_define
class BotMessageRequest:
    """
    Attributes:
        msg_type (BotMsgType): What the bot's private chat accepts: every developer type, and authorizationReq, which
            only this channel takes (the platform refuses it elsewhere: "authorizationReq msgType only support bot-to-staff
            private chat").
        msg_data (MsgData): Exactly one key, named like msgType, holding that type's body; the user-impersonation
            channel also takes `common`. Keys the spec does not know are passed through.
        user_id_list (list[str] | Unset): Recipient staff ids; each gets a private chat with the bot. The platform
            documents no limit for this channel; bulk sends keep to the official-account channel's 1000 per call.
        department_id_list (list[str] | Unset): Department ids; every member gets a private chat. No documented limit;
            bulk sends keep to the official-account channel's 100 per call.
        entry_id (str | Unset): App entry, for apps with several.
        ref_msg_id (str | Unset): The message this one replies to.
    """

    msg_type: BotMsgType
    msg_data: MsgData
    user_id_list: list[str] | Unset = UNSET
    department_id_list: list[str] | Unset = UNSET
    entry_id: str | Unset = UNSET
    ref_msg_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["msgType"] = self.msg_type

        field_dict["msgData"] = self.msg_data.to_dict()

        if self.user_id_list is not UNSET:
            field_dict["userIdList"] = self.user_id_list

        if self.department_id_list is not UNSET:
            field_dict["departmentIdList"] = self.department_id_list

        if self.entry_id is not UNSET:
            field_dict["entryId"] = self.entry_id

        if self.ref_msg_id is not UNSET:
            field_dict["refMsgId"] = self.ref_msg_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BotMessageRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_type = check_bot_msg_type(d["msgType"])

        msg_data = _MsgData_class().from_dict(d["msgData"])

        user_id_list: list[str] = _get("userIdList", UNSET)

        department_id_list: list[str] = _get("departmentIdList", UNSET)

        entry_id = _get("entryId", UNSET)

        ref_msg_id = _get("refMsgId", UNSET)

        bot_message_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_type,
            msg_data,
            user_id_list,
            department_id_list,
            entry_id,
            ref_msg_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        bot_message_request.additional_properties = _extra
        return bot_message_request

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
