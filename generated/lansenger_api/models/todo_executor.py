# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_status import TodoStatus, check_todo_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoExecutor")
_FIELDS = frozenset(
    {
        "staffId",
        "status",
    }
)


@_attrs_define
class TodoExecutor:
    """One executor of a todo. The platform documents only staffId; any other field is kept.

    Attributes:
        staff_id (str | Unset):
        status (TodoStatus | Unset): A todo's (or one executor's) status. 11 waiting to be read (待阅), 12 read (已阅), 21
            waiting to be done (待办), 22 done (已办). The read pair suits notifications, the to-do pair approvals.
    """

    staff_id: str | Unset = UNSET
    status: TodoStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if self.status is not UNSET:
            field_dict["status"] = self.status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoExecutor is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        staff_id = _get("staffId", UNSET)

        _status = _get("status", UNSET)
        status: TodoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_todo_status(_status)

        todo_executor = cls(  # by position, in the order the fields are declared above: cheaper than by name
            staff_id,
            status,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_executor.additional_properties = _extra
        return todo_executor

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
