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
        code = self.code

        create_user_id = self.create_user_id

        appid = self.appid

        subject = self.subject

        description = self.description

        start_time = self.start_time

        due_time = self.due_time

        finish_time = self.finish_time

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        status_tag_no = self.status_tag_no

        status_tag_yes = self.status_tag_yes

        subscribe_status = self.subscribe_status

        group_id = self.group_id

        group_category_code = self.group_category_code

        executors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.executors, Unset):
            executors = []
            for executors_item_data in self.executors:
                executors_item = executors_item_data.to_dict()
                executors.append(executors_item)

        copys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copys, Unset):
            copys = []
            for copys_item_data in self.copys:
                copys_item = copys_item_data.to_dict()
                copys.append(copys_item)

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        reminds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reminds, Unset):
            reminds = []
            for reminds_item_data in self.reminds:
                reminds_item = reminds_item_data.to_dict()
                reminds.append(reminds_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "createUserId": create_user_id,
                "appid": appid,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if description is not UNSET:
            field_dict["description"] = description
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if due_time is not UNSET:
            field_dict["dueTime"] = due_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status_tag_no is not UNSET:
            field_dict["statusTagNo"] = status_tag_no
        if status_tag_yes is not UNSET:
            field_dict["statusTagYes"] = status_tag_yes
        if subscribe_status is not UNSET:
            field_dict["subscribeStatus"] = subscribe_status
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if group_category_code is not UNSET:
            field_dict["groupCategoryCode"] = group_category_code
        if executors is not UNSET:
            field_dict["executors"] = executors
        if copys is not UNSET:
            field_dict["copys"] = copys
        if resources is not UNSET:
            field_dict["resources"] = resources
        if reminds is not UNSET:
            field_dict["reminds"] = reminds

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
