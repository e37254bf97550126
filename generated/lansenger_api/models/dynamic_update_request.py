# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dynamic_msg_type import DynamicMsgType, check_dynamic_msg_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_update_data import DynamicUpdateData


T = TypeVar("T", bound="DynamicUpdateRequest")
_FIELDS = frozenset(
    {
        "msgId",
        "msgType",
        "msgData",
        "userId",
    }
)


@_cache
def _DynamicUpdateData_class() -> type[DynamicUpdateData]:
    """`DynamicUpdateData`, imported on first use (the models refer to each other in cycles)."""
    from ..models.dynamic_update_data import DynamicUpdateData  # noqa: PLC0415

    return DynamicUpdateData


@_attrs_define
class DynamicUpdateRequest:
    """
    Attributes:
        msg_id (str):
        msg_type (DynamicMsgType):
        msg_data (DynamicUpdateData):
        user_id (str | Unset): The staff id of the person who sent the card, when it was sent as a person (or
            user_token).
    """

    msg_id: str
    msg_type: DynamicMsgType
    msg_data: DynamicUpdateData
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["msgId"] = self.msg_id

        field_dict["msgType"] = self.msg_type

        field_dict["msgData"] = self.msg_data.to_dict()

        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DynamicUpdateRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        msg_id = d["msgId"]

        msg_type = check_dynamic_msg_type(d["msgType"])

        msg_data = _DynamicUpdateData_class().from_dict(d["msgData"])

        user_id = _get("userId", UNSET)

        dynamic_update_request = cls(  # by position, in the order the fields are declared above: cheaper than by name
            msg_id,
            msg_type,
            msg_data,
            user_id,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        dynamic_update_request.additional_properties = _extra
        return dynamic_update_request

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
