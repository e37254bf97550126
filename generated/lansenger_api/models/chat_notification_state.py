# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.no_disturb import NoDisturb, check_no_disturb
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatNotificationState")
_FIELDS = frozenset(
    {
        "noDisturb",
    }
)


@_attrs_define
class ChatNotificationState:
    """
    Attributes:
        no_disturb (NoDisturb | Unset): The platform spells the flag as the text "true" or "false", not as a JSON
            boolean.
    """

    no_disturb: NoDisturb | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.no_disturb is not UNSET:
            field_dict["noDisturb"] = self.no_disturb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ChatNotificationState is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _no_disturb = _get("noDisturb", UNSET)
        no_disturb: NoDisturb | Unset
        if isinstance(_no_disturb, Unset):
            no_disturb = UNSET
        else:
            no_disturb = check_no_disturb(_no_disturb)

        chat_notification_state = cls(  # by position, in the order the fields are declared above: cheaper than by name
            no_disturb,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        chat_notification_state.additional_properties = _extra
        return chat_notification_state

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
