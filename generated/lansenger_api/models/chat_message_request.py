# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_msg_type import ChatMsgType, check_chat_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.msg_data import MsgData


T = TypeVar("T", bound="ChatMessageRequest")
_FIELDS = frozenset(
    {
        "receiverId",
        "msgType",
        "msgData",
        "uuid",
    }
)


@_cache
def _MsgData_class() -> type[MsgData]:
    """`MsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.msg_data import MsgData  # noqa: PLC0415

    return MsgData


@_attrs_define
class ChatMessageRequest:
    """
    Attributes:
        receiver_id (str): The one recipient (staff id).
        msg_type (ChatMsgType): What a user-impersonated private message accepts; the platform lists text, formatText
            and cards, and keeps appArticles and approveCard to bots.
        msg_data (MsgData): Exactly one key, named like msgType, holding that type's body; the user-impersonation
            channel also takes `common`. Keys the spec does not know are passed through.
        uuid (str | Unset): Deduplication key.
    """

    receiver_id: str
    msg_type: ChatMsgType
    msg_data: MsgData
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["receiverId"] = self.receiver_id

        field_dict["msgType"] = self.msg_type

        field_dict["msgData"] = self.msg_data.to_dict()

        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatMessageRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        receiver_id = d["receiverId"]

        msg_type = check_chat_msg_type(d["msgType"])

        msg_data = _MsgData_class().from_dict(d["msgData"])

        uuid = _get("uuid", UNSET)

        chat_message_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            receiver_id,
            msg_type,
            msg_data,
            uuid,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_message_request.additional_properties = _extra
        return chat_message_request

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
