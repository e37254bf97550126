# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revoke_chat_type import RevokeChatType, check_revoke_chat_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.revoke_system_message import RevokeSystemMessage


T = TypeVar("T", bound="RevokeRequest")
_FIELDS = frozenset(
    {
        "messageIds",
        "chatType",
        "senderId",
        "sysMsg",
    }
)


@_cache
def _RevokeSystemMessage_class() -> type[RevokeSystemMessage]:
    """`RevokeSystemMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.revoke_system_message import RevokeSystemMessage  # noqa: PLC0415

    return RevokeSystemMessage


@_attrs_define
class RevokeRequest:
    """
    Attributes:
        message_ids (list[str]):
        chat_type (RevokeChatType | Unset):
        sender_id (str | Unset): Required by the platform for chatType staff and group.
        sys_msg (RevokeSystemMessage | Unset): The system message shown in the chat in place of the revoked one.
    """

    message_ids: list[str]
    chat_type: RevokeChatType | Unset = UNSET
    sender_id: str | Unset = UNSET
    sys_msg: RevokeSystemMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["messageIds"] = self.message_ids

        if self.chat_type is not UNSET:
            field_dict["chatType"] = self.chat_type

        if self.sender_id is not UNSET:
            field_dict["senderId"] = self.sender_id

        if type(self.sys_msg) is not Unset:
            field_dict["sysMsg"] = self.sys_msg.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"RevokeRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        message_ids: list[str] = d["messageIds"]

        _chat_type = _get("chatType", UNSET)
        chat_type: RevokeChatType | Unset
        if isinstance(_chat_type, Unset):
            chat_type = UNSET
        else:
            chat_type = check_revoke_chat_type(_chat_type)

        sender_id = _get("senderId", UNSET)

        _sys_msg = _get("sysMsg", UNSET)
        sys_msg: RevokeSystemMessage | Unset
        if isinstance(_sys_msg, Unset):
            sys_msg = UNSET
        else:
            sys_msg = _RevokeSystemMessage_class().from_dict(_sys_msg)

        revoke_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            message_ids,
            chat_type,
            sender_id,
            sys_msg,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        revoke_request.additional_properties = _extra
        return revoke_request

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
