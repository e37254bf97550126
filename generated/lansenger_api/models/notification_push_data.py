# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NotificationPushData")
_FIELDS = frozenset(
    {
        "title",
        "content",
        "url",
        "appType",
        "androidSoundUrl",
        "iosSoundUrl",
    }
)


@_attrs_define
class NotificationPushData:
    """The system notification shown on the device, if any.

    Attributes:
        title (str | Unset):
        content (str | Unset):
        url (str | Unset): Opened when the notification is tapped.
        app_type (str | Unset):
        android_sound_url (str | Unset):
        ios_sound_url (str | Unset):
    """

    title: str | Unset = UNSET
    content: str | Unset = UNSET
    url: str | Unset = UNSET
    app_type: str | Unset = UNSET
    android_sound_url: str | Unset = UNSET
    ios_sound_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.content is not UNSET:
            field_dict["content"] = self.content

        if self.url is not UNSET:
            field_dict["url"] = self.url

        if self.app_type is not UNSET:
            field_dict["appType"] = self.app_type

        if self.android_sound_url is not UNSET:
            field_dict["androidSoundUrl"] = self.android_sound_url

        if self.ios_sound_url is not UNSET:
            field_dict["iosSoundUrl"] = self.ios_sound_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"NotificationPushData is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = _get("title", UNSET)

        content = _get("content", UNSET)

        url = _get("url", UNSET)

        app_type = _get("appType", UNSET)

        android_sound_url = _get("androidSoundUrl", UNSET)

        ios_sound_url = _get("iosSoundUrl", UNSET)

        notification_push_data = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            content,
            url,
            app_type,
            android_sound_url,
            ios_sound_url,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        notification_push_data.additional_properties = _extra
        return notification_push_data

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
