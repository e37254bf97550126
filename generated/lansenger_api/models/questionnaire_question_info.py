# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from functools import cache as _cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_question_type import QuestionnaireQuestionType, check_questionnaire_question_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_fillblank_setting import QuestionnaireFillblankSetting
    from ..models.questionnaire_option_info import QuestionnaireOptionInfo
    from ..models.questionnaire_score_setting import QuestionnaireScoreSetting


T = TypeVar("T", bound="QuestionnaireQuestionInfo")
_FIELDS = frozenset(
    {
        "code",
        "questionName",
        "questionType",
        "requiredFlag",
        "questionDesc",
        "questionDescFlag",
        "questionSortOrder",
        "questionOptionList",
        "radioStyle",
        "selectType",
        "selectMin",
        "selectMax",
        "fillblankSubType",
        "wordLimit",
        "inputPrint",
        "autoFill",
        "addressType",
        "uploadLimit",
        "uploadSize",
        "multiScoreSetting",
        "fillblankSubSetting",
    }
)


@_cache
def _QuestionnaireFillblankSetting_class() -> type[QuestionnaireFillblankSetting]:
    """`QuestionnaireFillblankSetting`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_fillblank_setting import QuestionnaireFillblankSetting  # noqa: PLC0415

    return QuestionnaireFillblankSetting


@_cache
def _QuestionnaireOptionInfo_class() -> type[QuestionnaireOptionInfo]:
    """`QuestionnaireOptionInfo`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_option_info import QuestionnaireOptionInfo  # noqa: PLC0415

    return QuestionnaireOptionInfo


@_cache
def _QuestionnaireScoreSetting_class() -> type[QuestionnaireScoreSetting]:
    """`QuestionnaireScoreSetting`, imported on first use (the models refer to each other in cycles)."""
    from ..models.questionnaire_score_setting import QuestionnaireScoreSetting  # noqa: PLC0415

    return QuestionnaireScoreSetting


