# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_field import CardField
    from ..models.oa_card_message_card_action import OaCardMessageCardAction


T = TypeVar("T", bound="OaCardMessage")
_FIELDS = frozenset(
    {
        "title",
        "head",
        "subTitle",
        "staffId",
        "fields",
        "link",
        "pcLink",
        "padLink",
        "cardAction",
    }
)


@_cache
def _CardField_class() -> type[CardField]:
    """`CardField`, imported on first use (the models refer to each other in cycles)."""
    from ..models.card_field import CardField  # noqa: PLC0415

    return CardField


@_cache
def _OaCardMessageCardAction_class() -> type[OaCardMessageCardAction]:
    """`OaCardMessageCardAction`, imported on first use (the models refer to each other in cycles)."""
    from ..models.oa_card_message_card_action import OaCardMessageCardAction  # noqa: PLC0415

    return OaCardMessageCardAction


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["title"] = self.title

        if self.head is not UNSET:
            field_dict["head"] = self.head

        if self.sub_title is not UNSET:
            field_dict["subTitle"] = self.sub_title

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if type(self.fields) is not Unset:
            field_dict["fields"] = [item.to_dict() for item in self.fields]

        if self.link is not UNSET:
            field_dict["link"] = self.link

        if self.pc_link is not UNSET:
            field_dict["pcLink"] = self.pc_link

        if self.pad_link is not UNSET:
            field_dict["padLink"] = self.pad_link

        if type(self.card_action) is not Unset:
            field_dict["cardAction"] = self.card_action.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"OaCardMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = d["title"]

        head = _get("head", UNSET)

        sub_title = _get("subTitle", UNSET)

        staff_id = _get("staffId", UNSET)

        _fields = _get("fields", UNSET)
        fields: list[CardField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = _CardField_class().from_dict(fields_item_data)

                fields.append(fields_item)

        link = _get("link", UNSET)

        pc_link = _get("pcLink", UNSET)

        pad_link = _get("padLink", UNSET)

        _card_action = _get("cardAction", UNSET)
        card_action: OaCardMessageCardAction | Unset
        if isinstance(_card_action, Unset):
            card_action = UNSET
        else:
            card_action = _OaCardMessageCardAction_class().from_dict(_card_action)

        oa_card_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            head,
            sub_title,
            staff_id,
            fields,
            link,
            pc_link,
            pad_link,
            card_action,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        oa_card_message.additional_properties = _extra
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
