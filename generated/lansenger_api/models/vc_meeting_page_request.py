# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VcMeetingPageRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "mid",
        "operator",
        "limit",
        "offset",
    }
)


@_attrs_define
class VcMeetingPageRequest:
    """
    Attributes:
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        mid (int): The meeting id (`id` in meeting answers); the platform's SDK always sends it as a number.
        operator (str): Staff id of the person asking.
        limit (int | Unset): Page size (10 unless given, as in the platform's SDK). Default: 10.
        offset (int | Unset): How many entries to skip; 0 for the first page, then the previous offset + limit. Default:
            0.
    """

    org_id: int
    mid: int
    operator: str
    limit: int | Unset = 10
    offset: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["mid"] = self.mid

        field_dict["operator"] = self.operator

        if self.limit is not UNSET:
            field_dict["limit"] = self.limit

        if self.offset is not UNSET:
            field_dict["offset"] = self.offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcMeetingPageRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        mid = d["mid"]

        operator = d["operator"]

        limit = _get("limit", UNSET)

        offset = _get("offset", UNSET)

        vc_meeting_page_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            org_id,
            mid,
            operator,
            limit,
            offset,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_meeting_page_request.additional_properties = _extra
        return vc_meeting_page_request

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
