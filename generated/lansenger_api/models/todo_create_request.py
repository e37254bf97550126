# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_type import TodoType, check_todo_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoCreateRequest")
_FIELDS = frozenset(
    {
        "title",
        "type",
        "link",
        "pcLink",
        "executorIds",
        "orgId",
        "sourceId",
        "desc",
        "senderId",
    }
)


@_attrs_define
class TodoCreateRequest:
    """
    Attributes:
        title (str):
        type_ (TodoType): 1 notification (通知), 2 approval (审批).
        link (str): Opened on mobile.
        pc_link (str): Opened on desktop.
        executor_ids (list[str]): Staff ids of the people who must act on the todo.
        org_id (str):
        source_id (str | Unset): The app's own key for the todo, used to deduplicate and to fetch it later.
        desc (str | Unset): Longer text shown under the title.
        sender_id (str | Unset): Staff id shown as the todo's sender; only the sender may delete it.
    """

    title: str
    type_: TodoType
    link: str
    pc_link: str
    executor_ids: list[str]
    org_id: str
    source_id: str | Unset = UNSET
    desc: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["title"] = self.title

        field_dict["type"] = self.type_

        field_dict["link"] = self.link

        field_dict["pcLink"] = self.pc_link

        field_dict["executorIds"] = self.executor_ids

        field_dict["orgId"] = self.org_id

        if self.source_id is not UNSET:
            field_dict["sourceId"] = self.source_id

        if self.desc is not UNSET:
            field_dict["desc"] = self.desc

        if self.sender_id is not UNSET:
            field_dict["senderId"] = self.sender_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoCreateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = d["title"]

        type_ = check_todo_type(d["type"])

        link = d["link"]

        pc_link = d["pcLink"]

        executor_ids: list[str] = d["executorIds"]

        org_id = d["orgId"]

        source_id = _get("sourceId", UNSET)

        desc = _get("desc", UNSET)

        sender_id = _get("senderId", UNSET)

        todo_create_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            type_,
            link,
            pc_link,
            executor_ids,
            org_id,
            source_id,
            desc,
            sender_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_create_request.additional_properties = _extra
        return todo_create_request

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
