# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stream_receiver_type import StreamReceiverType, check_stream_receiver_type

T = TypeVar("T", bound="StreamCreateRequest")
_FIELDS = frozenset(
    {
        "receiverId",
        "receiverType",
        "streamId",
    }
)


@_attrs_define
class StreamCreateRequest:
    """
    Attributes:
        receiver_id (str): A staff id (receiverType staff) or a group id (receiverType group).
        receiver_type (StreamReceiverType):
        stream_id (str): A unique id the app chooses for this stream, e.g. `ai-reply-<uuid hex>`.
    """

    receiver_id: str
    receiver_type: StreamReceiverType
    stream_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["receiverId"] = self.receiver_id

        field_dict["receiverType"] = self.receiver_type

        field_dict["streamId"] = self.stream_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"StreamCreateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        receiver_id = d["receiverId"]

        receiver_type = check_stream_receiver_type(d["receiverType"])

        stream_id = d["streamId"]

        stream_create_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            receiver_id,
            receiver_type,
            stream_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        stream_create_request.additional_properties = _extra
        return stream_create_request

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
