# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoExecutorsRequest")
_FIELDS = frozenset(
    {
        "executorIds",
        "orgId",
        "todotaskId",
    }
)


@_attrs_define
class TodoExecutorsRequest:
    """
    Attributes:
        executor_ids (list[str]):
        org_id (str):
        todotask_id (str | Unset): The todo. The platform's SDK treats it as optional and sends it only when given; the
            platform documents no other way to name the todo, so give it; the sandbox refuses the request without it.
    """

    executor_ids: list[str]
    org_id: str
    todotask_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["executorIds"] = self.executor_ids

        field_dict["orgId"] = self.org_id

        if self.todotask_id is not UNSET:
            field_dict["todotaskId"] = self.todotask_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoExecutorsRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        executor_ids: list[str] = d["executorIds"]

        org_id = d["orgId"]

        todotask_id = _get("todotaskId", UNSET)

        todo_executors_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            executor_ids,
            org_id,
            todotask_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_executors_request.additional_properties = _extra
        return todo_executors_request

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
