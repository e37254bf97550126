# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_status import TodoStatus, check_todo_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoExecutorStatus")
_FIELDS = frozenset(
    {
        "executorId",
        "status",
        "todotaskId",
    }
)


@_attrs_define
class TodoExecutorStatus:
    """
    Attributes:
        executor_id (str):
        status (TodoStatus): A todo's (or one executor's) status. 11 waiting to be read (待阅), 12 read (已阅), 21 waiting
            to be done (待办), 22 done (已办). The read pair suits notifications, the to-do pair approvals.
        todotask_id (str | Unset): The todo, when it is not given at the top level. The platform's examples disagree on
            whether items carry it, so both places are accepted.
    """

    executor_id: str
    status: TodoStatus
    todotask_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["executorId"] = self.executor_id

        field_dict["status"] = self.status

        if self.todotask_id is not UNSET:
            field_dict["todotaskId"] = self.todotask_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoExecutorStatus is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        executor_id = d["executorId"]

        status = check_todo_status(d["status"])

        todotask_id = _get("todotaskId", UNSET)

        todo_executor_status = cls(  # by position, in the order the fields are declared above: cheaper than by name
            executor_id,
            status,
            todotask_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_executor_status.additional_properties = _extra
        return todo_executor_status

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
