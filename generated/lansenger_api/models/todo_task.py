# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.todo_status import TodoStatus, check_todo_status
from ..models.todo_type import TodoType, check_todo_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TodoTask")
_FIELDS = frozenset(
    {
        "todotaskId",
        "sourceId",
        "title",
        "desc",
        "status",
        "type",
        "link",
        "pcLink",
        "senderId",
        "executorIds",
        "createTime",
        "appId",
    }
)


@_attrs_define
class TodoTask:
    """A todo as the platform answers it. The platform documents these fields for the fetch operations; list items are
    assumed to share them, and any other field is kept.

        Attributes:
            todotask_id (str | Unset):
            source_id (str | Unset):
            title (str | Unset):
            desc (str | Unset):
            status (TodoStatus | Unset): A todo's (or one executor's) status. 11 waiting to be read (待阅), 12 read (已阅), 21
                waiting to be done (待办), 22 done (已办). The read pair suits notifications, the to-do pair approvals.
            type_ (TodoType | Unset): 1 notification (通知), 2 approval (审批).
            link (str | Unset):
            pc_link (str | Unset):
            sender_id (str | Unset):
            executor_ids (list[str] | Unset):
            create_time (int | str | Unset): Creation time. Its format is undocumented (a string per the platform's SDK), so
                any is kept.
            app_id (str | Unset):
    """

    todotask_id: str | Unset = UNSET
    source_id: str | Unset = UNSET
    title: str | Unset = UNSET
    desc: str | Unset = UNSET
    status: TodoStatus | Unset = UNSET
    type_: TodoType | Unset = UNSET
    link: str | Unset = UNSET
    pc_link: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    executor_ids: list[str] | Unset = UNSET
    create_time: int | str | Unset = UNSET
    app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.todotask_id is not UNSET:
            field_dict["todotaskId"] = self.todotask_id

        if self.source_id is not UNSET:
            field_dict["sourceId"] = self.source_id

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.desc is not UNSET:
            field_dict["desc"] = self.desc

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if self.pc_link is not UNSET:
            field_dict["pcLink"] = self.pc_link

        if self.sender_id is not UNSET:
            field_dict["senderId"] = self.sender_id

        if self.executor_ids is not UNSET:
            field_dict["executorIds"] = self.executor_ids

        create_time: int | str | Unset
        if isinstance(self.create_time, Unset):
            create_time = UNSET
        else:
            create_time = self.create_time
        if create_time is not UNSET:
            field_dict["createTime"] = create_time

        if self.app_id is not UNSET:
            field_dict["appId"] = self.app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TodoTask is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        todotask_id = _get("todotaskId", UNSET)

        source_id = _get("sourceId", UNSET)

        title = _get("title", UNSET)

        desc = _get("desc", UNSET)

        _status = _get("status", UNSET)
        status: TodoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_todo_status(_status)

        _type_ = _get("type", UNSET)
        type_: TodoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_todo_type(_type_)

        link = _get("link", UNSET)

        pc_link = _get("pcLink", UNSET)

        sender_id = _get("senderId", UNSET)

        executor_ids: list[str] = _get("executorIds", UNSET)

        create_time: int | str | Unset = _get("createTime", UNSET)

        app_id = _get("appId", UNSET)

        todo_task = cls(  # by position, in the order the fields are declared above: cheaper than by name
            todotask_id,
            source_id,
            title,
            desc,
            status,
            type_,
            link,
            pc_link,
            sender_id,
            executor_ids,
            create_time,
            app_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        todo_task.additional_properties = _extra
        return todo_task

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
