# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventFormatContent")
_FIELDS = frozenset(
    {
        "formatType",
        "text",
        "sequence",
    }
)


@_attrs_define
class EventFormatContent:
    """Formatted text (e.g. markdown).

    Attributes:
        format_type (int | str | Unset): The format, e.g. "markdown"; some servers send a number.
        text (str | Unset):
        sequence (Any | Unset): Undocumented; passed through as received.
    """

    format_type: int | str | Unset = UNSET
    text: str | Unset = UNSET
    sequence: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        format_type: int | str | Unset
        if isinstance(self.format_type, Unset):
            format_type = UNSET
        else:
            format_type = self.format_type
        if format_type is not UNSET:
            field_dict["formatType"] = format_type

        if self.text is not UNSET:
            field_dict["text"] = self.text

        if self.sequence is not UNSET:
            field_dict["sequence"] = self.sequence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"EventFormatContent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        format_type: int | str | Unset = _get("formatType", UNSET)

        text = _get("text", UNSET)

        sequence = _get("sequence", UNSET)

        event_format_content = cls(  # by position, in the order the fields are declared above: cheaper than by name
            format_type,
            text,
            sequence,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        event_format_content.additional_properties = _extra
        return event_format_content

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
