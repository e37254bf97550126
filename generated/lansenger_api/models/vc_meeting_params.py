# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vc_meeting import VcMeeting


T = TypeVar("T", bound="VcMeetingParams")
_FIELDS = frozenset(
    {
        "meetingInfo",
    }
)


@_cache
def _VcMeeting_class() -> type[VcMeeting]:
    """`VcMeeting`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_meeting import VcMeeting  # noqa: PLC0415

    return VcMeeting


@_attrs_define
class VcMeetingParams:
    """
    Attributes:
        meeting_info (VcMeeting | Unset): A meeting as the platform answers it (create, update, detail, lists). Create
            answers may name the id `mid` instead of `id`. Fields not listed here are kept.
    """

    meeting_info: VcMeeting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.meeting_info) is not Unset:
            field_dict["meetingInfo"] = self.meeting_info.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMeetingParams is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _meeting_info = _get("meetingInfo", UNSET)
        meeting_info: VcMeeting | Unset
        if isinstance(_meeting_info, Unset):
            meeting_info = UNSET
        else:
            meeting_info = _VcMeeting_class().from_dict(_meeting_info)

        vc_meeting_params = cls(  # by position, in the order the fields are declared above: cheaper than by name
            meeting_info,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_meeting_params.additional_properties = _extra
        return vc_meeting_params

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
