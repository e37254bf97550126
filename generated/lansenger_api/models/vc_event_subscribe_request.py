# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vc_event_subscription import VcEventSubscription


T = TypeVar("T", bound="VcEventSubscribeRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "mid",
        "events",
        "callBackInfo",
    }
)


@_cache
def _VcEventSubscription_class() -> type[VcEventSubscription]:
    """`VcEventSubscription`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_event_subscription import VcEventSubscription  # noqa: PLC0415

    return VcEventSubscription


@_attrs_define
class VcEventSubscribeRequest:
    """
    Attributes:
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        mid (int): The meeting id (`id` in meeting answers); the platform's SDK always sends it as a number.
        events (list[VcEventSubscription]):
        call_back_info (str | Unset): The app's own text, echoed with the events; sent only when given.
    """

    org_id: int
    mid: int
    events: list[VcEventSubscription]
    call_back_info: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["mid"] = self.mid

        field_dict["events"] = [item.to_dict() for item in self.events]

        if self.call_back_info is not UNSET:
            field_dict["callBackInfo"] = self.call_back_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcEventSubscribeRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        mid = d["mid"]

        events = []
        _events = d["events"]
        for events_item_data in _events:
            events_item = _VcEventSubscription_class().from_dict(events_item_data)

            events.append(events_item)

        call_back_info = _get("callBackInfo", UNSET)

        vc_event_subscribe_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                org_id,
                mid,
                events,
                call_back_info,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_event_subscribe_request.additional_properties = _extra
        return vc_event_subscribe_request

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
