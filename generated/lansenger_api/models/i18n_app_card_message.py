# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.i18n_card_field import I18nCardField
    from ..models.i18n_card_link import I18nCardLink
    from ..models.i18n_text import I18nText


T = TypeVar("T", bound="I18nAppCardMessage")
_FIELDS = frozenset(
    {
        "i18nHeadTitle",
        "headIconId",
        "i18nBodyTitle",
        "i18nBodySubTitle",
        "i18nBodyContent",
        "i18nSignature",
        "i18nFields",
        "i18nLinks",
        "cardLink",
        "pcCardLink",
    }
)


@_cache
def _I18nCardField_class() -> type[I18nCardField]:
    """`I18nCardField`, imported on first use (the models refer to each other in cycles)."""
    from ..models.i18n_card_field import I18nCardField  # noqa: PLC0415

    return I18nCardField


@_cache
def _I18nCardLink_class() -> type[I18nCardLink]:
    """`I18nCardLink`, imported on first use (the models refer to each other in cycles)."""
    from ..models.i18n_card_link import I18nCardLink  # noqa: PLC0415

    return I18nCardLink


@_cache
def _I18nText_class() -> type[I18nText]:
    """`I18nText`, imported on first use (the models refer to each other in cycles)."""
    from ..models.i18n_text import I18nText  # noqa: PLC0415

    return I18nText


@_attrs_define
class I18nAppCardMessage:
    """A multilingual appCard; it cannot be updated in place and has no head status.

    Attributes:
        i18n_head_title (I18nText): One text in the platform's five languages.
        head_icon_id (str | Unset):
        i18n_body_title (I18nText | Unset): One text in the platform's five languages.
        i18n_body_sub_title (I18nText | Unset): One text in the platform's five languages.
        i18n_body_content (I18nText | Unset): One text in the platform's five languages.
        i18n_signature (I18nText | Unset): One text in the platform's five languages.
        i18n_fields (list[I18nCardField] | Unset):
        i18n_links (list[I18nCardLink] | Unset): Links; the platform documents no fields for them.
        card_link (str | Unset):
        pc_card_link (str | Unset):
    """

    i18n_head_title: I18nText
    head_icon_id: str | Unset = UNSET
    i18n_body_title: I18nText | Unset = UNSET
    i18n_body_sub_title: I18nText | Unset = UNSET
    i18n_body_content: I18nText | Unset = UNSET
    i18n_signature: I18nText | Unset = UNSET
    i18n_fields: list[I18nCardField] | Unset = UNSET
    i18n_links: list[I18nCardLink] | Unset = UNSET
    card_link: str | Unset = UNSET
    pc_card_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["i18nHeadTitle"] = self.i18n_head_title.to_dict()

        if self.head_icon_id is not UNSET:
            field_dict["headIconId"] = self.head_icon_id

        if type(self.i18n_body_title) is not Unset:
            field_dict["i18nBodyTitle"] = self.i18n_body_title.to_dict()

        if type(self.i18n_body_sub_title) is not Unset:
            field_dict["i18nBodySubTitle"] = self.i18n_body_sub_title.to_dict()

        if type(self.i18n_body_content) is not Unset:
            field_dict["i18nBodyContent"] = self.i18n_body_content.to_dict()

        if type(self.i18n_signature) is not Unset:
            field_dict["i18nSignature"] = self.i18n_signature.to_dict()

        if type(self.i18n_fields) is not Unset:
            field_dict["i18nFields"] = [item.to_dict() for item in self.i18n_fields]

        if type(self.i18n_links) is not Unset:
            field_dict["i18nLinks"] = [item.to_dict() for item in self.i18n_links]

        if self.card_link is not UNSET:
            field_dict["cardLink"] = self.card_link

        if self.pc_card_link is not UNSET:
            field_dict["pcCardLink"] = self.pc_card_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"I18nAppCardMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        i18n_head_title = _I18nText_class().from_dict(d["i18nHeadTitle"])

        head_icon_id = _get("headIconId", UNSET)

        _i18n_body_title = _get("i18nBodyTitle", UNSET)
        i18n_body_title: I18nText | Unset
        if isinstance(_i18n_body_title, Unset):
            i18n_body_title = UNSET
        else:
            i18n_body_title = _I18nText_class().from_dict(_i18n_body_title)

        _i18n_body_sub_title = _get("i18nBodySubTitle", UNSET)
        i18n_body_sub_title: I18nText | Unset
        if isinstance(_i18n_body_sub_title, Unset):
            i18n_body_sub_title = UNSET
        else:
            i18n_body_sub_title = _I18nText_class().from_dict(_i18n_body_sub_title)

        _i18n_body_content = _get("i18nBodyContent", UNSET)
        i18n_body_content: I18nText | Unset
        if isinstance(_i18n_body_content, Unset):
            i18n_body_content = UNSET
        else:
            i18n_body_content = _I18nText_class().from_dict(_i18n_body_content)

        _i18n_signature = _get("i18nSignature", UNSET)
        i18n_signature: I18nText | Unset
        if isinstance(_i18n_signature, Unset):
            i18n_signature = UNSET
        else:
            i18n_signature = _I18nText_class().from_dict(_i18n_signature)

        _i18n_fields = _get("i18nFields", UNSET)
        i18n_fields: list[I18nCardField] | Unset = UNSET
        if _i18n_fields is not UNSET:
            i18n_fields = []
            for i18n_fields_item_data in _i18n_fields:
                i18n_fields_item = _I18nCardField_class().from_dict(i18n_fields_item_data)

                i18n_fields.append(i18n_fields_item)

        _i18n_links = _get("i18nLinks", UNSET)
        i18n_links: list[I18nCardLink] | Unset = UNSET
        if _i18n_links is not UNSET:
            i18n_links = []
            for i18n_links_item_data in _i18n_links:
                i18n_links_item = _I18nCardLink_class().from_dict(i18n_links_item_data)

                i18n_links.append(i18n_links_item)

        card_link = _get("cardLink", UNSET)

        pc_card_link = _get("pcCardLink", UNSET)

        i18n_app_card_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            i18n_head_title,
            head_icon_id,
            i18n_body_title,
            i18n_body_sub_title,
            i18n_body_content,
            i18n_signature,
            i18n_fields,
            i18n_links,
            card_link,
            pc_card_link,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        i18n_app_card_message.additional_properties = _extra
        return i18n_app_card_message

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
