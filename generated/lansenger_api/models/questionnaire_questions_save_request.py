# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_question import QuestionnaireQuestion


T = TypeVar("T", bound="QuestionnaireQuestionsSaveRequest")


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
        questionnaire_code = self.questionnaire_code

        question_list = []
        for question_list_item_data in self.question_list:
            question_list_item = question_list_item_data.to_dict()
            question_list.append(question_list_item)

        create_user_id = self.create_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questionnaireCode": questionnaire_code,
                "questionList": question_list,
            }
        )
        if create_user_id is not UNSET:
            field_dict["createUserId"] = create_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.questionnaire_question import QuestionnaireQuestion  # noqa: PLC0415

        d = dict(src_dict)
        questionnaire_code = d.pop("questionnaireCode")

        question_list = []
        _question_list = d.pop("questionList")
        for question_list_item_data in _question_list:
            question_list_item = QuestionnaireQuestion.from_dict(question_list_item_data)

            question_list.append(question_list_item)

        create_user_id = d.pop("createUserId", UNSET)

        questionnaire_questions_save_request = cls(
            questionnaire_code=questionnaire_code,
            question_list=question_list,
            create_user_id=create_user_id,
        )

        questionnaire_questions_save_request.additional_properties = d
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
