# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BoardroomListRequest")
_FIELDS = frozenset(
    {
        "page",
        "limit",
        "gradingId",
        "areaOfficeId",
        "areaOfficeFoolerIds",
        "equipment",
        "reserveTimeStartStr",
        "reserveTimeEndStr",
        "queryDate",
        "lxUserId",
        "orgId",
    }
)


@_attrs_define
class BoardroomListRequest:
    """
    Attributes:
        page (int | Unset): The page, from 1; always sent. Default: 1.
        limit (int | Unset): Rooms per page; always sent. Default: 10.
        grading_id (str | Unset): The grading; without it the answer may be empty.
        area_office_id (str | Unset): Only rooms of this office area.
        area_office_fooler_ids (list[str] | Unset): Only rooms on these floors.
        equipment (list[str] | Unset): Only rooms with all of this equipment.
        reserve_time_start_str (str | Unset): With reserveTimeEndStr, only rooms free in that span; "yyyy-MM-dd HH:mm".
        reserve_time_end_str (str | Unset): "yyyy-MM-dd HH:mm".
        query_date (str | Unset): The date, "yyyy-MM-dd", whose closures the answer includes; the platform's default is
            today.
        lx_user_id (str | Unset): The user's staff id; ignored with a user token.
        org_id (str | Unset): Ignored with a user token.
    """

    page: int | Unset = 1
    limit: int | Unset = 10
    grading_id: str | Unset = UNSET
    area_office_id: str | Unset = UNSET
    area_office_fooler_ids: list[str] | Unset = UNSET
    equipment: list[str] | Unset = UNSET
    reserve_time_start_str: str | Unset = UNSET
    reserve_time_end_str: str | Unset = UNSET
    query_date: str | Unset = UNSET
    lx_user_id: str | Unset = UNSET
    org_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.page is not UNSET:
            field_dict["page"] = self.page

        if self.limit is not UNSET:
            field_dict["limit"] = self.limit

        if self.grading_id is not UNSET:
            field_dict["gradingId"] = self.grading_id

        if self.area_office_id is not UNSET:
            field_dict["areaOfficeId"] = self.area_office_id

        if self.area_office_fooler_ids is not UNSET:
            field_dict["areaOfficeFoolerIds"] = self.area_office_fooler_ids

        if self.equipment is not UNSET:
            field_dict["equipment"] = self.equipment

        if self.reserve_time_start_str is not UNSET:
            field_dict["reserveTimeStartStr"] = self.reserve_time_start_str

        if self.reserve_time_end_str is not UNSET:
            field_dict["reserveTimeEndStr"] = self.reserve_time_end_str

        if self.query_date is not UNSET:
            field_dict["queryDate"] = self.query_date

        if self.lx_user_id is not UNSET:
            field_dict["lxUserId"] = self.lx_user_id

        if self.org_id is not UNSET:
            field_dict["orgId"] = self.org_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"BoardroomListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        page = _get("page", UNSET)

        limit = _get("limit", UNSET)

        grading_id = _get("gradingId", UNSET)

        area_office_id = _get("areaOfficeId", UNSET)

        area_office_fooler_ids: list[str] = _get("areaOfficeFoolerIds", UNSET)

        equipment: list[str] = _get("equipment", UNSET)

        reserve_time_start_str = _get("reserveTimeStartStr", UNSET)

        reserve_time_end_str = _get("reserveTimeEndStr", UNSET)

        query_date = _get("queryDate", UNSET)

        lx_user_id = _get("lxUserId", UNSET)

        org_id = _get("orgId", UNSET)

        boardroom_list_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            page,
            limit,
            grading_id,
            area_office_id,
            area_office_fooler_ids,
            equipment,
            reserve_time_start_str,
            reserve_time_end_str,
            query_date,
            lx_user_id,
            org_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        boardroom_list_request.additional_properties = _extra
        return boardroom_list_request

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
