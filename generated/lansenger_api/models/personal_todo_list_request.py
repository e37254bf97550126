# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personal_todo_status import PersonalTodoStatus, check_personal_todo_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalTodoListRequest")


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
        org_id = self.org_id

        staff_id = self.staff_id

        page_no = self.page_no

        page_size = self.page_size

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        app_id = self.app_id

        app_category_name = self.app_category_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "staffId": staff_id,
            }
        )
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if status is not UNSET:
            field_dict["status"] = status
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if app_category_name is not UNSET:
            field_dict["appCategoryName"] = app_category_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("orgId")

        staff_id = d.pop("staffId")

        page_no = d.pop("pageNo", UNSET)

        page_size = d.pop("pageSize", UNSET)

        _status = d.pop("status", UNSET)
        status: PersonalTodoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_personal_todo_status(_status)

        app_id = d.pop("appId", UNSET)

        app_category_name = d.pop("appCategoryName", UNSET)

        personal_todo_list_request = cls(
            org_id=org_id,
            staff_id=staff_id,
            page_no=page_no,
            page_size=page_size,
            status=status,
            app_id=app_id,
            app_category_name=app_category_name,
        )

        personal_todo_list_request.additional_properties = d
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
