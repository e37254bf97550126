# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authorization_type import AuthorizationType, check_authorization_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_article import AppArticle
    from ..models.app_card_message import AppCardMessage
    from ..models.approve_card_message import ApproveCardMessage
    from ..models.format_text_message import FormatTextMessage
    from ..models.i18n_app_card_message import I18nAppCardMessage
    from ..models.link_card_message import LinkCardMessage
    from ..models.message_common import MessageCommon
    from ..models.oa_card_message import OaCardMessage
    from ..models.text_message import TextMessage
    from ..models.verify_card_message import VerifyCardMessage


T = TypeVar("T", bound="MsgData")
_FIELDS = frozenset(
    {
        "text",
        "formatText",
        "oacard",
        "appCard",
        "linkCard",
        "appArticles",
        "verifyCard",
        "i18nAppCard",
        "approveCard",
        "authorizationType",
        "common",
    }
)


@_cache
def _AppArticle_class() -> type[AppArticle]:
    """`AppArticle`, imported on first use (the models refer to each other in cycles)."""
    from ..models.app_article import AppArticle  # noqa: PLC0415

    return AppArticle


@_cache
def _AppCardMessage_class() -> type[AppCardMessage]:
    """`AppCardMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.app_card_message import AppCardMessage  # noqa: PLC0415

    return AppCardMessage


@_cache
def _ApproveCardMessage_class() -> type[ApproveCardMessage]:
    """`ApproveCardMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_card_message import ApproveCardMessage  # noqa: PLC0415

    return ApproveCardMessage


@_cache
def _FormatTextMessage_class() -> type[FormatTextMessage]:
    """`FormatTextMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.format_text_message import FormatTextMessage  # noqa: PLC0415

    return FormatTextMessage


@_cache
def _I18nAppCardMessage_class() -> type[I18nAppCardMessage]:
    """`I18nAppCardMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.i18n_app_card_message import I18nAppCardMessage  # noqa: PLC0415

    return I18nAppCardMessage


@_cache
def _LinkCardMessage_class() -> type[LinkCardMessage]:
    """`LinkCardMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.link_card_message import LinkCardMessage  # noqa: PLC0415

    return LinkCardMessage


@_cache
def _MessageCommon_class() -> type[MessageCommon]:
    """`MessageCommon`, imported on first use (the models refer to each other in cycles)."""
    from ..models.message_common import MessageCommon  # noqa: PLC0415

    return MessageCommon


@_cache
def _OaCardMessage_class() -> type[OaCardMessage]:
    """`OaCardMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.oa_card_message import OaCardMessage  # noqa: PLC0415

    return OaCardMessage


