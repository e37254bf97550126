# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_msg_data import EventMsgData


T = TypeVar("T", bound="EventReferenceMsg")
_FIELDS = frozenset(
    {
        "from",
        "msgType",
        "msgData",
        "sendTime",
    }
)


@_cache
def _EventMsgData_class() -> type[EventMsgData]:
    """`EventMsgData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_msg_data import EventMsgData  # noqa: PLC0415

    return EventMsgData


@_attrs_define
class EventReferenceMsg:
    """The message a received message quotes.

    Attributes:
        from_ (str | Unset): The quoted message's sender.
        msg_type (str | Unset):
        msg_data (EventMsgData | Unset): A received message's content, keyed by its kind: one of these keys is set (the
            one its msgType names; formatText arrives under `format` on the WebSocket). Kinds not listed stay in
            additional_properties.
        send_time (int | str | Unset): When the quoted message was sent; the platform documents no unit.
    """

    from_: str | Unset = UNSET
    msg_type: str | Unset = UNSET
    msg_data: EventMsgData | Unset = UNSET
    send_time: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.from_ is not UNSET:
            field_dict["from"] = self.from_

        if self.msg_type is not UNSET:
            field_dict["msgType"] = self.msg_type

        if type(self.msg_data) is not Unset:
            field_dict["msgData"] = self.msg_data.to_dict()

        send_time: int | str | Unset
        if isinstance(self.send_time, Unset):
            send_time = UNSET
        else:
            send_time = self.send_time
        if send_time is not UNSET:
            field_dict["sendTime"] = send_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventReferenceMsg is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        from_ = _get("from", UNSET)

        msg_type = _get("msgType", UNSET)

        _msg_data = _get("msgData", UNSET)
        msg_data: EventMsgData | Unset
        if isinstance(_msg_data, Unset):
            msg_data = UNSET
        else:
            msg_data = _EventMsgData_class().from_dict(_msg_data)

        send_time: int | str | Unset = _get("sendTime", UNSET)

        event_reference_msg = cls(  # by position, in the order the fields are declared above: cheaper than by name
            from_,
            msg_type,
            msg_data,
            send_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_reference_msg.additional_properties = _extra
        return event_reference_msg

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
