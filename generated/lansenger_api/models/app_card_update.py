# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_link import CardLink
    from ..models.head_status_info import HeadStatusInfo


T = TypeVar("T", bound="AppCardUpdate")
_FIELDS = frozenset(
    {
        "isLastUpdate",
        "headStatusInfo",
        "links",
    }
)


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
class AppCardUpdate:
    """
    Attributes:
        is_last_update (bool): true makes this the final state; the card is static afterwards.
        head_status_info (HeadStatusInfo | Unset): A dynamic card's status line; the platform documents no length limit
            for it.
        links (list[CardLink] | Unset):
    """

    is_last_update: bool
    head_status_info: HeadStatusInfo | Unset = UNSET
    links: list[CardLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["isLastUpdate"] = self.is_last_update

        if type(self.head_status_info) is not Unset:
            field_dict["headStatusInfo"] = self.head_status_info.to_dict()

        if type(self.links) is not Unset:
            field_dict["links"] = [item.to_dict() for item in self.links]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"AppCardUpdate is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        is_last_update = d["isLastUpdate"]

        _head_status_info = _get("headStatusInfo", UNSET)
        head_status_info: HeadStatusInfo | Unset
        if isinstance(_head_status_info, Unset):
            head_status_info = UNSET
        else:
            head_status_info = _HeadStatusInfo_class().from_dict(_head_status_info)

        _links = _get("links", UNSET)
        links: list[CardLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = _CardLink_class().from_dict(links_item_data)

                links.append(links_item)

        app_card_update = cls(  # by position, in the order the fields are declared above: cheaper than by name
            is_last_update,
            head_status_info,
            links,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        app_card_update.additional_properties = _extra
        return app_card_update

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
