# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
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
        head: dict[str, Any] | Unset = UNSET
        if not isinstance(self.head, Unset):
            head = self.head.to_dict()

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        reminder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reminder, Unset):
            reminder = self.reminder.to_dict()

        card_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_link, Unset):
            card_link = self.card_link.to_dict()

        buttons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buttons, Unset):
            buttons = []
            for buttons_item_data in self.buttons:
                buttons_item = buttons_item_data.to_dict()
                buttons.append(buttons_item)

        expire_time = self.expire_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if head is not UNSET:
            field_dict["head"] = head
        if body is not UNSET:
            field_dict["body"] = body
        if reminder is not UNSET:
            field_dict["reminder"] = reminder
        if card_link is not UNSET:
            field_dict["cardLink"] = card_link
        if buttons is not UNSET:
            field_dict["buttons"] = buttons
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approve_card_body import ApproveCardBody  # noqa: PLC0415
        from ..models.approve_card_button import ApproveCardButton  # noqa: PLC0415
        from ..models.approve_card_head import ApproveCardHead  # noqa: PLC0415
        from ..models.approve_card_link import ApproveCardLink  # noqa: PLC0415
        from ..models.reminder import Reminder  # noqa: PLC0415

        d = dict(src_dict)
        _head = d.pop("head", UNSET)
        head: ApproveCardHead | Unset
        if isinstance(_head, Unset):
            head = UNSET
        else:
            head = ApproveCardHead.from_dict(_head)

        _body = d.pop("body", UNSET)
        body: ApproveCardBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ApproveCardBody.from_dict(_body)

        _reminder = d.pop("reminder", UNSET)
        reminder: Reminder | Unset
        if isinstance(_reminder, Unset):
            reminder = UNSET
        else:
            reminder = Reminder.from_dict(_reminder)

        _card_link = d.pop("cardLink", UNSET)
        card_link: ApproveCardLink | Unset
        if isinstance(_card_link, Unset):
            card_link = UNSET
        else:
            card_link = ApproveCardLink.from_dict(_card_link)

        _buttons = d.pop("buttons", UNSET)
        buttons: list[ApproveCardButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = ApproveCardButton.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        expire_time = d.pop("expireTime", UNSET)

        approve_card_message = cls(
            head=head,
            body=body,
            reminder=reminder,
            card_link=card_link,
            buttons=buttons,
            expire_time=expire_time,
        )

        approve_card_message.additional_properties = d
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
