# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notice_content_type import NoticeContentType, check_notice_content_type
from ..models.notice_flag import NoticeFlag, check_notice_flag
from ..models.notice_remind_after import NoticeRemindAfter, check_notice_remind_after
from ..models.notice_remind_interval_unit import NoticeRemindIntervalUnit, check_notice_remind_interval_unit
from ..models.notice_remind_range import NoticeRemindRange, check_notice_remind_range
from ..models.notice_user_type import NoticeUserType, check_notice_user_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notice_open_range import NoticeOpenRange
    from ..models.notice_phone_range import NoticePhoneRange
    from ..models.notice_resource import NoticeResource


T = TypeVar("T", bound="NoticeSendRequest")
_FIELDS = frozenset(
    {
        "title",
        "contentType",
        "accountCode",
        "userType",
        "content",
        "noticeLink",
        "noticeLocation",
        "latitude",
        "longitude",
        "phoneUserRange",
        "openUserRange",
        "createMobile",
        "createUserId",
        "resourceList",
        "extendId",
        "confirmFlag",
        "forwardFlag",
        "replyFlag",
        "anonymousFlag",
        "remindStatus",
        "remindMsgType",
        "atOnceFlag",
        "remindAfterType",
        "remindMaxCount",
        "remindIntervalTime",
        "remindIntervalTimeDuration",
        "remindRangeType",
        "remindRangeStaffIds",
    }
)


@_cache
def _NoticeOpenRange_class() -> type[NoticeOpenRange]:
    """`NoticeOpenRange`, imported on first use (the models refer to each other in cycles)."""
    from ..models.notice_open_range import NoticeOpenRange  # noqa: PLC0415

    return NoticeOpenRange


@_cache
def _NoticePhoneRange_class() -> type[NoticePhoneRange]:
    """`NoticePhoneRange`, imported on first use (the models refer to each other in cycles)."""
    from ..models.notice_phone_range import NoticePhoneRange  # noqa: PLC0415

    return NoticePhoneRange


@_cache
def _NoticeResource_class() -> type[NoticeResource]:
    """`NoticeResource`, imported on first use (the models refer to each other in cycles)."""
    from ..models.notice_resource import NoticeResource  # noqa: PLC0415

    return NoticeResource


