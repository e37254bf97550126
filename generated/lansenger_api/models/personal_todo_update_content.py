# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personal_todo_priority import PersonalTodoPriority, check_personal_todo_priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_todo_copy import PersonalTodoCopy
    from ..models.personal_todo_executor import PersonalTodoExecutor
    from ..models.personal_todo_remind import PersonalTodoRemind
    from ..models.personal_todo_resource_ref import PersonalTodoResourceRef


T = TypeVar("T", bound="PersonalTodoUpdateContent")
_FIELDS = frozenset(
    {
        "code",
        "createUserId",
        "appid",
        "subject",
        "description",
        "startTime",
        "dueTime",
        "finishTime",
        "priority",
        "statusTagNo",
        "statusTagYes",
        "subscribeStatus",
        "groupId",
        "groupCategoryCode",
        "executors",
        "copys",
        "resources",
        "reminds",
    }
)


@_cache
def _PersonalTodoCopy_class() -> type[PersonalTodoCopy]:
    """`PersonalTodoCopy`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_todo_copy import PersonalTodoCopy  # noqa: PLC0415

    return PersonalTodoCopy


@_cache
def _PersonalTodoExecutor_class() -> type[PersonalTodoExecutor]:
    """`PersonalTodoExecutor`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_todo_executor import PersonalTodoExecutor  # noqa: PLC0415

    return PersonalTodoExecutor


@_cache
def _PersonalTodoRemind_class() -> type[PersonalTodoRemind]:
    """`PersonalTodoRemind`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_todo_remind import PersonalTodoRemind  # noqa: PLC0415

    return PersonalTodoRemind


@_cache
def _PersonalTodoResourceRef_class() -> type[PersonalTodoResourceRef]:
    """`PersonalTodoResourceRef`, imported on first use (the models refer to each other in cycles)."""
    from ..models.personal_todo_resource_ref import PersonalTodoResourceRef  # noqa: PLC0415

    return PersonalTodoResourceRef


@_attrs_define
class PersonalTodoUpdateContent:
    """The todo and its new values. Besides code, createUserId and appid (always required), include only the fields
    `updateFields` names. Fields the platform accepts beyond these are sent as given.

        Attributes:
            code (str): The todo's code, as create_personal_todo answered it.
            create_user_id (str): Staff id of the todo's creator.
            appid (str): The app's id, spelt in lower case.
            subject (str | Unset):
            description (str | Unset):
            start_time (int | Unset): Epoch milliseconds.
            due_time (int | Unset): Epoch milliseconds.
            finish_time (int | Unset): Epoch milliseconds; 0 while unfinished.
            priority (PersonalTodoPriority | Unset): 0 low (较低), 1 normal (普通), 2 urgent (紧急), 3 very urgent (非常紧急).
            status_tag_no (str | Unset):
            status_tag_yes (str | Unset):
            subscribe_status (int | Unset):
            group_id (str | Unset):
            group_category_code (str | Unset):
            executors (list[PersonalTodoExecutor] | Unset):
            copys (list[PersonalTodoCopy] | Unset):
            resources (list[PersonalTodoResourceRef] | Unset):
            reminds (list[PersonalTodoRemind] | Unset):
    """

    code: str
    create_user_id: str
    appid: str
    subject: str | Unset = UNSET
    description: str | Unset = UNSET
    start_time: int | Unset = UNSET
    due_time: int | Unset = UNSET
    finish_time: int | Unset = UNSET
    priority: PersonalTodoPriority | Unset = UNSET
    status_tag_no: str | Unset = UNSET
    status_tag_yes: str | Unset = UNSET
    subscribe_status: int | Unset = UNSET
    group_id: str | Unset = UNSET
    group_category_code: str | Unset = UNSET
    executors: list[PersonalTodoExecutor] | Unset = UNSET
    copys: list[PersonalTodoCopy] | Unset = UNSET
    resources: list[PersonalTodoResourceRef] | Unset = UNSET
    reminds: list[PersonalTodoRemind] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["code"] = self.code

        field_dict["createUserId"] = self.create_user_id

        field_dict["appid"] = self.appid

        if self.subject is not UNSET:
            field_dict["subject"] = self.subject

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time

        if self.due_time is not UNSET:
            field_dict["dueTime"] = self.due_time

        if self.finish_time is not UNSET:
            field_dict["finishTime"] = self.finish_time

        if self.priority is not UNSET:
            field_dict["priority"] = self.priority

        if self.status_tag_no is not UNSET:
            field_dict["statusTagNo"] = self.status_tag_no

        if self.status_tag_yes is not UNSET:
            field_dict["statusTagYes"] = self.status_tag_yes

        if self.subscribe_status is not UNSET:
            field_dict["subscribeStatus"] = self.subscribe_status

        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id

        if self.group_category_code is not UNSET:
            field_dict["groupCategoryCode"] = self.group_category_code

        if type(self.executors) is not Unset:
            field_dict["executors"] = [item.to_dict() for item in self.executors]

        if type(self.copys) is not Unset:
            field_dict["copys"] = [item.to_dict() for item in self.copys]

        if type(self.resources) is not Unset:
            field_dict["resources"] = [item.to_dict() for item in self.resources]

        if type(self.reminds) is not Unset:
            field_dict["reminds"] = [item.to_dict() for item in self.reminds]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"PersonalTodoUpdateContent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        code = d["code"]

        create_user_id = d["createUserId"]

        appid = d["appid"]

        subject = _get("subject", UNSET)

        description = _get("description", UNSET)

        start_time = _get("startTime", UNSET)

        due_time = _get("dueTime", UNSET)

        finish_time = _get("finishTime", UNSET)

        _priority = _get("priority", UNSET)
        priority: PersonalTodoPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_personal_todo_priority(_priority)

        status_tag_no = _get("statusTagNo", UNSET)

        status_tag_yes = _get("statusTagYes", UNSET)

        subscribe_status = _get("subscribeStatus", UNSET)

        group_id = _get("groupId", UNSET)

        group_category_code = _get("groupCategoryCode", UNSET)

        _executors = _get("executors", UNSET)
        executors: list[PersonalTodoExecutor] | Unset = UNSET
        if _executors is not UNSET:
            executors = []
            for executors_item_data in _executors:
                executors_item = _PersonalTodoExecutor_class().from_dict(executors_item_data)

                executors.append(executors_item)

        _copys = _get("copys", UNSET)
        copys: list[PersonalTodoCopy] | Unset = UNSET
        if _copys is not UNSET:
            copys = []
            for copys_item_data in _copys:
                copys_item = _PersonalTodoCopy_class().from_dict(copys_item_data)

                copys.append(copys_item)

        _resources = _get("resources", UNSET)
        resources: list[PersonalTodoResourceRef] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = _PersonalTodoResourceRef_class().from_dict(resources_item_data)

                resources.append(resources_item)

        _reminds = _get("reminds", UNSET)
        reminds: list[PersonalTodoRemind] | Unset = UNSET
        if _reminds is not UNSET:
            reminds = []
            for reminds_item_data in _reminds:
                reminds_item = _PersonalTodoRemind_class().from_dict(reminds_item_data)

                reminds.append(reminds_item)

        personal_todo_update_content = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                code,
                create_user_id,
                appid,
                subject,
                description,
                start_time,
                due_time,
                finish_time,
                priority,
                status_tag_no,
                status_tag_yes,
                subscribe_status,
                group_id,
                group_category_code,
                executors,
                copys,
                resources,
                reminds,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_update_content.additional_properties = _extra
        return personal_todo_update_content

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