@_cache
def _TextMessage_class() -> type[TextMessage]:
    """`TextMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.text_message import TextMessage  # noqa: PLC0415

    return TextMessage


@_cache
def _VerifyCardMessage_class() -> type[VerifyCardMessage]:
    """`VerifyCardMessage`, imported on first use (the models refer to each other in cycles)."""
    from ..models.verify_card_message import VerifyCardMessage  # noqa: PLC0415

    return VerifyCardMessage


@_attrs_define
class MsgData:
    """Exactly one key, named like msgType, holding that type's body; the user-impersonation channel also takes `common`.
    Keys the spec does not know are passed through.

        Attributes:
            text (TextMessage | Unset):
            format_text (FormatTextMessage | Unset):
            oacard (OaCardMessage | Unset):
            app_card (AppCardMessage | Unset):
            link_card (LinkCardMessage | Unset):
            app_articles (list[AppArticle] | Unset): The articles themselves, not wrapped in an object (what the platform's
                SDK sends).
            verify_card (VerifyCardMessage | Unset): A verification card with buttons. The platform documents only what
                incoming cards carry (title, appName, body.content.text); other fields are passed through.
            i18n_app_card (I18nAppCardMessage | Unset): A multilingual appCard; it cannot be updated in place and has no
                head status.
            approve_card (ApproveCardMessage | Unset):
            authorization_type (AuthorizationType | Unset): What an authorizationReq message asks the person to grant. 1 is
                their location; once granted, the bot receives report_location events (personal bots on the WebSocket, org bots
                on the callback URL after subscribing to the location-report event).
            common (MessageCommon | Unset): Delivery options of the user-impersonation channel; keys beyond notifyType are
                passed through.
    """

    text: TextMessage | Unset = UNSET
    format_text: FormatTextMessage | Unset = UNSET
    oacard: OaCardMessage | Unset = UNSET
    app_card: AppCardMessage | Unset = UNSET
    link_card: LinkCardMessage | Unset = UNSET
    app_articles: list[AppArticle] | Unset = UNSET
    verify_card: VerifyCardMessage | Unset = UNSET
    i18n_app_card: I18nAppCardMessage | Unset = UNSET
    approve_card: ApproveCardMessage | Unset = UNSET
    authorization_type: AuthorizationType | Unset = UNSET
    common: MessageCommon | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.text) is not Unset:
            field_dict["text"] = self.text.to_dict()

        if type(self.format_text) is not Unset:
            field_dict["formatText"] = self.format_text.to_dict()

        if type(self.oacard) is not Unset:
            field_dict["oacard"] = self.oacard.to_dict()

        if type(self.app_card) is not Unset:
            field_dict["appCard"] = self.app_card.to_dict()

        if type(self.link_card) is not Unset:
            field_dict["linkCard"] = self.link_card.to_dict()

        if type(self.app_articles) is not Unset:
            field_dict["appArticles"] = [item.to_dict() for item in self.app_articles]

        if type(self.verify_card) is not Unset:
            field_dict["verifyCard"] = self.verify_card.to_dict()

        if type(self.i18n_app_card) is not Unset:
            field_dict["i18nAppCard"] = self.i18n_app_card.to_dict()

        if type(self.approve_card) is not Unset:
            field_dict["approveCard"] = self.approve_card.to_dict()

        if self.authorization_type is not UNSET:
            field_dict["authorizationType"] = self.authorization_type

        if type(self.common) is not Unset:
            field_dict["common"] = self.common.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"MsgData is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _text = _get("text", UNSET)
        text: TextMessage | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = _TextMessage_class().from_dict(_text)

        _format_text = _get("formatText", UNSET)
        format_text: FormatTextMessage | Unset
        if isinstance(_format_text, Unset):
            format_text = UNSET
        else:
            format_text = _FormatTextMessage_class().from_dict(_format_text)

        _oacard = _get("oacard", UNSET)
        oacard: OaCardMessage | Unset
        if isinstance(_oacard, Unset):
            oacard = UNSET
        else:
            oacard = _OaCardMessage_class().from_dict(_oacard)

        _app_card = _get("appCard", UNSET)
        app_card: AppCardMessage | Unset
        if isinstance(_app_card, Unset):
            app_card = UNSET
        else:
            app_card = _AppCardMessage_class().from_dict(_app_card)

        _link_card = _get("linkCard", UNSET)
        link_card: LinkCardMessage | Unset
        if isinstance(_link_card, Unset):
            link_card = UNSET
        else:
            link_card = _LinkCardMessage_class().from_dict(_link_card)

        _app_articles = _get("appArticles", UNSET)
        app_articles: list[AppArticle] | Unset = UNSET
        if _app_articles is not UNSET:
            app_articles = []
            for app_articles_item_data in _app_articles:
                app_articles_item = _AppArticle_class().from_dict(app_articles_item_data)

                app_articles.append(app_articles_item)

        _verify_card = _get("verifyCard", UNSET)
        verify_card: VerifyCardMessage | Unset
        if isinstance(_verify_card, Unset):
            verify_card = UNSET
        else:
            verify_card = _VerifyCardMessage_class().from_dict(_verify_card)

        _i18n_app_card = _get("i18nAppCard", UNSET)
        i18n_app_card: I18nAppCardMessage | Unset
        if isinstance(_i18n_app_card, Unset):
            i18n_app_card = UNSET
        else:
            i18n_app_card = _I18nAppCardMessage_class().from_dict(_i18n_app_card)

        _approve_card = _get("approveCard", UNSET)
        approve_card: ApproveCardMessage | Unset
        if isinstance(_approve_card, Unset):
            approve_card = UNSET
        else:
            approve_card = _ApproveCardMessage_class().from_dict(_approve_card)

        _authorization_type = _get("authorizationType", UNSET)
        authorization_type: AuthorizationType | Unset
        if isinstance(_authorization_type, Unset):
            authorization_type = UNSET
        else:
            authorization_type = check_authorization_type(_authorization_type)

        _common = _get("common", UNSET)
        common: MessageCommon | Unset
        if isinstance(_common, Unset):
            common = UNSET
        else:
            common = _MessageCommon_class().from_dict(_common)

        msg_data = cls(  # by position, in the order the fields are declared above: cheaper than by name
            text,
            format_text,
            oacard,
            app_card,
            link_card,
            app_articles,
            verify_card,
            i18n_app_card,
            approve_card,
            authorization_type,
            common,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        msg_data.additional_properties = _extra
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
