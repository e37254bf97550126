# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.todo_executor_status import TodoExecutorStatus


T = TypeVar("T", bound="TodoExecutorStatusUpdateRequest")
_FIELDS = frozenset(
    {
        "executorStatusList",
        "orgId",
        "todotaskId",
    }
)


@_cache
def _TodoExecutorStatus_class() -> type[TodoExecutorStatus]:
    """`TodoExecutorStatus`, imported on first use (the models refer to each other in cycles)."""
    from ..models.todo_executor_status import TodoExecutorStatus  # noqa: PLC0415

    return TodoExecutorStatus


@_attrs_define
class TodoExecutorStatusUpdateRequest:
    """
    Attributes:
        executor_status_list (list[TodoExecutorStatus]):
        org_id (str):
        todotask_id (str | Unset): The todo of every item that names none.
    """

    executor_status_list: list[TodoExecutorStatus]
    org_id: str
    todotask_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["executorStatusList"] = [item.to_dict() for item in self.executor_status_list]

        field_dict["orgId"] = self.org_id

        if self.todotask_id is not UNSET:
            field_dict["todotaskId"] = self.todotask_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TodoExecutorStatusUpdateRequest is built from a JSON object, not {type(src_dict).__name__}"
            )
        d = src_dict
        _get = d.get
        executor_status_list = []
        _executor_status_list = d["executorStatusList"]
        for executor_status_list_item_data in _executor_status_list:
            executor_status_list_item = _TodoExecutorStatus_class().from_dict(executor_status_list_item_data)

            executor_status_list.append(executor_status_list_item)

        org_id = d["orgId"]

        todotask_id = _get("todotaskId", UNSET)

        todo_executor_status_update_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                executor_status_list,
                org_id,
                todotask_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_executor_status_update_request.additional_properties = _extra
        return todo_executor_status_update_request

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
