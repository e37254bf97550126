# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireNumberSetting")
_FIELDS = frozenset(
    {
        "pointLimit",
        "minValue",
        "maxValue",
        "numberUnit",
    }
)


@_attrs_define
class QuestionnaireNumberSetting:
    """Limits of a fillblank question whose fillblankSubType is number.

    Attributes:
        point_limit (int | Unset): Most decimal places.
        min_value (float | Unset):
        max_value (float | Unset):
        number_unit (str | Unset): Unit shown after the number.
    """

    point_limit: int | Unset = UNSET
    min_value: float | Unset = UNSET
    max_value: float | Unset = UNSET
    number_unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.point_limit is not UNSET:
            field_dict["pointLimit"] = self.point_limit

        if self.min_value is not UNSET:
            field_dict["minValue"] = self.min_value

        if self.max_value is not UNSET:
            field_dict["maxValue"] = self.max_value

        if self.number_unit is not UNSET:
            field_dict["numberUnit"] = self.number_unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireNumberSetting is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        point_limit = _get("pointLimit", UNSET)

        min_value = _get("minValue", UNSET)

        max_value = _get("maxValue", UNSET)

        number_unit = _get("numberUnit", UNSET)

        questionnaire_number_setting = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                point_limit,
                min_value,
                max_value,
                number_unit,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_number_setting.additional_properties = _extra
        return questionnaire_number_setting

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
