# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approve_head_status import ApproveHeadStatus


T = TypeVar("T", bound="ApproveCardHead")


@_attrs_define
class ApproveCardHead:
    """
    Attributes:
        title (str | Unset):
        icon_link (str | Unset):
        icon_id (str | Unset):
        head_status (ApproveHeadStatus | Unset):
    """

    title: str | Unset = UNSET
    icon_link: str | Unset = UNSET
    icon_id: str | Unset = UNSET
    head_status: ApproveHeadStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        icon_link = self.icon_link

        icon_id = self.icon_id

        head_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.head_status, Unset):
            head_status = self.head_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if icon_link is not UNSET:
            field_dict["iconLink"] = icon_link
        if icon_id is not UNSET:
            field_dict["iconId"] = icon_id
        if head_status is not UNSET:
            field_dict["headStatus"] = head_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.approve_head_status import ApproveHeadStatus  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        icon_link = d.pop("iconLink", UNSET)

        icon_id = d.pop("iconId", UNSET)

        _head_status = d.pop("headStatus", UNSET)
        head_status: ApproveHeadStatus | Unset
        if isinstance(_head_status, Unset):
            head_status = UNSET
        else:
            head_status = ApproveHeadStatus.from_dict(_head_status)

        approve_card_head = cls(
            title=title,
            icon_link=icon_link,
            icon_id=icon_id,
            head_status=head_status,
        )

        approve_card_head.additional_properties = d
        return approve_card_head

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
