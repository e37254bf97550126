# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personal_todo_status import PersonalTodoStatus, check_personal_todo_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonalTodoItem")
_FIELDS = frozenset(
    {
        "taskCode",
        "summarySubject",
        "status",
    }
)


@_attrs_define
class PersonalTodoItem:
    """One todo of a page. The platform documents taskCode, summarySubject and status; any other field is kept.

    Attributes:
        task_code (str | Unset): The todo's code.
        summary_subject (str | Unset):
        status (PersonalTodoStatus | Unset): 0 unfinished, 1 finished.
    """

    task_code: str | Unset = UNSET
    summary_subject: str | Unset = UNSET
    status: PersonalTodoStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.task_code is not UNSET:
            field_dict["taskCode"] = self.task_code

        if self.summary_subject is not UNSET:
            field_dict["summarySubject"] = self.summary_subject

        if self.status is not UNSET:
            field_dict["status"] = self.status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalTodoItem is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        task_code = _get("taskCode", UNSET)

        summary_subject = _get("summarySubject", UNSET)

        _status = _get("status", UNSET)
        status: PersonalTodoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_personal_todo_status(_status)

        personal_todo_item = cls(  # by position, in the order the fields are declared above: cheaper than by name
            task_code,
            summary_subject,
            status,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_item.additional_properties = _extra
        return personal_todo_item

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
