# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_box_item import EventBoxItem


T = TypeVar("T", bound="EventBoxContent")
_FIELDS = frozenset(
    {
        "content",
        "messageItems",
    }
)


@_cache
def _EventBoxItem_class() -> type[EventBoxItem]:
    """`EventBoxItem`, imported on first use (the models refer to each other in cycles)."""
    from ..models.event_box_item import EventBoxItem  # noqa: PLC0415

    return EventBoxItem


@_attrs_define
class EventBoxContent:
    """A bundle of messages (merged forward).

    Attributes:
        content (str | Unset):
        message_items (list[EventBoxItem] | Unset):
    """

    content: str | Unset = UNSET
    message_items: list[EventBoxItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.content is not UNSET:
            field_dict["content"] = self.content

        if type(self.message_items) is not Unset:
            field_dict["messageItems"] = [item.to_dict() for item in self.message_items]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventBoxContent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        content = _get("content", UNSET)

        _message_items = _get("messageItems", UNSET)
        message_items: list[EventBoxItem] | Unset = UNSET
        if _message_items is not UNSET:
            message_items = []
            for message_items_item_data in _message_items:
                message_items_item = _EventBoxItem_class().from_dict(message_items_item_data)

                message_items.append(message_items_item)

        event_box_content = cls(  # by position, in the order the fields are declared above: cheaper than by name
            content,
            message_items,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_box_content.additional_properties = _extra
        return event_box_content

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
