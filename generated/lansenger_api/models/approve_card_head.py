# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approve_head_status import ApproveHeadStatus


T = TypeVar("T", bound="ApproveCardHead")
_FIELDS = frozenset(
    {
        "title",
        "iconLink",
        "iconId",
        "headStatus",
    }
)


@_cache
def _ApproveHeadStatus_class() -> type[ApproveHeadStatus]:
    """`ApproveHeadStatus`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_head_status import ApproveHeadStatus  # noqa: PLC0415

    return ApproveHeadStatus


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
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.icon_link is not UNSET:
            field_dict["iconLink"] = self.icon_link

        if self.icon_id is not UNSET:
            field_dict["iconId"] = self.icon_id

        if type(self.head_status) is not Unset:
            field_dict["headStatus"] = self.head_status.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApproveCardHead is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = _get("title", UNSET)

        icon_link = _get("iconLink", UNSET)

        icon_id = _get("iconId", UNSET)

        _head_status = _get("headStatus", UNSET)
        head_status: ApproveHeadStatus | Unset
        if isinstance(_head_status, Unset):
            head_status = UNSET
        else:
            head_status = _ApproveHeadStatus_class().from_dict(_head_status)

        approve_card_head = cls(  # by position, in the order the fields are declared above: cheaper than by name
            title,
            icon_link,
            icon_id,
            head_status,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        approve_card_head.additional_properties = _extra
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
