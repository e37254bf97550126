# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_status import QuestionnaireStatus, check_questionnaire_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_question_info import QuestionnaireQuestionInfo


T = TypeVar("T", bound="QuestionnaireDetail")
_FIELDS = frozenset(
    {
        "id",
        "code",
        "title",
        "status",
        "accountType",
        "accountCode",
        "answerUserCount",
        "answerUserTimes",
        "questionCount",
        "questionList",
        "publishTime",
        "publishUserName",
        "createUserName",
        "createTime",
    }
)


@_cache
def _QuestionnaireQuestionInfo_class() -> type[QuestionnaireQuestionInfo]:
    """`QuestionnaireQuestionInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_question_info import QuestionnaireQuestionInfo  # noqa: PLC0415

    return QuestionnaireQuestionInfo


@_attrs_define
class QuestionnaireDetail:
    """A questionnaire. questionList, publishTime and publishUserName come only from fetch_questionnaire.

    Attributes:
        id (int | Unset):
        code (str | Unset):
        title (str | Unset):
        status (QuestionnaireStatus | Unset): 1 draft (草稿), 2 ongoing (进行中, answers accepted), 3 withdrawn (已撤回), 4
            finished (已结束), 5 ready to publish (待发布, when publishing needs approval).
        account_type (int | Unset): The kind of account that owns it (personal or official); the values are
            undocumented.
        account_code (str | Unset):
        answer_user_count (int | Unset): How many people answered.
        answer_user_times (int | Unset): How many answers were given, repeats included.
        question_count (int | Unset):
        question_list (list[QuestionnaireQuestionInfo] | Unset):
        publish_time (int | Unset): Unix time in milliseconds.
        publish_user_name (str | Unset):
        create_user_name (str | Unset):
        create_time (int | Unset): Unix time in milliseconds.
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    status: QuestionnaireStatus | Unset = UNSET
    account_type: int | Unset = UNSET
    account_code: str | Unset = UNSET
    answer_user_count: int | Unset = UNSET
    answer_user_times: int | Unset = UNSET
    question_count: int | Unset = UNSET
    question_list: list[QuestionnaireQuestionInfo] | Unset = UNSET
    publish_time: int | Unset = UNSET
    publish_user_name: str | Unset = UNSET
    create_user_name: str | Unset = UNSET
    create_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.id is not UNSET:
            field_dict["id"] = self.id

        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.account_type is not UNSET:
            field_dict["accountType"] = self.account_type

        if self.account_code is not UNSET:
            field_dict["accountCode"] = self.account_code

        if self.answer_user_count is not UNSET:
            field_dict["answerUserCount"] = self.answer_user_count

        if self.answer_user_times is not UNSET:
            field_dict["answerUserTimes"] = self.answer_user_times

        if self.question_count is not UNSET:
            field_dict["questionCount"] = self.question_count

        if type(self.question_list) is not Unset:
            field_dict["questionList"] = [item.to_dict() for item in self.question_list]

        if self.publish_time is not UNSET:
            field_dict["publishTime"] = self.publish_time

        if self.publish_user_name is not UNSET:
            field_dict["publishUserName"] = self.publish_user_name

        if self.create_user_name is not UNSET:
            field_dict["createUserName"] = self.create_user_name

        if self.create_time is not UNSET:
            field_dict["createTime"] = self.create_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireDetail is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        id = _get("id", UNSET)

        code = _get("code", UNSET)

        title = _get("title", UNSET)

        _status = _get("status", UNSET)
        status: QuestionnaireStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_questionnaire_status(_status)

        account_type = _get("accountType", UNSET)

        account_code = _get("accountCode", UNSET)

        answer_user_count = _get("answerUserCount", UNSET)

        answer_user_times = _get("answerUserTimes", UNSET)

        question_count = _get("questionCount", UNSET)

        _question_list = _get("questionList", UNSET)
        question_list: list[QuestionnaireQuestionInfo] | Unset = UNSET
        if _question_list is not UNSET:
            question_list = []
            for question_list_item_data in _question_list:
                question_list_item = _QuestionnaireQuestionInfo_class().from_dict(question_list_item_data)

                question_list.append(question_list_item)

        publish_time = _get("publishTime", UNSET)

        publish_user_name = _get("publishUserName", UNSET)

        create_user_name = _get("createUserName", UNSET)

        create_time = _get("createTime", UNSET)

        questionnaire_detail = cls(  # by position, in the order the fields are declared above: cheaper than by name
            id,
            code,
            title,
            status,
            account_type,
            account_code,
            answer_user_count,
            answer_user_times,
            question_count,
            question_list,
            publish_time,
            publish_user_name,
            create_user_name,
            create_time,
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_detail.additional_properties = _extra
        return questionnaire_detail

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
