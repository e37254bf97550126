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
    from ..models.card_link import CardLink
    from ..models.head_status_info import HeadStatusInfo


T = TypeVar("T", bound="AppCardMessage")
_FIELDS = frozenset(
    {
        "bodyTitle",
        "headTitle",
        "headIconUrl",
        "isDynamic",
        "headStatusInfo",
        "bodySubTitle",
        "bodyContent",
        "signature",
        "staffId",
        "fields",
        "links",
        "cardLink",
        "pcCardLink",
        "padCardLink",
    }
)


@_cache
def _CardField_class() -> type[CardField]:
    """`CardField`, imported on first use (the models refer to each other in cycles)."""
    from ..models.card_field import CardField  # noqa: PLC0415

    return CardField


@_cache
def _CardLink_class() -> type[CardLink]:
    """`CardLink`, imported on first use (the models refer to each other in cycles)."""
    from ..models.card_link import CardLink  # noqa: PLC0415

    return CardLink


@_cache
def _HeadStatusInfo_class() -> type[HeadStatusInfo]:
    """`HeadStatusInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.head_status_info import HeadStatusInfo  # noqa: PLC0415

    return HeadStatusInfo


@_attrs_define
class AppCardMessage:
    """
    Attributes:
        body_title (str): At most 600 bytes; div-style HTML allowed.
        head_title (str | Unset):
        head_icon_url (str | Unset):
        is_dynamic (bool | Unset): Whether the card can be updated in place later.
        head_status_info (HeadStatusInfo | Unset): A dynamic card's status line; the platform documents no length limit
            for it.
        body_sub_title (str | Unset): At most 1200 bytes.
        body_content (str | Unset): At most 3000 bytes.
        signature (str | Unset):
        staff_id (str | Unset):
        fields (list[CardField] | Unset):
        links (list[CardLink] | Unset):
        card_link (str | Unset):
        pc_card_link (str | Unset):
        pad_card_link (str | Unset):
    """

    body_title: str
    head_title: str | Unset = UNSET
    head_icon_url: str | Unset = UNSET
    is_dynamic: bool | Unset = UNSET
    head_status_info: HeadStatusInfo | Unset = UNSET
    body_sub_title: str | Unset = UNSET
    body_content: str | Unset = UNSET
    signature: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    fields: list[CardField] | Unset = UNSET
    links: list[CardLink] | Unset = UNSET
    card_link: str | Unset = UNSET
    pc_card_link: str | Unset = UNSET
    pad_card_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["bodyTitle"] = self.body_title

        if self.head_title is not UNSET:
            field_dict["headTitle"] = self.head_title

        if self.head_icon_url is not UNSET:
            field_dict["headIconUrl"] = self.head_icon_url

        if self.is_dynamic is not UNSET:
            field_dict["isDynamic"] = self.is_dynamic

        if type(self.head_status_info) is not Unset:
            field_dict["headStatusInfo"] = self.head_status_info.to_dict()

        if self.body_sub_title is not UNSET:
            field_dict["bodySubTitle"] = self.body_sub_title

        if self.body_content is not UNSET:
            field_dict["bodyContent"] = self.body_content

        if self.signature is not UNSET:
            field_dict["signature"] = self.signature

        if self.staff_id is not UNSET:
            field_dict["staffId"] = self.staff_id

        if type(self.fields) is not Unset:
            field_dict["fields"] = [item.to_dict() for item in self.fields]

        if type(self.links) is not Unset:
            field_dict["links"] = [item.to_dict() for item in self.links]

        if self.card_link is not UNSET:
            field_dict["cardLink"] = self.card_link

        if self.pc_card_link is not UNSET:
            field_dict["pcCardLink"] = self.pc_card_link

        if self.pad_card_link is not UNSET:
            field_dict["padCardLink"] = self.pad_card_link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AppCardMessage is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        body_title = d["bodyTitle"]

        head_title = _get("headTitle", UNSET)

        head_icon_url = _get("headIconUrl", UNSET)

        is_dynamic = _get("isDynamic", UNSET)

        _head_status_info = _get("headStatusInfo", UNSET)
        head_status_info: HeadStatusInfo | Unset
        if isinstance(_head_status_info, Unset):
            head_status_info = UNSET
        else:
            head_status_info = _HeadStatusInfo_class().from_dict(_head_status_info)

        body_sub_title = _get("bodySubTitle", UNSET)

        body_content = _get("bodyContent", UNSET)

        signature = _get("signature", UNSET)

        staff_id = _get("staffId", UNSET)

        _fields = _get("fields", UNSET)
        fields: list[CardField] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = _CardField_class().from_dict(fields_item_data)

                fields.append(fields_item)

        _links = _get("links", UNSET)
        links: list[CardLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = _CardLink_class().from_dict(links_item_data)

                links.append(links_item)

        card_link = _get("cardLink", UNSET)

        pc_card_link = _get("pcCardLink", UNSET)

        pad_card_link = _get("padCardLink", UNSET)

        app_card_message = cls(  # by position, in the order the fields are declared above: cheaper than by name
            body_title,
            head_title,
            head_icon_url,
            is_dynamic,
            head_status_info,
            body_sub_title,
            body_content,
            signature,
            staff_id,
            fields,
            links,
            card_link,
            pc_card_link,
            pad_card_link,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        app_card_message.additional_properties = _extra
        return app_card_message

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
