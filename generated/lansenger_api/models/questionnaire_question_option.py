# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireQuestionOption")
_FIELDS = frozenset(
    {
        "optionName",
        "optionOrder",
        "optionResourceId",
        "minScore",
        "maxScore",
        "notUseFlag",
        "noteFlag",
        "noteRequiredFlag",
        "noteContent",
    }
)


@_attrs_define
class QuestionnaireQuestionOption:
    """One choice of a question; fields not listed here are sent as they are (additional_properties).

    Attributes:
        option_name (str): The choice's text.
        option_order (int | Unset): Position of the choice.
        option_resource_id (str | Unset): Picture of a picturesVote choice.
        min_score (int | Unset): multiScore only. Lowest score.
        max_score (int | Unset): multiScore only. Highest score.
        not_use_flag (int | Unset): 1 offers "not applicable" (不适用), 0 not (the default).
        note_flag (int | Unset): 1 asks for a note with this choice.
        note_required_flag (int | Unset): 1 makes that note required.
        note_content (str | Unset): Prompt of the note.
    """

    option_name: str
    option_order: int | Unset = UNSET
    option_resource_id: str | Unset = UNSET
    min_score: int | Unset = UNSET
    max_score: int | Unset = UNSET
    not_use_flag: int | Unset = UNSET
    note_flag: int | Unset = UNSET
    note_required_flag: int | Unset = UNSET
    note_content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["optionName"] = self.option_name

        if self.option_order is not UNSET:
            field_dict["optionOrder"] = self.option_order

        if self.option_resource_id is not UNSET:
            field_dict["optionResourceId"] = self.option_resource_id

        if self.min_score is not UNSET:
            field_dict["minScore"] = self.min_score

        if self.max_score is not UNSET:
            field_dict["maxScore"] = self.max_score

        if self.not_use_flag is not UNSET:
            field_dict["notUseFlag"] = self.not_use_flag

        if self.note_flag is not UNSET:
            field_dict["noteFlag"] = self.note_flag

        if self.note_required_flag is not UNSET:
            field_dict["noteRequiredFlag"] = self.note_required_flag

        if self.note_content is not UNSET:
            field_dict["noteContent"] = self.note_content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireQuestionOption is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        option_name = d["optionName"]

        option_order = _get("optionOrder", UNSET)

        option_resource_id = _get("optionResourceId", UNSET)

        min_score = _get("minScore", UNSET)

        max_score = _get("maxScore", UNSET)

        not_use_flag = _get("notUseFlag", UNSET)

        note_flag = _get("noteFlag", UNSET)

        note_required_flag = _get("noteRequiredFlag", UNSET)

        note_content = _get("noteContent", UNSET)

        questionnaire_question_option = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                option_name,
                option_order,
                option_resource_id,
                min_score,
                max_score,
                not_use_flag,
                note_flag,
                note_required_flag,
                note_content,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_question_option.additional_properties = _extra
        return questionnaire_question_option

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
