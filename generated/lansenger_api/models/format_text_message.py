# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_format import TextFormat, check_text_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reminder import Reminder


T = TypeVar("T", bound="FormatTextMessage")
_FIELDS = frozenset(
    {
        "formatType",
        "text",
        "reminder",
    }
)


@_cache
def _Reminder_class() -> type[Reminder]:
    """`Reminder`, imported on first use (the models refer to each other in cycles)."""
    from ..models.reminder import Reminder  # noqa: PLC0415

    return Reminder


@_attrs_define
class FormatTextMessage:
    """
    Attributes:
        format_type (TextFormat): 1 is Markdown, the only format.
        text (str): Markdown; held to the 6000-byte limit of text messages.
        reminder (Reminder | Unset): @mention: everyone, some staff, some bots. Works in group chat only.
    """

    format_type: TextFormat
    text: str
    reminder: Reminder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["formatType"] = self.format_type

        field_dict["text"] = self.text

        if type(self.reminder) is not Unset:
            field_dict["reminder"] = self.reminder.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"FormatTextMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        format_type = check_text_format(d["formatType"])

        text = d["text"]

        _reminder = _get("reminder", UNSET)
        reminder: Reminder | Unset
        if isinstance(_reminder, Unset):
            reminder = UNSET
        else:
            reminder = _Reminder_class().from_dict(_reminder)

        format_text_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            format_type,
            text,
            reminder,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        format_text_message.additional_properties = _extra
        return format_text_message

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
