# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_media_type import MessageMediaType, check_message_media_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reminder import Reminder


T = TypeVar("T", bound="TextMessage")
_FIELDS = frozenset(
    {
        "content",
        "reminder",
        "mediaType",
        "mediaIds",
    }
)


@_cache
def _Reminder_class() -> type[Reminder]:
    """`Reminder`, imported on first use (the models refer to each other in cycles)."""
    from ..models.reminder import Reminder  # noqa: PLC0415

    return Reminder


@_attrs_define
class TextMessage:
    """
    Attributes:
        content (str): Plain text, at most 6000 bytes of UTF-8; may be empty when mediaIds are given.
        reminder (Reminder | Unset): @mention: everyone, some staff, some bots. Works in group chat only.
        media_type (MessageMediaType | Unset): Kind of attached media in a text message. 1 video, 2 image, 3 file (audio
            travels as 3).
        media_ids (list[str] | Unset): Uploaded media ids; for a video, [video, cover image].
    """

    content: str
    reminder: Reminder | Unset = UNSET
    media_type: MessageMediaType | Unset = UNSET
    media_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["content"] = self.content

        if type(self.reminder) is not Unset:
            field_dict["reminder"] = self.reminder.to_dict()

        if self.media_type is not UNSET:
            field_dict["mediaType"] = self.media_type

        if self.media_ids is not UNSET:
            field_dict["mediaIds"] = self.media_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"TextMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        content = d["content"]

        _reminder = _get("reminder", UNSET)
        reminder: Reminder | Unset
        if isinstance(_reminder, Unset):
            reminder = UNSET
        else:
            reminder = _Reminder_class().from_dict(_reminder)

        _media_type = _get("mediaType", UNSET)
        media_type: MessageMediaType | Unset
        if isinstance(_media_type, Unset):
            media_type = UNSET
        else:
            media_type = check_message_media_type(_media_type)

        media_ids: list[str] = _get("mediaIds", UNSET)

        text_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            content,
            reminder,
            media_type,
            media_ids,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        text_message.additional_properties = _extra
        return text_message

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
