# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupCreateRequest")
_FIELDS = frozenset(
    {
        "name",
        "orgId",
        "ownerId",
        "description",
        "avatarId",
        "staffIdList",
        "departmentIdList",
        "applyRequestId",
        "applyNotes",
        "applyGlobalUniqueId",
        "applySessionUniqueId",
    }
)


@_attrs_define
class GroupCreateRequest:
    """
    Attributes:
        name (str):
        org_id (str): The organisation the group belongs to.
        owner_id (str | Unset): Staff id of the owner. Without it the owner is the user of user_token; the platform does
            not document who owns a group the app's bot creates without one, so give it in that case.
        description (str | Unset):
        avatar_id (str | Unset): Media id of the avatar image (upload it first).
        staff_id_list (list[str] | Unset): Staff ids to add besides the owner.
        department_id_list (list[str] | Unset): Department ids whose members are added.
        apply_request_id (str | Unset): With the other apply* fields: identifiers of a user's request to create this
            group (see the group_create_approve callback event); the platform documents them no further.
        apply_notes (str | Unset):
        apply_global_unique_id (str | Unset):
        apply_session_unique_id (str | Unset):
    """

    name: str
    org_id: str
    owner_id: str | Unset = UNSET
    description: str | Unset = UNSET
    avatar_id: str | Unset = UNSET
    staff_id_list: list[str] | Unset = UNSET
    department_id_list: list[str] | Unset = UNSET
    apply_request_id: str | Unset = UNSET
    apply_notes: str | Unset = UNSET
    apply_global_unique_id: str | Unset = UNSET
    apply_session_unique_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["name"] = self.name

        field_dict["orgId"] = self.org_id

        if self.owner_id is not UNSET:
            field_dict["ownerId"] = self.owner_id

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.avatar_id is not UNSET:
            field_dict["avatarId"] = self.avatar_id

        if self.staff_id_list is not UNSET:
            field_dict["staffIdList"] = self.staff_id_list

        if self.department_id_list is not UNSET:
            field_dict["departmentIdList"] = self.department_id_list

        if self.apply_request_id is not UNSET:
            field_dict["applyRequestId"] = self.apply_request_id

        if self.apply_notes is not UNSET:
            field_dict["applyNotes"] = self.apply_notes

        if self.apply_global_unique_id is not UNSET:
            field_dict["applyGlobalUniqueId"] = self.apply_global_unique_id

        if self.apply_session_unique_id is not UNSET:
            field_dict["applySessionUniqueId"] = self.apply_session_unique_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupCreateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        name = d["name"]

        org_id = d["orgId"]

        owner_id = _get("ownerId", UNSET)

        description = _get("description", UNSET)

        avatar_id = _get("avatarId", UNSET)

        staff_id_list: list[str] = _get("staffIdList", UNSET)

        department_id_list: list[str] = _get("departmentIdList", UNSET)

        apply_request_id = _get("applyRequestId", UNSET)

        apply_notes = _get("applyNotes", UNSET)

        apply_global_unique_id = _get("applyGlobalUniqueId", UNSET)

        apply_session_unique_id = _get("applySessionUniqueId", UNSET)

        group_create_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            name,
            org_id,
            owner_id,
            description,
            avatar_id,
            staff_id_list,
            department_id_list,
            apply_request_id,
            apply_notes,
            apply_global_unique_id,
            apply_session_unique_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        group_create_request.additional_properties = _extra
        return group_create_request

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
