# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notice_content_type import NoticeContentType, check_notice_content_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Notice")
_FIELDS = frozenset(
    {
        "code",
        "id",
        "title",
        "noticeType",
        "contentType",
        "contentAbstract",
        "noticeLink",
        "noticeStatus",
        "confirmStatus",
        "publishTime",
        "publishUserId",
        "publishUserName",
    }
)


@_attrs_define
class Notice:
    """
    Attributes:
        code (str | Unset): The notice's code, e.g. "NTC20260917001".
        id (int | Unset):
        title (str | Unset):
        notice_type (int | Unset):
        content_type (NoticeContentType | Unset): 1 text (`content`), 2 link (`noticeLink`).
        content_abstract (str | Unset): The start of the content.
        notice_link (str | Unset):
        notice_status (int | Unset): 1 draft, 2 sent, 3 revoked.
        confirm_status (int | Unset): 0 nobody confirmed, 1 some confirmed, 2 everyone confirmed.
        publish_time (int | Unset): Epoch milliseconds.
        publish_user_id (str | Unset):
        publish_user_name (str | Unset):
    """

    code: str | Unset = UNSET
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    notice_type: int | Unset = UNSET
    content_type: NoticeContentType | Unset = UNSET
    content_abstract: str | Unset = UNSET
    notice_link: str | Unset = UNSET
    notice_status: int | Unset = UNSET
    confirm_status: int | Unset = UNSET
    publish_time: int | Unset = UNSET
    publish_user_id: str | Unset = UNSET
    publish_user_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.notice_type is not UNSET:
            field_dict["noticeType"] = self.notice_type

        if self.content_type is not UNSET:
            field_dict["contentType"] = self.content_type

        if self.content_abstract is not UNSET:
            field_dict["contentAbstract"] = self.content_abstract

        if self.notice_link is not UNSET:
            field_dict["noticeLink"] = self.notice_link

        if self.notice_status is not UNSET:
            field_dict["noticeStatus"] = self.notice_status

        if self.confirm_status is not UNSET:
            field_dict["confirmStatus"] = self.confirm_status

        if self.publish_time is not UNSET:
            field_dict["publishTime"] = self.publish_time

        if self.publish_user_id is not UNSET:
            field_dict["publishUserId"] = self.publish_user_id

        if self.publish_user_name is not UNSET:
            field_dict["publishUserName"] = self.publish_user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"Notice is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        code = _get("code", UNSET)

        id = _get("id", UNSET)

        title = _get("title", UNSET)

        notice_type = _get("noticeType", UNSET)

        _content_type = _get("contentType", UNSET)
        content_type: NoticeContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_notice_content_type(_content_type)

        content_abstract = _get("contentAbstract", UNSET)

        notice_link = _get("noticeLink", UNSET)

        notice_status = _get("noticeStatus", UNSET)

        confirm_status = _get("confirmStatus", UNSET)

        publish_time = _get("publishTime", UNSET)

        publish_user_id = _get("publishUserId", UNSET)

        publish_user_name = _get("publishUserName", UNSET)

        notice = cls(  # by position, in the order the fields are declared above: cheaper than by name
            code,
            id,
            title,
            notice_type,
            content_type,
            content_abstract,
            notice_link,
            notice_status,
            confirm_status,
            publish_time,
            publish_user_id,
            publish_user_name,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notice.additional_properties = _extra
        return notice

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
