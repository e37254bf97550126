# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.approve_card_button import ApproveCardButton
    from ..models.approve_head_status import ApproveHeadStatus


T = TypeVar("T", bound="ApproveCardUpdate")
_FIELDS = frozenset(
    {
        "headStatus",
        "buttons",
    }
)


@_cache
def _ApproveCardButton_class() -> type[ApproveCardButton]:
    """`ApproveCardButton`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_card_button import ApproveCardButton  # noqa: PLC0415

    return ApproveCardButton


@_cache
def _ApproveHeadStatus_class() -> type[ApproveHeadStatus]:
    """`ApproveHeadStatus`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_head_status import ApproveHeadStatus  # noqa: PLC0415

    return ApproveHeadStatus


@_attrs_define
class ApproveCardUpdate:
    """
    Attributes:
        head_status (ApproveHeadStatus | Unset):
        buttons (list[ApproveCardButton] | Unset):
    """

    head_status: ApproveHeadStatus | Unset = UNSET
    buttons: list[ApproveCardButton] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.head_status) is not Unset:
            field_dict["headStatus"] = self.head_status.to_dict()

        if type(self.buttons) is not Unset:
            field_dict["buttons"] = [item.to_dict() for item in self.buttons]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"ApproveCardUpdate is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _head_status = _get("headStatus", UNSET)
        head_status: ApproveHeadStatus | Unset
        if isinstance(_head_status, Unset):
            head_status = UNSET
        else:
            head_status = _ApproveHeadStatus_class().from_dict(_head_status)

        _buttons = _get("buttons", UNSET)
        buttons: list[ApproveCardButton] | Unset = UNSET
        if _buttons is not UNSET:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = _ApproveCardButton_class().from_dict(buttons_item_data)

                buttons.append(buttons_item)

        approve_card_update = cls(  # by position, in the order the fields are declared above: cheaper than by name
            head_status,
            buttons,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        approve_card_update.additional_properties = _extra
        return approve_card_update

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
