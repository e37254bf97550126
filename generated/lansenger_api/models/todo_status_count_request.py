# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_status import TodoStatus, check_todo_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoStatusCountRequest")
_FIELDS = frozenset(
    {
        "staffId",
        "orgId",
        "appId",
        "status",
    }
)


@_attrs_define
class TodoStatusCountRequest:
    """Note the filter key is `status` here, not `statusList` as in the list operations.

    Attributes:
        staff_id (str):
        org_id (str):
        app_id (str | Unset): Only todos created by this app.
        status (list[TodoStatus] | Unset): Only count these statuses.
    """

    staff_id: str
    org_id: str
    app_id: str | Unset = UNSET
    status: list[TodoStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["staffId"] = self.staff_id

        field_dict["orgId"] = self.org_id

        if self.app_id is not UNSET:
            field_dict["appId"] = self.app_id

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item: str = status_item_data
                status.append(status_item)

        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoStatusCountRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = d["staffId"]

        org_id = d["orgId"]

        app_id = _get("appId", UNSET)

        _status = _get("status", UNSET)
        status: list[TodoStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = check_todo_status(status_item_data)

                status.append(status_item)

        todo_status_count_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                staff_id,
                org_id,
                app_id,
                status,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_status_count_request.additional_properties = _extra
        return todo_status_count_request

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
