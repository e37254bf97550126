# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoExecutorsRequest")


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
        executor_ids = self.executor_ids

        org_id = self.org_id

        todotask_id = self.todotask_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executorIds": executor_ids,
                "orgId": org_id,
            }
        )
        if todotask_id is not UNSET:
            field_dict["todotaskId"] = todotask_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        executor_ids = cast(list[str], d.pop("executorIds"))

        org_id = d.pop("orgId")

        todotask_id = d.pop("todotaskId", UNSET)

        todo_executors_request = cls(
            executor_ids=executor_ids,
            org_id=org_id,
            todotask_id=todotask_id,
        )

        todo_executors_request.additional_properties = d
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
