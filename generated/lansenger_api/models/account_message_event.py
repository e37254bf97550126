# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountMessageEvent")
_FIELDS = frozenset(
    {
        "msgText",
        "msg_text",
        "staffId",
        "staff_id",
    }
)


@_attrs_define
class AccountMessageEvent:
    """account_message: a user wrote to the public account. The platform SDKs have no parser for it; the only sample (the
    official encryption page) spells the fields in snake_case, so both spellings are listed.

        Attributes:
            msgText (str | Unset): The message text.
            msg_text (str | Unset): The message text, as the official sample spells it.
            staffId (str | Unset): The sender.
            staff_id (str | Unset): The sender, as the official sample spells it.
    """

    msgText: str | Unset = UNSET
    msg_text: str | Unset = UNSET
    staffId: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.msgText is not UNSET:
            field_dict["msgText"] = self.msgText

        if self.msg_text is not UNSET:
            field_dict["msg_text"] = self.msg_text

        if self.staffId is not UNSET:
            field_dict["staffId"] = self.staffId

        if self.staff_id is not UNSET:
            field_dict["staff_id"] = self.staff_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AccountMessageEvent is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msgText = _get("msgText", UNSET)

        msg_text = _get("msg_text", UNSET)

        staffId = _get("staffId", UNSET)

        staff_id = _get("staff_id", UNSET)

        account_message_event = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msgText,
            msg_text,
            staffId,
            staff_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        account_message_event.additional_properties = _extra
        return account_message_event

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
