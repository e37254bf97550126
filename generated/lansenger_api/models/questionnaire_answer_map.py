# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.questionnaire_answer_value import QuestionnaireAnswerValue


T = TypeVar("T", bound="QuestionnaireAnswerMap")


@_cache
def _QuestionnaireAnswerValue_class() -> type[QuestionnaireAnswerValue]:
    """`QuestionnaireAnswerValue`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_answer_value import QuestionnaireAnswerValue  # noqa: PLC0415

    return QuestionnaireAnswerValue


@_attrs_define
class QuestionnaireAnswerMap:
    """The answers, keyed by question code."""

    additional_properties: dict[str, QuestionnaireAnswerValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireAnswerMap is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        questionnaire_answer_map = cls(  # by position, in the order the fields are declared above: cheaper than by name
        )

        _extra = dict(d)

        additional_properties = {}
        for prop_name, prop_dict in _extra.items():
            additional_property = _QuestionnaireAnswerValue_class().from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        questionnaire_answer_map.additional_properties = additional_properties
        return questionnaire_answer_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> QuestionnaireAnswerValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: QuestionnaireAnswerValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
