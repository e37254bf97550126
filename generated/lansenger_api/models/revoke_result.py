# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.revoke_status import RevokeStatus


T = TypeVar("T", bound="RevokeResult")
_FIELDS = frozenset(
    {
        "subStatus",
    }
)


@_cache
def _RevokeStatus_class() -> type[RevokeStatus]:
    """`RevokeStatus`, imported on first use (the models refer to each other in cycles)."""
    from ..models.revoke_status import RevokeStatus  # noqa: PLC0415

    return RevokeStatus


@_attrs_define
class RevokeResult:
    """
    Attributes:
        sub_status (list[RevokeStatus] | Unset): One entry per id of the request's messageIds, in the same order.
    """

    sub_status: list[RevokeStatus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.sub_status) is not Unset:
            field_dict["subStatus"] = [item.to_dict() for item in self.sub_status]

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"RevokeResult is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _sub_status = _get("subStatus", UNSET)
        sub_status: list[RevokeStatus] | Unset = UNSET
        if _sub_status is not UNSET:
            sub_status = []
            for sub_status_item_data in _sub_status:
                sub_status_item = _RevokeStatus_class().from_dict(sub_status_item_data)

                sub_status.append(sub_status_item)

        revoke_result = cls(  # by position, in the order the fields are declared above: cheaper than by name
            sub_status,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        revoke_result.additional_properties = _extra
        return revoke_result

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
