# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personal_todo_platform import PersonalTodoPlatform, check_personal_todo_platform
from ..models.personal_todo_priority import PersonalTodoPriority, check_personal_todo_priority
from ..models.personal_todo_type import PersonalTodoType, check_personal_todo_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.personal_todo_copy import PersonalTodoCopy
    from ..models.personal_todo_executor import PersonalTodoExecutor
    from ..models.personal_todo_remind import PersonalTodoRemind
    from ..models.personal_todo_resource_ref import PersonalTodoResourceRef


T = TypeVar("T", bound="PersonalTodoCreateRequest")
_FIELDS = frozenset(
    {
        "subject",
        "startTime",
        "dueTime",
        "priority",
        "createUserId",
        "orgId",
        "appid",
        "finishTime",
        "type",
        "description",
        "parentCode",
        "groupId",
        "groupCategoryCode",
        "statusTagNo",
        "statusTagYes",
        "appInfoId",
        "appCategoryId",
        "platform",
        "subscribeStatus",
        "userCode",
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
class PersonalTodoCreateRequest:
    """
    Attributes:
        subject (str):
        start_time (int): Start, epoch milliseconds.
        due_time (int): Deadline, epoch milliseconds.
        priority (PersonalTodoPriority): 0 low (较低), 1 normal (普通), 2 urgent (紧急), 3 very urgent (非常紧急).
        create_user_id (str): Staff id of the creator.
        org_id (str):
        appid (str): The app's id. Spelt `appid`, in lower case, on this operation.
        finish_time (int | Unset): Finish time, epoch milliseconds; 0 (always sent) while unfinished. Never null.
            Default: 0.
        type_ (PersonalTodoType | Unset): 1 personal todo, the only kind these operations create. Default: 1.
        description (str | Unset):
        parent_code (str | Unset): Code of the parent todo, for a sub-task.
        group_id (str | Unset):
        group_category_code (str | Unset):
        status_tag_no (str | Unset):
        status_tag_yes (str | Unset):
        app_info_id (int | Unset):
        app_category_id (int | Unset):
        platform (PersonalTodoPlatform | Unset): Where the todo was made. 1 app, 2 web, 3 API.
        subscribe_status (int | Unset):
        user_code (str | Unset):
        executors (list[PersonalTodoExecutor] | Unset): The people who do the todo; include the creator, or it may not
            show in their list.
        copys (list[PersonalTodoCopy] | Unset):
        resources (list[PersonalTodoResourceRef] | Unset):
        reminds (list[PersonalTodoRemind] | Unset):
    """

    subject: str
    start_time: int
    due_time: int
    priority: PersonalTodoPriority
    create_user_id: str
    org_id: str
    appid: str
    finish_time: int | Unset = 0
    type_: PersonalTodoType | Unset = 1
    description: str | Unset = UNSET
    parent_code: str | Unset = UNSET
    group_id: str | Unset = UNSET
    group_category_code: str | Unset = UNSET
    status_tag_no: str | Unset = UNSET
    status_tag_yes: str | Unset = UNSET
    app_info_id: int | Unset = UNSET
    app_category_id: int | Unset = UNSET
    platform: PersonalTodoPlatform | Unset = UNSET
    subscribe_status: int | Unset = UNSET
    user_code: str | Unset = UNSET
    executors: list[PersonalTodoExecutor] | Unset = UNSET
    copys: list[PersonalTodoCopy] | Unset = UNSET
    resources: list[PersonalTodoResourceRef] | Unset = UNSET
    reminds: list[PersonalTodoRemind] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["subject"] = self.subject

        field_dict["startTime"] = self.start_time

        field_dict["dueTime"] = self.due_time

        field_dict["priority"] = self.priority

        field_dict["createUserId"] = self.create_user_id

        field_dict["orgId"] = self.org_id

        field_dict["appid"] = self.appid

        if self.finish_time is not UNSET:
            field_dict["finishTime"] = self.finish_time

        if self.type_ is not UNSET:
            field_dict["type"] = self.type_

        if self.description is not UNSET:
            field_dict["description"] = self.description

        if self.parent_code is not UNSET:
            field_dict["parentCode"] = self.parent_code

        if self.group_id is not UNSET:
            field_dict["groupId"] = self.group_id

        if self.group_category_code is not UNSET:
            field_dict["groupCategoryCode"] = self.group_category_code

        if self.status_tag_no is not UNSET:
            field_dict["statusTagNo"] = self.status_tag_no

        if self.status_tag_yes is not UNSET:
            field_dict["statusTagYes"] = self.status_tag_yes

        if self.app_info_id is not UNSET:
            field_dict["appInfoId"] = self.app_info_id

        if self.app_category_id is not UNSET:
            field_dict["appCategoryId"] = self.app_category_id

        if self.platform is not UNSET:
            field_dict["platform"] = self.platform

        if self.subscribe_status is not UNSET:
            field_dict["subscribeStatus"] = self.subscribe_status

        if self.user_code is not UNSET:
            field_dict["userCode"] = self.user_code

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
            raise TypeError(f"PersonalTodoCreateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        subject = d["subject"]

        start_time = d["startTime"]

        due_time = d["dueTime"]

        priority = check_personal_todo_priority(d["priority"])

        create_user_id = d["createUserId"]

        org_id = d["orgId"]

        appid = d["appid"]

        finish_time = _get("finishTime", UNSET)

        _type_ = _get("type", UNSET)
        type_: PersonalTodoType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_personal_todo_type(_type_)

        description = _get("description", UNSET)

        parent_code = _get("parentCode", UNSET)

        group_id = _get("groupId", UNSET)

        group_category_code = _get("groupCategoryCode", UNSET)

        status_tag_no = _get("statusTagNo", UNSET)

        status_tag_yes = _get("statusTagYes", UNSET)

        app_info_id = _get("appInfoId", UNSET)

        app_category_id = _get("appCategoryId", UNSET)

        _platform = _get("platform", UNSET)
        platform: PersonalTodoPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_personal_todo_platform(_platform)

        subscribe_status = _get("subscribeStatus", UNSET)

        user_code = _get("userCode", UNSET)

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

        personal_todo_create_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                subject,
                start_time,
                due_time,
                priority,
                create_user_id,
                org_id,
                appid,
                finish_time,
                type_,
                description,
                parent_code,
                group_id,
                group_category_code,
                status_tag_no,
                status_tag_yes,
                app_info_id,
                app_category_id,
                platform,
                subscribe_status,
                user_code,
                executors,
                copys,
                resources,
                reminds,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        personal_todo_create_request.additional_properties = _extra
        return personal_todo_create_request

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
