# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personal_todo_status import PersonalTodoStatus, check_personal_todo_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalTodoListRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "staffId",
        "pageNo",
        "pageSize",
        "status",
        "appId",
        "appCategoryName",
    }
)


@_attrs_define
class PersonalTodoListRequest:
    """
    Attributes:
        org_id (str):
        staff_id (str): Whose todos.
        page_no (int | Unset): The page, from 1; always sent. Default: 1.
        page_size (int | Unset): Todos per page; always sent. Default: 10.
        status (PersonalTodoStatus | Unset): 0 unfinished, 1 finished.
        app_id (str | Unset): Only todos of this app.
        app_category_name (str | Unset):
    """

    org_id: str
    staff_id: str
    page_no: int | Unset = 1
    page_size: int | Unset = 10
    status: PersonalTodoStatus | Unset = UNSET
    app_id: str | Unset = UNSET
    app_category_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["staffId"] = self.staff_id

        if self.page_no is not UNSET:
            field_dict["pageNo"] = self.page_no

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.app_id is not UNSET:
            field_dict["appId"] = self.app_id

        if self.app_category_name is not UNSET:
            field_dict["appCategoryName"] = self.app_category_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalTodoListRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        staff_id = d["staffId"]

        page_no = _get("pageNo", UNSET)

        page_size = _get("pageSize", UNSET)

        _status = _get("status", UNSET)
        status: PersonalTodoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_personal_todo_status(_status)

        app_id = _get("appId", UNSET)

        app_category_name = _get("appCategoryName", UNSET)

        personal_todo_list_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                org_id,
                staff_id,
                page_no,
                page_size,
                status,
                app_id,
                app_category_name,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_list_request.additional_properties = _extra
        return personal_todo_list_request

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
