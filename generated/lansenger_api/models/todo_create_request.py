# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_type import TodoType, check_todo_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoCreateRequest")


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
        title = self.title

        type_: int = self.type_

        link = self.link

        pc_link = self.pc_link

        executor_ids = self.executor_ids

        org_id = self.org_id

        source_id = self.source_id

        desc = self.desc

        sender_id = self.sender_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
                "link": link,
                "pcLink": pc_link,
                "executorIds": executor_ids,
                "orgId": org_id,
            }
        )
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if desc is not UNSET:
            field_dict["desc"] = desc
        if sender_id is not UNSET:
            field_dict["senderId"] = sender_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        type_ = check_todo_type(d.pop("type"))

        link = d.pop("link")

        pc_link = d.pop("pcLink")

        executor_ids = cast(list[str], d.pop("executorIds"))

        org_id = d.pop("orgId")

        source_id = d.pop("sourceId", UNSET)

        desc = d.pop("desc", UNSET)

        sender_id = d.pop("senderId", UNSET)

        todo_create_request = cls(
            title=title,
            type_=type_,
            link=link,
            pc_link=pc_link,
            executor_ids=executor_ids,
            org_id=org_id,
            source_id=source_id,
            desc=desc,
            sender_id=sender_id,
        )

        todo_create_request.additional_properties = d
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
