# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_field import CardField
    from ..models.oa_card_message_card_action import OaCardMessageCardAction


T = TypeVar("T", bound="OaCardMessage")


@_attrs_define
class OaCardMessage:
    """
    Attributes:
        title (str):
        head (str | Unset):
        sub_title (str | Unset):
        staff_id (str | Unset):
        fields (list[CardField] | Unset):
        link (str | Unset):
        pc_link (str | Unset):
        pad_link (str | Unset):
        card_action (OaCardMessageCardAction | Unset): Card action; the platform documents no fields, so any are passed
            through.
    """

    title: str
    head: str | Unset = UNSET
    sub_title: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    fields: list[CardField] | Unset = UNSET
    link: str | Unset = UNSET
    pc_link: str | Unset = UNSET
    pad_link: str | Unset = UNSET
    card_action: OaCardMessageCardAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        head = self.head

        sub_title = self.sub_title

        staff_id = self.staff_id

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        link = self.link

        pc_link = self.pc_link

        pad_link = self.pad_link

        card_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card_action, Unset):
            card_action = self.card_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if head is not UNSET:
            field_dict["head"] = head
        if sub_title is not UNSET:
            field_dict["subTitle"] = sub_title
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if fields is not UNSET:
            field_dict["fields"] = fields
        if link is not UNSET:
            field_dict["link"] = link
        if pc_link is not UNSET:
            field_dict["pcLink"] = pc_link
        if pad_link is not UNSET:
            field_dict["padLink"] = pad_link
        if card_action is not UNSET:
            field_dict["cardAction"] = card_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_field import CardField  # noqa: PLC0415
        from ..models.oa_card_message_card_action import OaCardMessageCardAction  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        head = d.pop("head", UNSET)

        sub_title = d.pop("subTitle", UNSET)

        staff_id = d.pop("staffId", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[CardField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = CardField.from_dict(fields_item_data)

                fields.append(fields_item)

        link = d.pop("link", UNSET)

        pc_link = d.pop("pcLink", UNSET)

        pad_link = d.pop("padLink", UNSET)

        _card_action = d.pop("cardAction", UNSET)
        card_action: OaCardMessageCardAction | Unset
        if isinstance(_card_action, Unset):
            card_action = UNSET
        else:
            card_action = OaCardMessageCardAction.from_dict(_card_action)

        oa_card_message = cls(
            title=title,
            head=head,
            sub_title=sub_title,
            staff_id=staff_id,
            fields=fields,
            link=link,
            pc_link=pc_link,
            pad_link=pad_link,
            card_action=card_action,
        )

        oa_card_message.additional_properties = d
        return oa_card_message

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
