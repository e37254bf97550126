# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_status import TodoStatus, check_todo_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoStatusUpdateRequest")
_FIELDS = frozenset(
    {
        "todotaskId",
        "status",
        "orgId",
        "staffId",
    }
)


@_attrs_define
class TodoStatusUpdateRequest:
    """
    Attributes:
        todotask_id (str):
        status (TodoStatus): A todo's (or one executor's) status. 11 waiting to be read (待阅), 12 read (已阅), 21 waiting
            to be done (待办), 22 done (已办). The read pair suits notifications, the to-do pair approvals.
        org_id (str):
        staff_id (str | Unset): The executor whose status changes. Without it the change is for the todo as a whole (the
            sandbox then sets every executor's status too).
    """

    todotask_id: str
    status: TodoStatus
    org_id: str
    staff_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["todotaskId"] = self.todotask_id

        field_dict["status"] = self.status

        field_dict["orgId"] = self.org_id

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoStatusUpdateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        todotask_id = d["todotaskId"]

        status = check_todo_status(d["status"])

        org_id = d["orgId"]

        staff_id = _get("staffId", UNSET)

        todo_status_update_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                todotask_id,
                status,
                org_id,
                staff_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_status_update_request.additional_properties = _extra
        return todo_status_update_request

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
