# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_question import QuestionnaireQuestion


T = TypeVar("T", bound="QuestionnaireQuestionsSaveRequest")
_FIELDS = frozenset(
    {
        "questionnaireCode",
        "questionList",
        "createUserId",
    }
)


@_cache
def _QuestionnaireQuestion_class() -> type[QuestionnaireQuestion]:
    """`QuestionnaireQuestion`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_question import QuestionnaireQuestion  # noqa: PLC0415

    return QuestionnaireQuestion


@_attrs_define
class QuestionnaireQuestionsSaveRequest:
    """
    Attributes:
        questionnaire_code (str):
        question_list (list[QuestionnaireQuestion]):
        create_user_id (str | Unset): The editing staff member; may be left out with a user_token.
    """

    questionnaire_code: str
    question_list: list[QuestionnaireQuestion]
    create_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["questionnaireCode"] = self.questionnaire_code

        field_dict["questionList"] = [item.to_dict() for item in self.question_list]

        if self.create_user_id is not UNSET:
            field_dict["createUserId"] = self.create_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"QuestionnaireQuestionsSaveRequest is built from a JSON object, not {type(src_dict).__name__}"
            )
        d = src_dict
        _get = d.get
        questionnaire_code = d["questionnaireCode"]

        question_list = []
        _question_list = d["questionList"]
        for question_list_item_data in _question_list:
            question_list_item = _QuestionnaireQuestion_class().from_dict(question_list_item_data)

            question_list.append(question_list_item)

        create_user_id = _get("createUserId", UNSET)

        questionnaire_questions_save_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                questionnaire_code,
                question_list,
                create_user_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_questions_save_request.additional_properties = _extra
        return questionnaire_questions_save_request

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
