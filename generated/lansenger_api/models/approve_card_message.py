# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approve_card_body import ApproveCardBody
    from ..models.approve_card_button import ApproveCardButton
    from ..models.approve_card_head import ApproveCardHead
    from ..models.approve_card_link import ApproveCardLink
    from ..models.reminder import Reminder


T = TypeVar("T", bound="ApproveCardMessage")
_FIELDS = frozenset(
    {
        "head",
        "body",
        "reminder",
        "cardLink",
        "buttons",
        "expireTime",
    }
)


@_cache
def _ApproveCardBody_class() -> type[ApproveCardBody]:
    """`ApproveCardBody`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_card_body import ApproveCardBody  # noqa: PLC0415

    return ApproveCardBody


@_cache
def _ApproveCardButton_class() -> type[ApproveCardButton]:
    """`ApproveCardButton`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_card_button import ApproveCardButton  # noqa: PLC0415

    return ApproveCardButton


@_cache
def _ApproveCardHead_class() -> type[ApproveCardHead]:
    """`ApproveCardHead`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_card_head import ApproveCardHead  # noqa: PLC0415

    return ApproveCardHead


@_cache
def _ApproveCardLink_class() -> type[ApproveCardLink]:
    """`ApproveCardLink`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_card_link import ApproveCardLink  # noqa: PLC0415

    return ApproveCardLink


@_cache
def _Reminder_class() -> type[Reminder]:
    """`Reminder`, imported on first use (the models refer to each other in cycles)."""
    from ..models.reminder import Reminder  # noqa: PLC0415

    return Reminder


@_attrs_define
class ApproveCardMessage:
    """
    Attributes:
        head (ApproveCardHead | Unset):
        body (ApproveCardBody | Unset):
        reminder (Reminder | Unset): @mention: everyone, some staff, some bots. Works in group chat only.
        card_link (ApproveCardLink | Unset):
        buttons (list[ApproveCardButton] | Unset):
        expire_time (int | Unset): Seconds until the card expires, at most 30 days; 0 or absent means 7 days.
    """

    head: ApproveCardHead | Unset = UNSET
    body: ApproveCardBody | Unset = UNSET
    reminder: Reminder | Unset = UNSET
    card_link: ApproveCardLink | Unset = UNSET
    buttons: list[ApproveCardButton] | Unset = UNSET
    expire_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.head) is not Unset:
            field_dict["head"] = self.head.to_dict()

        if type(self.body) is not Unset:
            field_dict["body"] = self.body.to_dict()

        if type(self.reminder) is not Unset:
            field_dict["reminder"] = self.reminder.to_dict()

        if type(self.card_link) is not Unset:
            field_dict["cardLink"] = self.card_link.to_dict()

        if type(self.buttons) is not Unset:
            field_dict["buttons"] = [item.to_dict() for item in self.buttons]

        if self.expire_time is not UNSET:
            field_dict["expireTime"] = self.expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApproveCardMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _head = _get("head", UNSET)
        head: ApproveCardHead | Unset
        if isinstance(_head, Unset):
            head = UNSET
        else:
            head = _ApproveCardHead_class().from_dict(_head)

        _body = _get("body", UNSET)
        body: ApproveCardBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = _ApproveCardBody_class().from_dict(_body)

        _reminder = _get("reminder", UNSET)
        reminder: Reminder | Unset
        if isinstance(_reminder, Unset):
            reminder = UNSET
        else:
            reminder = _Reminder_class().from_dict(_reminder)

        _card_link = _get("cardLink", UNSET)
        card_link: ApproveCardLink | Unset
        if isinstance(_card_link, Unset):
            card_link = UNSET
        else:
            card_link = _ApproveCardLink_class().from_dict(_card_link)

        _buttons = _get("buttons", UNSET)
        buttons: list[ApproveCardButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = _ApproveCardButton_class().from_dict(buttons_item_data)

                buttons.append(buttons_item)

        expire_time = _get("expireTime", UNSET)

        approve_card_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            head,
            body,
            reminder,
            card_link,
            buttons,
            expire_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        approve_card_message.additional_properties = _extra
        return approve_card_message

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
