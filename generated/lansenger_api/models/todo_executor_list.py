# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.todo_executor import TodoExecutor


T = TypeVar("T", bound="TodoExecutorList")
_FIELDS = frozenset(
    {
        "total",
        "executorList",
    }
)


@_cache
def _TodoExecutor_class() -> type[TodoExecutor]:
    """`TodoExecutor`, imported on first use (the models refer to each other in cycles)."""
    from ..models.todo_executor import TodoExecutor  # noqa: PLC0415

    return TodoExecutor


@_attrs_define
class TodoExecutorList:
    """
    Attributes:
        total (int | Unset): How many executors matched.
        executor_list (list[TodoExecutor] | Unset):
    """

    total: int | Unset = UNSET
    executor_list: list[TodoExecutor] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.total is not UNSET:
            field_dict["total"] = self.total

        if type(self.executor_list) is not Unset:
            field_dict["executorList"] = [item.to_dict() for item in self.executor_list]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoExecutorList is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        total = _get("total", UNSET)

        _executor_list = _get("executorList", UNSET)
        executor_list: list[TodoExecutor] | Unset = UNSET
        if _executor_list is not UNSET:
            executor_list = []
            for executor_list_item_data in _executor_list:
                executor_list_item = _TodoExecutor_class().from_dict(executor_list_item_data)

                executor_list.append(executor_list_item)

        todo_executor_list = cls(  # by position, in the order the fields are declared above: cheaper than by name
            total,
            executor_list,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_executor_list.additional_properties = _extra
        return todo_executor_list

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
