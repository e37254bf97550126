# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamMessageState")
_FIELDS = frozenset(
    {
        "msgId",
        "content",
        "seq",
        "finished",
    }
)


@_attrs_define
class StreamMessageState:
    """
    Attributes:
        msg_id (str | Unset):
        content (str | Unset): Sandbox: the text so far. Not documented by the platform.
        seq (int | Unset): Sandbox: how many updates the message has had.
        finished (bool | Unset): Sandbox: whether the last update has arrived.
    """

    msg_id: str | Unset = UNSET
    content: str | Unset = UNSET
    seq: int | Unset = UNSET
    finished: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.msg_id is not UNSET:
            field_dict["msgId"] = self.msg_id

        if self.content is not UNSET:
            field_dict["content"] = self.content

        if self.seq is not UNSET:
            field_dict["seq"] = self.seq

        if self.finished is not UNSET:
            field_dict["finished"] = self.finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StreamMessageState is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_id = _get("msgId", UNSET)

        content = _get("content", UNSET)

        seq = _get("seq", UNSET)

        finished = _get("finished", UNSET)

        stream_message_state = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_id,
            content,
            seq,
            finished,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        stream_message_state.additional_properties = _extra
        return stream_message_state

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