@_attrs_define
class QuestionnaireQuestionInfo:
    """A question as the platform answers it; any field not listed is kept.

    Attributes:
        code (str | Unset):
        question_name (str | Unset):
        question_type (QuestionnaireQuestionType | Unset): The 16 question types. radio, checkbox, picturesVote and
            multiScore need questionOptionList. name/phone/email/sex/age/dateTime are basic-information questions
            (autoFill), address a city question (addressType), picturesUpload/filesUpload upload questions (uploadLimit,
            uploadSize).
        required_flag (int | Unset): 1 must be answered, 0 optional.
        question_desc (str | Unset):
        question_desc_flag (int | Unset):
        question_sort_order (int | Unset):
        question_option_list (list[QuestionnaireOptionInfo] | Unset):
        radio_style (int | Unset):
        select_type (int | Unset):
        select_min (int | Unset):
        select_max (int | Unset):
        fillblank_sub_type (str | Unset):
        word_limit (int | Unset):
        input_print (str | Unset):
        auto_fill (int | Unset):
        address_type (int | Unset):
        upload_limit (int | Unset):
        upload_size (int | Unset): In MB.
        multi_score_setting (QuestionnaireScoreSetting | Unset): Settings of a multiScore question.
        fillblank_sub_setting (QuestionnaireFillblankSetting | Unset): Settings of a fillblank question.
    """

    code: str | Unset = UNSET
    question_name: str | Unset = UNSET
    question_type: QuestionnaireQuestionType | Unset = UNSET
    required_flag: int | Unset = UNSET
    question_desc: str | Unset = UNSET
    question_desc_flag: int | Unset = UNSET
    question_sort_order: int | Unset = UNSET
    question_option_list: list[QuestionnaireOptionInfo] | Unset = UNSET
    radio_style: int | Unset = UNSET
    select_type: int | Unset = UNSET
    select_min: int | Unset = UNSET
    select_max: int | Unset = UNSET
    fillblank_sub_type: str | Unset = UNSET
    word_limit: int | Unset = UNSET
    input_print: str | Unset = UNSET
    auto_fill: int | Unset = UNSET
    address_type: int | Unset = UNSET
    upload_limit: int | Unset = UNSET
    upload_size: int | Unset = UNSET
    multi_score_setting: QuestionnaireScoreSetting | Unset = UNSET
    fillblank_sub_setting: QuestionnaireFillblankSetting | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.question_name is not UNSET:
            field_dict["questionName"] = self.question_name

        if self.question_type is not UNSET:
            field_dict["questionType"] = self.question_type

        if self.required_flag is not UNSET:
            field_dict["requiredFlag"] = self.required_flag

        if self.question_desc is not UNSET:
            field_dict["questionDesc"] = self.question_desc

        if self.question_desc_flag is not UNSET:
            field_dict["questionDescFlag"] = self.question_desc_flag

        if self.question_sort_order is not UNSET:
            field_dict["questionSortOrder"] = self.question_sort_order

        if type(self.question_option_list) is not Unset:
            field_dict["questionOptionList"] = [item.to_dict() for item in self.question_option_list]

        if self.radio_style is not UNSET:
            field_dict["radioStyle"] = self.radio_style

        if self.select_type is not UNSET:
            field_dict["selectType"] = self.select_type

        if self.select_min is not UNSET:
            field_dict["selectMin"] = self.select_min

        if self.select_max is not UNSET:
            field_dict["selectMax"] = self.select_max

        if self.fillblank_sub_type is not UNSET:
            field_dict["fillblankSubType"] = self.fillblank_sub_type

        if self.word_limit is not UNSET:
            field_dict["wordLimit"] = self.word_limit

        if self.input_print is not UNSET:
            field_dict["inputPrint"] = self.input_print

        if self.auto_fill is not UNSET:
            field_dict["autoFill"] = self.auto_fill

        if self.address_type is not UNSET:
            field_dict["addressType"] = self.address_type

        if self.upload_limit is not UNSET:
            field_dict["uploadLimit"] = self.upload_limit

        if self.upload_size is not UNSET:
            field_dict["uploadSize"] = self.upload_size

        if type(self.multi_score_setting) is not Unset:
            field_dict["multiScoreSetting"] = self.multi_score_setting.to_dict()

        if type(self.fillblank_sub_setting) is not Unset:
            field_dict["fillblankSubSetting"] = self.fillblank_sub_setting.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireQuestionInfo is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        code = _get("code", UNSET)

        question_name = _get("questionName", UNSET)

        _question_type = _get("questionType", UNSET)
        question_type: QuestionnaireQuestionType | Unset
        if isinstance(_question_type, Unset):
            question_type = UNSET
        else:
            question_type = check_questionnaire_question_type(_question_type)

        required_flag = _get("requiredFlag", UNSET)

        question_desc = _get("questionDesc", UNSET)

        question_desc_flag = _get("questionDescFlag", UNSET)

        question_sort_order = _get("questionSortOrder", UNSET)

        _question_option_list = _get("questionOptionList", UNSET)
        question_option_list: list[QuestionnaireOptionInfo] | Unset = UNSET
        if _question_option_list is not UNSET:
            question_option_list = []
            for question_option_list_item_data in _question_option_list:
                question_option_list_item = _QuestionnaireOptionInfo_class().from_dict(question_option_list_item_data)

                question_option_list.append(question_option_list_item)

        radio_style = _get("radioStyle", UNSET)

        select_type = _get("selectType", UNSET)

        select_min = _get("selectMin", UNSET)

        select_max = _get("selectMax", UNSET)

        fillblank_sub_type = _get("fillblankSubType", UNSET)

        word_limit = _get("wordLimit", UNSET)

        input_print = _get("inputPrint", UNSET)

        auto_fill = _get("autoFill", UNSET)

        address_type = _get("addressType", UNSET)

        upload_limit = _get("uploadLimit", UNSET)

        upload_size = _get("uploadSize", UNSET)

        _multi_score_setting = _get("multiScoreSetting", UNSET)
        multi_score_setting: QuestionnaireScoreSetting | Unset
        if isinstance(_multi_score_setting, Unset):
            multi_score_setting = UNSET
        else:
            multi_score_setting = _QuestionnaireScoreSetting_class().from_dict(_multi_score_setting)

        _fillblank_sub_setting = _get("fillblankSubSetting", UNSET)
        fillblank_sub_setting: QuestionnaireFillblankSetting | Unset
        if isinstance(_fillblank_sub_setting, Unset):
            fillblank_sub_setting = UNSET
        else:
            fillblank_sub_setting = _QuestionnaireFillblankSetting_class().from_dict(_fillblank_sub_setting)

        questionnaire_question_info = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                code,
                question_name,
                question_type,
                required_flag,
                question_desc,
                question_desc_flag,
                question_sort_order,
                question_option_list,
                radio_style,
                select_type,
                select_min,
                select_max,
                fillblank_sub_type,
                word_limit,
                input_print,
                auto_fill,
                address_type,
                upload_limit,
                upload_size,
                multi_score_setting,
                fillblank_sub_setting,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_question_info.additional_properties = _extra
        return questionnaire_question_info

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
