# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.no_disturb import NoDisturb, check_no_disturb
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatNotificationStatus")
_FIELDS = frozenset(
    {
        "userId",
        "noDisturb",
        "unreadCount",
        "baseVersion",
        "uuid",
    }
)


@_attrs_define
class ChatNotificationStatus:
    """One person's new state. Give noDisturb or unreadCount; the platform refuses both together, which the SDK leaves to
    the platform to report.

        Attributes:
            user_id (str): The person's staff id.
            no_disturb (NoDisturb | Unset): The platform spells the flag as the text "true" or "false", not as a JSON
                boolean.
            unread_count (int | Unset): The unread badge shown on the notification chat.
            base_version (str | Unset): Must be greater than the baseVersion of this person's previous update, e.g. a
                microsecond timestamp; compared as a number.
            uuid (str | Unset): Passed to the platform as given; it documents no meaning for it.
    """

    user_id: str
    no_disturb: NoDisturb | Unset = UNSET
    unread_count: int | Unset = UNSET
    base_version: str | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["userId"] = self.user_id

        if self.no_disturb is not UNSET:
            field_dict["noDisturb"] = self.no_disturb

        if self.unread_count is not UNSET:
            field_dict["unreadCount"] = self.unread_count

        if self.base_version is not UNSET:
            field_dict["baseVersion"] = self.base_version

        if self.uuid is not UNSET:
            field_dict["uuid"] = self.uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatNotificationStatus is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        user_id = d["userId"]

        _no_disturb = _get("noDisturb", UNSET)
        no_disturb: NoDisturb | Unset
        if isinstance(_no_disturb, Unset):
            no_disturb = UNSET
        else:
            no_disturb = check_no_disturb(_no_disturb)

        unread_count = _get("unreadCount", UNSET)

        base_version = _get("baseVersion", UNSET)

        uuid = _get("uuid", UNSET)

        chat_notification_status = cls(  # by position, in the order the fields are declared above: cheaper than by name
            user_id,
            no_disturb,
            unread_count,
            base_version,
            uuid,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_notification_status.additional_properties = _extra
        return chat_notification_status

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
