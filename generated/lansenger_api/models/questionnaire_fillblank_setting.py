# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_number_setting import QuestionnaireNumberSetting


T = TypeVar("T", bound="QuestionnaireFillblankSetting")
_FIELDS = frozenset(
    {
        "numberSetting",
    }
)


@_cache
def _QuestionnaireNumberSetting_class() -> type[QuestionnaireNumberSetting]:
    """`QuestionnaireNumberSetting`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_number_setting import QuestionnaireNumberSetting  # noqa: PLC0415

    return QuestionnaireNumberSetting


@_attrs_define
class QuestionnaireFillblankSetting:
    """Settings of a fillblank question.

    Attributes:
        number_setting (QuestionnaireNumberSetting | Unset): Limits of a fillblank question whose fillblankSubType is
            number.
    """

    number_setting: QuestionnaireNumberSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if type(self.number_setting) is not Unset:
            field_dict["numberSetting"] = self.number_setting.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireFillblankSetting is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        _number_setting = _get("numberSetting", UNSET)
        number_setting: QuestionnaireNumberSetting | Unset
        if isinstance(_number_setting, Unset):
            number_setting = UNSET
        else:
            number_setting = _QuestionnaireNumberSetting_class().from_dict(_number_setting)

        questionnaire_fillblank_setting = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                number_setting,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_fillblank_setting.additional_properties = _extra
        return questionnaire_fillblank_setting

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
