# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_answer_map import QuestionnaireAnswerMap


T = TypeVar("T", bound="QuestionnaireAnswerData")
_FIELDS = frozenset(
    {
        "id",
        "code",
        "answerUserId",
        "answerUserName",
        "answerStatus",
        "answerType",
        "answerUseTime",
        "answerQuestionCount",
        "answerCommitTime",
        "statsStatus",
        "answerMap",
    }
)


@_cache
def _QuestionnaireAnswerMap_class() -> type[QuestionnaireAnswerMap]:
    """`QuestionnaireAnswerMap`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_answer_map import QuestionnaireAnswerMap  # noqa: PLC0415

    return QuestionnaireAnswerMap


@_attrs_define
class QuestionnaireAnswerData:
    """An answer record with its answers.

    Attributes:
        id (int | Unset):
        code (str | Unset): The record's code (the answerCode of fetch_questionnaire_answer).
        answer_user_id (str | Unset):
        answer_user_name (str | Unset):
        answer_status (int | Unset): The record's state; the values are undocumented.
        answer_type (int | Unset): The kind of answer; the values are undocumented.
        answer_use_time (int | Unset): Time spent answering; the unit is undocumented (the sandbox counts seconds).
        answer_question_count (int | Unset): How many questions were answered.
        answer_commit_time (int | Unset): Unix time in milliseconds.
        stats_status (int | Unset): Whether the record counts in the statistics; the values are undocumented.
        answer_map (QuestionnaireAnswerMap | Unset): The answers, keyed by question code.
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    answer_user_id: str | Unset = UNSET
    answer_user_name: str | Unset = UNSET
    answer_status: int | Unset = UNSET
    answer_type: int | Unset = UNSET
    answer_use_time: int | Unset = UNSET
    answer_question_count: int | Unset = UNSET
    answer_commit_time: int | Unset = UNSET
    stats_status: int | Unset = UNSET
    answer_map: QuestionnaireAnswerMap | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.answer_user_id is not UNSET:
            field_dict["answerUserId"] = self.answer_user_id

        if self.answer_user_name is not UNSET:
            field_dict["answerUserName"] = self.answer_user_name

        if self.answer_status is not UNSET:
            field_dict["answerStatus"] = self.answer_status

        if self.answer_type is not UNSET:
            field_dict["answerType"] = self.answer_type

        if self.answer_use_time is not UNSET:
            field_dict["answerUseTime"] = self.answer_use_time

        if self.answer_question_count is not UNSET:
            field_dict["answerQuestionCount"] = self.answer_question_count

        if self.answer_commit_time is not UNSET:
            field_dict["answerCommitTime"] = self.answer_commit_time

        if self.stats_status is not UNSET:
            field_dict["statsStatus"] = self.stats_status

        if type(self.answer_map) is not Unset:
            field_dict["answerMap"] = self.answer_map.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireAnswerData is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        code = _get("code", UNSET)

        answer_user_id = _get("answerUserId", UNSET)

        answer_user_name = _get("answerUserName", UNSET)

        answer_status = _get("answerStatus", UNSET)

        answer_type = _get("answerType", UNSET)

        answer_use_time = _get("answerUseTime", UNSET)

        answer_question_count = _get("answerQuestionCount", UNSET)

        answer_commit_time = _get("answerCommitTime", UNSET)

        stats_status = _get("statsStatus", UNSET)

        _answer_map = _get("answerMap", UNSET)
        answer_map: QuestionnaireAnswerMap | Unset
        if isinstance(_answer_map, Unset):
            answer_map = UNSET
        else:
            answer_map = _QuestionnaireAnswerMap_class().from_dict(_answer_map)

        questionnaire_answer_data = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                id,
                code,
                answer_user_id,
                answer_user_name,
                answer_status,
                answer_type,
                answer_use_time,
                answer_question_count,
                answer_commit_time,
                stats_status,
                answer_map,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_answer_data.additional_properties = _extra
        return questionnaire_answer_data

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
