# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_link import CardLink
    from ..models.head_status_info import HeadStatusInfo


T = TypeVar("T", bound="AppCardUpdate")


@_attrs_define
class AppCardUpdate:
    """
    Attributes:
        is_last_update (bool): true makes this the final state; the card is static afterwards.
        head_status_info (HeadStatusInfo | Unset):
        links (list[CardLink] | Unset):
    """

    is_last_update: bool
    head_status_info: HeadStatusInfo | Unset = UNSET
    links: list[CardLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_last_update = self.is_last_update

        head_status_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.head_status_info, Unset):
            head_status_info = self.head_status_info.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isLastUpdate": is_last_update,
            }
        )
        if head_status_info is not UNSET:
            field_dict["headStatusInfo"] = head_status_info
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_link import CardLink  # noqa: PLC0415
        from ..models.head_status_info import HeadStatusInfo  # noqa: PLC0415

        d = dict(src_dict)
        is_last_update = d.pop("isLastUpdate")

        _head_status_info = d.pop("headStatusInfo", UNSET)
        head_status_info: HeadStatusInfo | Unset
        if isinstance(_head_status_info, Unset):
            head_status_info = UNSET
        else:
            head_status_info = HeadStatusInfo.from_dict(_head_status_info)

        _links = d.pop("links", UNSET)
        links: list[CardLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = CardLink.from_dict(links_item_data)

                links.append(links_item)

        app_card_update = cls(
            is_last_update=is_last_update,
            head_status_info=head_status_info,
            links=links,
        )

        app_card_update.additional_properties = d
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
