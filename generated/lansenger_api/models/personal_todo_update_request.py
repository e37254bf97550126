# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.personal_todo_update_content import PersonalTodoUpdateContent


T = TypeVar("T", bound="PersonalTodoUpdateRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "updateFields",
        "updateContent",
    }
)


@_cache
def _PersonalTodoUpdateContent_class() -> type[PersonalTodoUpdateContent]:
    """`PersonalTodoUpdateContent`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_todo_update_content import PersonalTodoUpdateContent  # noqa: PLC0415

    return PersonalTodoUpdateContent


@_attrs_define
class PersonalTodoUpdateRequest:
    """
    Attributes:
        org_id (str):
        update_fields (list[str]): The camelCase names of the fields to change, e.g. ["subject", "dueTime"]. Which names
            the platform accepts beyond those of updateContent is undocumented, so any is sent.
        update_content (PersonalTodoUpdateContent): The todo and its new values. Besides code, createUserId and appid
            (always required), include only the fields `updateFields` names. Fields the platform accepts beyond these are
            sent as given.
    """

    org_id: str
    update_fields: list[str]
    update_content: PersonalTodoUpdateContent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        field_dict["updateFields"] = self.update_fields

        field_dict["updateContent"] = self.update_content.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalTodoUpdateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        update_fields: list[str] = d["updateFields"]

        update_content = _PersonalTodoUpdateContent_class().from_dict(d["updateContent"])

        personal_todo_update_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                org_id,
                update_fields,
                update_content,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_update_request.additional_properties = _extra
        return personal_todo_update_request

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
