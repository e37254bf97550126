# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vc_recording_ref import VcRecordingRef


T = TypeVar("T", bound="VcRecordingUrlsRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "operator",
        "vods",
    }
)


@_cache
def _VcRecordingRef_class() -> type[VcRecordingRef]:
    """`VcRecordingRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.vc_recording_ref import VcRecordingRef  # noqa: PLC0415

    return VcRecordingRef


@_attrs_define
class VcRecordingUrlsRequest:
    """
    Attributes:
        org_id (int): The org id as a JSON number: the videoconference service takes numeric org ids, and the platform's
            SDK sends an all-digit id as a number (pass int("524288") for the org "524288").
        operator (str): Staff id of the person downloading; needs download permission (105102 otherwise).
        vods (list[VcRecordingRef]): One to three recordings (105103 beyond three).
    """

    org_id: int
    operator: str
    vods: list[VcRecordingRef]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["operator"] = self.operator

        field_dict["vods"] = [item.to_dict() for item in self.vods]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"VcRecordingUrlsRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        operator = d["operator"]

        vods = []
        _vods = d["vods"]
        for vods_item_data in _vods:
            vods_item = _VcRecordingRef_class().from_dict(vods_item_data)

            vods.append(vods_item)

        vc_recording_urls_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                org_id,
                operator,
                vods,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        vc_recording_urls_request.additional_properties = _extra
        return vc_recording_urls_request

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
