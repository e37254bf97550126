# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QingjiaApplyForm")
_FIELDS = frozenset(
    {
        "startTime",
        "endTime",
        "typeCode",
    }
)


@_attrs_define
class QingjiaApplyForm:
    """The application form (applyVO). Its schema is undocumented and the platform's SDK passes it through: it must not be
    empty. startTime is the key of the SDK's example; endTime and typeCode follow the naming of the neighbouring
    operations and are unconfirmed. Any other key is passed through.

        Attributes:
            start_time (int | Unset): Start of the leave, epoch milliseconds (unit undocumented; the sandbox assumes ms).
            end_time (int | Unset): End of the leave, epoch milliseconds (unconfirmed key).
            type_code (str | Unset): The leave type (from list_leave_types; unconfirmed key).
    """

    start_time: int | Unset = UNSET
    end_time: int | Unset = UNSET
    type_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.start_time is not UNSET:
            field_dict["startTime"] = self.start_time

        if self.end_time is not UNSET:
            field_dict["endTime"] = self.end_time

        if self.type_code is not UNSET:
            field_dict["typeCode"] = self.type_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QingjiaApplyForm is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        start_time = _get("startTime", UNSET)

        end_time = _get("endTime", UNSET)

        type_code = _get("typeCode", UNSET)

        qingjia_apply_form = cls(  # by position, in the order the fields are declared above: cheaper than by name
            start_time,
            end_time,
            type_code,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        qingjia_apply_form.additional_properties = _extra
        return qingjia_apply_form

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
