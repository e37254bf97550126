# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RevokeSystemMessage")
_FIELDS = frozenset(
    {
        "content",
        "mediaId",
    }
)


@_attrs_define
class RevokeSystemMessage:
    """The system message shown in the chat in place of the revoked one.

    Attributes:
        content (str | Unset): Its text.
        media_id (str | Unset): An uploaded media id to show with it.
    """

    content: str | Unset = UNSET
    media_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.content is not UNSET:
            field_dict["content"] = self.content

        if self.media_id is not UNSET:
            field_dict["mediaId"] = self.media_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"RevokeSystemMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        content = _get("content", UNSET)

        media_id = _get("mediaId", UNSET)

        revoke_system_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            content,
            media_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        revoke_system_message.additional_properties = _extra
        return revoke_system_message

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
