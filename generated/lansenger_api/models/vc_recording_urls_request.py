# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vc_recording_ref import VcRecordingRef


T = TypeVar("T", bound="VcRecordingUrlsRequest")


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
        org_id = self.org_id

        operator = self.operator

        vods = []
        for vods_item_data in self.vods:
            vods_item = vods_item_data.to_dict()
            vods.append(vods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "operator": operator,
                "vods": vods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vc_recording_ref import VcRecordingRef  # noqa: PLC0415

        d = dict(src_dict)
        org_id = d.pop("orgId")

        operator = d.pop("operator")

        vods = []
        _vods = d.pop("vods")
        for vods_item_data in _vods:
            vods_item = VcRecordingRef.from_dict(vods_item_data)

            vods.append(vods_item)

        vc_recording_urls_request = cls(
            org_id=org_id,
            operator=operator,
            vods=vods,
        )

        vc_recording_urls_request.additional_properties = d
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