@_attrs_define
class NoticeSendRequest:
    """
    Attributes:
        title (str):
        content_type (NoticeContentType): 1 text (`content`), 2 link (`noticeLink`).
        account_code (str): The official account's `code`, from list_notice_accounts.
        user_type (NoticeUserType): How recipients are named. 1 by mobile number (`phoneUserRange`), 2 by staff id or
            department (`openUserRange`).
        content (str | Unset): The text; required when contentType is 1.
        notice_link (str | Unset): The link; required when contentType is 2.
        notice_location (str | Unset): A place shown on the notice.
        latitude (float | Unset):
        longitude (float | Unset):
        phone_user_range (NoticePhoneRange | Unset): Recipients and copies by mobile number (userType 1).
        open_user_range (NoticeOpenRange | Unset): Recipients by staff id and department, copies by staff id (userType
            2).
        create_mobile (str | Unset): The sender's mobile number.
        create_user_id (str | Unset): The sender's staff id.
        resource_list (list[NoticeResource] | Unset):
        extend_id (str | Unset): The caller's own id for the notice, for correlation.
        confirm_flag (NoticeFlag | Unset): 1 yes, 0 no.
        forward_flag (NoticeFlag | Unset): 1 yes, 0 no.
        reply_flag (NoticeFlag | Unset): 1 yes, 0 no.
        anonymous_flag (NoticeFlag | Unset): 1 yes, 0 no.
        remind_status (NoticeFlag | Unset): 1 yes, 0 no. Default: 0.
        remind_msg_type (str | Unset): Reminder channels, comma-separated from mobile, sms and app (e.g. "app,sms").
        at_once_flag (NoticeFlag | Unset): 1 yes, 0 no.
        remind_after_type (NoticeRemindAfter | Unset): Reminders after the first one. never: none; unOperate: until the
            recipient acts; count: up to remindMaxCount times.
        remind_max_count (int | Unset): How many reminders at most, with remindAfterType count.
        remind_interval_time (int | Unset): Time between reminders, in remindIntervalTimeDuration units.
        remind_interval_time_duration (NoticeRemindIntervalUnit | Unset): The unit of remindIntervalTime.
        remind_range_type (NoticeRemindRange | Unset): Who is reminded. all: everyone; receiver: recipients only;
            partialRemind: everyone except remindRangeStaffIds; notReminder: nobody.
        remind_range_staff_ids (list[str] | Unset): Staff ids not to remind (with remindRangeType partialRemind).
    """

    title: str
    content_type: NoticeContentType
    account_code: str
    user_type: NoticeUserType
    content: str | Unset = UNSET
    notice_link: str | Unset = UNSET
    notice_location: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    phone_user_range: NoticePhoneRange | Unset = UNSET
    open_user_range: NoticeOpenRange | Unset = UNSET
    create_mobile: str | Unset = UNSET
    create_user_id: str | Unset = UNSET
    resource_list: list[NoticeResource] | Unset = UNSET
    extend_id: str | Unset = UNSET
    confirm_flag: NoticeFlag | Unset = UNSET
    forward_flag: NoticeFlag | Unset = UNSET
    reply_flag: NoticeFlag | Unset = UNSET
    anonymous_flag: NoticeFlag | Unset = UNSET
    remind_status: NoticeFlag | Unset = 0
    remind_msg_type: str | Unset = UNSET
    at_once_flag: NoticeFlag | Unset = UNSET
    remind_after_type: NoticeRemindAfter | Unset = UNSET
    remind_max_count: int | Unset = UNSET
    remind_interval_time: int | Unset = UNSET
    remind_interval_time_duration: NoticeRemindIntervalUnit | Unset = UNSET
    remind_range_type: NoticeRemindRange | Unset = UNSET
    remind_range_staff_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["title"] = self.title

        field_dict["contentType"] = self.content_type

        field_dict["accountCode"] = self.account_code

        field_dict["userType"] = self.user_type

        if self.content is not UNSET:
            field_dict["content"] = self.content

        if self.notice_link is not UNSET:
            field_dict["noticeLink"] = self.notice_link

        if self.notice_location is not UNSET:
            field_dict["noticeLocation"] = self.notice_location

        if self.latitude is not UNSET:
            field_dict["latitude"] = self.latitude

        if self.longitude is not UNSET:
            field_dict["longitude"] = self.longitude

        if type(self.phone_user_range) is not Unset:
            field_dict["phoneUserRange"] = self.phone_user_range.to_dict()

        if type(self.open_user_range) is not Unset:
            field_dict["openUserRange"] = self.open_user_range.to_dict()

        if self.create_mobile is not UNSET:
            field_dict["createMobile"] = self.create_mobile

        if self.create_user_id is not UNSET:
            field_dict["createUserId"] = self.create_user_id

        if type(self.resource_list) is not Unset:
            field_dict["resourceList"] = [item.to_dict() for item in self.resource_list]

        if self.extend_id is not UNSET:
            field_dict["extendId"] = self.extend_id

        if self.confirm_flag is not UNSET:
            field_dict["confirmFlag"] = self.confirm_flag

        if self.forward_flag is not UNSET:
            field_dict["forwardFlag"] = self.forward_flag

        if self.reply_flag is not UNSET:
            field_dict["replyFlag"] = self.reply_flag

        if self.anonymous_flag is not UNSET:
            field_dict["anonymousFlag"] = self.anonymous_flag

        if self.remind_status is not UNSET:
            field_dict["remindStatus"] = self.remind_status

        if self.remind_msg_type is not UNSET:
            field_dict["remindMsgType"] = self.remind_msg_type

        if self.at_once_flag is not UNSET:
            field_dict["atOnceFlag"] = self.at_once_flag

        if self.remind_after_type is not UNSET:
            field_dict["remindAfterType"] = self.remind_after_type

        if self.remind_max_count is not UNSET:
            field_dict["remindMaxCount"] = self.remind_max_count

        if self.remind_interval_time is not UNSET:
            field_dict["remindIntervalTime"] = self.remind_interval_time

        if self.remind_interval_time_duration is not UNSET:
            field_dict["remindIntervalTimeDuration"] = self.remind_interval_time_duration

        if self.remind_range_type is not UNSET:
            field_dict["remindRangeType"] = self.remind_range_type

        if self.remind_range_staff_ids is not UNSET:
            field_dict["remindRangeStaffIds"] = self.remind_range_staff_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NoticeSendRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = d["title"]

        content_type = check_notice_content_type(d["contentType"])

        account_code = d["accountCode"]

        user_type = check_notice_user_type(d["userType"])

        content = _get("content", UNSET)

        notice_link = _get("noticeLink", UNSET)

        notice_location = _get("noticeLocation", UNSET)

        latitude = _get("latitude", UNSET)

        longitude = _get("longitude", UNSET)

        _phone_user_range = _get("phoneUserRange", UNSET)
        phone_user_range: NoticePhoneRange | Unset
        if isinstance(_phone_user_range, Unset):
            phone_user_range = UNSET
        else:
            phone_user_range = _NoticePhoneRange_class().from_dict(_phone_user_range)

        _open_user_range = _get("openUserRange", UNSET)
        open_user_range: NoticeOpenRange | Unset
        if isinstance(_open_user_range, Unset):
            open_user_range = UNSET
        else:
            open_user_range = _NoticeOpenRange_class().from_dict(_open_user_range)

        create_mobile = _get("createMobile", UNSET)

        create_user_id = _get("createUserId", UNSET)

        _resource_list = _get("resourceList", UNSET)
        resource_list: list[NoticeResource] | Unset = UNSET
        if _resource_list is not UNSET:
            resource_list = []
            for resource_list_item_data in _resource_list:
                resource_list_item = _NoticeResource_class().from_dict(resource_list_item_data)

                resource_list.append(resource_list_item)

        extend_id = _get("extendId", UNSET)

        _confirm_flag = _get("confirmFlag", UNSET)
        confirm_flag: NoticeFlag | Unset
        if isinstance(_confirm_flag, Unset):
            confirm_flag = UNSET
        else:
            confirm_flag = check_notice_flag(_confirm_flag)

        _forward_flag = _get("forwardFlag", UNSET)
        forward_flag: NoticeFlag | Unset
        if isinstance(_forward_flag, Unset):
            forward_flag = UNSET
        else:
            forward_flag = check_notice_flag(_forward_flag)

        _reply_flag = _get("replyFlag", UNSET)
        reply_flag: NoticeFlag | Unset
        if isinstance(_reply_flag, Unset):
            reply_flag = UNSET
        else:
            reply_flag = check_notice_flag(_reply_flag)

        _anonymous_flag = _get("anonymousFlag", UNSET)
        anonymous_flag: NoticeFlag | Unset
        if isinstance(_anonymous_flag, Unset):
            anonymous_flag = UNSET
        else:
            anonymous_flag = check_notice_flag(_anonymous_flag)

        _remind_status = _get("remindStatus", UNSET)
        remind_status: NoticeFlag | Unset
        if isinstance(_remind_status, Unset):
            remind_status = UNSET
        else:
            remind_status = check_notice_flag(_remind_status)

        remind_msg_type = _get("remindMsgType", UNSET)

        _at_once_flag = _get("atOnceFlag", UNSET)
        at_once_flag: NoticeFlag | Unset
        if isinstance(_at_once_flag, Unset):
            at_once_flag = UNSET
        else:
            at_once_flag = check_notice_flag(_at_once_flag)

        _remind_after_type = _get("remindAfterType", UNSET)
        remind_after_type: NoticeRemindAfter | Unset
        if isinstance(_remind_after_type, Unset):
            remind_after_type = UNSET
        else:
            remind_after_type = check_notice_remind_after(_remind_after_type)

        remind_max_count = _get("remindMaxCount", UNSET)

        remind_interval_time = _get("remindIntervalTime", UNSET)

        _remind_interval_time_duration = _get("remindIntervalTimeDuration", UNSET)
        remind_interval_time_duration: NoticeRemindIntervalUnit | Unset
        if isinstance(_remind_interval_time_duration, Unset):
            remind_interval_time_duration = UNSET
        else:
            remind_interval_time_duration = check_notice_remind_interval_unit(_remind_interval_time_duration)

        _remind_range_type = _get("remindRangeType", UNSET)
        remind_range_type: NoticeRemindRange | Unset
        if isinstance(_remind_range_type, Unset):
            remind_range_type = UNSET
        else:
            remind_range_type = check_notice_remind_range(_remind_range_type)

        remind_range_staff_ids: list[str] = _get("remindRangeStaffIds", UNSET)

        notice_send_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            content_type,
            account_code,
            user_type,
            content,
            notice_link,
            notice_location,
            latitude,
            longitude,
            phone_user_range,
            open_user_range,
            create_mobile,
            create_user_id,
            resource_list,
            extend_id,
            confirm_flag,
            forward_flag,
            reply_flag,
            anonymous_flag,
            remind_status,
            remind_msg_type,
            at_once_flag,
            remind_after_type,
            remind_max_count,
            remind_interval_time,
            remind_interval_time_duration,
            remind_range_type,
            remind_range_staff_ids,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notice_send_request.additional_properties = _extra
        return notice_send_request

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
