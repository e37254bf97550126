# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_card_message import AppCardMessage
    from ..models.format_text_message import FormatTextMessage
    from ..models.link_card_message import LinkCardMessage
    from ..models.oa_card_message import OaCardMessage
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="MsgData")


@_attrs_define
class MsgData:
    """Exactly one key, named like msgType, holding that type's body.

    Attributes:
        text (TextMessage | Unset):
        format_text (FormatTextMessage | Unset):
        app_card (AppCardMessage | Unset):
        link_card (LinkCardMessage | Unset):
        oacard (OaCardMessage | Unset):
    """

    text: TextMessage | Unset = UNSET
    format_text: FormatTextMessage | Unset = UNSET
    app_card: AppCardMessage | Unset = UNSET
    link_card: LinkCardMessage | Unset = UNSET
    oacard: OaCardMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        format_text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_text, Unset):
            format_text = self.format_text.to_dict()

        app_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_card, Unset):
            app_card = self.app_card.to_dict()

        link_card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_card, Unset):
            link_card = self.link_card.to_dict()

        oacard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.oacard, Unset):
            oacard = self.oacard.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if format_text is not UNSET:
            field_dict["formatText"] = format_text
        if app_card is not UNSET:
            field_dict["appCard"] = app_card
        if link_card is not UNSET:
            field_dict["linkCard"] = link_card
        if oacard is not UNSET:
            field_dict["oacard"] = oacard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.app_card_message import AppCardMessage  # noqa: PLC0415
        from ..models.format_text_message import FormatTextMessage  # noqa: PLC0415
        from ..models.link_card_message import LinkCardMessage  # noqa: PLC0415
        from ..models.oa_card_message import OaCardMessage  # noqa: PLC0415
        from ..models.text_message import TextMessage  # noqa: PLC0415

        d = dict(src_dict)
        _text = d.pop("text", UNSET)
        text: TextMessage | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = TextMessage.from_dict(_text)

        _format_text = d.pop("formatText", UNSET)
        format_text: FormatTextMessage | Unset
        if isinstance(_format_text, Unset):
            format_text = UNSET
        else:
            format_text = FormatTextMessage.from_dict(_format_text)

        _app_card = d.pop("appCard", UNSET)
        app_card: AppCardMessage | Unset
        if isinstance(_app_card, Unset):
            app_card = UNSET
        else:
            app_card = AppCardMessage.from_dict(_app_card)

        _link_card = d.pop("linkCard", UNSET)
        link_card: LinkCardMessage | Unset
        if isinstance(_link_card, Unset):
            link_card = UNSET
        else:
            link_card = LinkCardMessage.from_dict(_link_card)

        _oacard = d.pop("oacard", UNSET)
        oacard: OaCardMessage | Unset
        if isinstance(_oacard, Unset):
            oacard = UNSET
        else:
            oacard = OaCardMessage.from_dict(_oacard)

        msg_data = cls(
            text=text,
            format_text=format_text,
            app_card=app_card,
            link_card=link_card,
            oacard=oacard,
        )

        msg_data.additional_properties = d
        return msg_data

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
