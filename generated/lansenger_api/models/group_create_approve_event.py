# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupCreateApproveEvent")
_FIELDS = frozenset(
    {
        "applyRequestId",
        "groupId",
        "timestamp",
    }
)


@_attrs_define
class GroupCreateApproveEvent:
    """group_create_approve — a request to create a group was decided.

    Attributes:
        apply_request_id (str | Unset):
        group_id (str | Unset):
        timestamp (int | str | Unset): Unix microseconds (16 digits, as text in samples).
    """

    apply_request_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    timestamp: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.apply_request_id is not UNSET:
            field_dict["applyRequestId"] = self.apply_request_id

        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id

        timestamp: int | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupCreateApproveEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        apply_request_id = _get("applyRequestId", UNSET)

        group_id = _get("groupId", UNSET)

        timestamp: int | str | Unset = _get("timestamp", UNSET)

        group_create_approve_event = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                apply_request_id,
                group_id,
                timestamp,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_create_approve_event.additional_properties = _extra
        return group_create_approve_event

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
