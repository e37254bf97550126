# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_card_update import AppCardUpdate
    from ..models.approve_card_update import ApproveCardUpdate


T = TypeVar("T", bound="DynamicUpdateData")
_FIELDS = frozenset(
    {
        "appCardUpdateMsg",
        "approveCardUpdateMsg",
    }
)


@_cache
def _AppCardUpdate_class() -> type[AppCardUpdate]:
    """`AppCardUpdate`, imported on first use (the models refer to each other in cycles)."""
    from ..models.app_card_update import AppCardUpdate  # noqa: PLC0415

    return AppCardUpdate


@_cache
def _ApproveCardUpdate_class() -> type[ApproveCardUpdate]:
    """`ApproveCardUpdate`, imported on first use (the models refer to each other in cycles)."""
    from ..models.approve_card_update import ApproveCardUpdate  # noqa: PLC0415

    return ApproveCardUpdate


@_attrs_define
class DynamicUpdateData:
    """
    Attributes:
        app_card_update_msg (AppCardUpdate | Unset):
        approve_card_update_msg (ApproveCardUpdate | Unset):
    """

    app_card_update_msg: AppCardUpdate | Unset = UNSET
    approve_card_update_msg: ApproveCardUpdate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.app_card_update_msg) is not Unset:
            field_dict["appCardUpdateMsg"] = self.app_card_update_msg.to_dict()

        if type(self.approve_card_update_msg) is not Unset:
            field_dict["approveCardUpdateMsg"] = self.approve_card_update_msg.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DynamicUpdateData is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _app_card_update_msg = _get("appCardUpdateMsg", UNSET)
        app_card_update_msg: AppCardUpdate | Unset
        if isinstance(_app_card_update_msg, Unset):
            app_card_update_msg = UNSET
        else:
            app_card_update_msg = _AppCardUpdate_class().from_dict(_app_card_update_msg)

        _approve_card_update_msg = _get("approveCardUpdateMsg", UNSET)
        approve_card_update_msg: ApproveCardUpdate | Unset
        if isinstance(_approve_card_update_msg, Unset):
            approve_card_update_msg = UNSET
        else:
            approve_card_update_msg = _ApproveCardUpdate_class().from_dict(_approve_card_update_msg)

        dynamic_update_data = cls(  # by position, in the order the fields are declared above: cheaper than by name
            app_card_update_msg,
            approve_card_update_msg,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        dynamic_update_data.additional_properties = _extra
        return dynamic_update_data

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
