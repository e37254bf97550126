# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamUpdateRequest")


@_attrs_define
class StreamUpdateRequest:
    """
    Attributes:
        msg_id (str):
        content (str): The whole text so far (not a delta).
        finished (bool | Unset): True on the last update; the event stream ends after it.
    """

    msg_id: str
    content: str
    finished: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg_id = self.msg_id

        content = self.content

        finished = self.finished

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msgId": msg_id,
                "content": content,
            }
        )
        if finished is not UNSET:
            field_dict["finished"] = finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg_id = d.pop("msgId")

        content = d.pop("content")

        finished = d.pop("finished", UNSET)

        stream_update_request = cls(
            msg_id=msg_id,
            content=content,
            finished=finished,
        )

        stream_update_request.additional_properties = d
        return stream_update_request

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
