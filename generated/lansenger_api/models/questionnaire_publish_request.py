# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_answer_limit import QuestionnaireAnswerLimit, check_questionnaire_answer_limit
from ..models.questionnaire_scope import QuestionnaireScope, check_questionnaire_scope
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnairePublishRequest")
_FIELDS = frozenset(
    {
        "questionnaireCode",
        "scopeType",
        "answerLimit",
        "messageFlag",
        "pageFlag",
        "shareFlag",
        "viewStatsFlag",
        "anonymFlag",
        "staffIdList",
        "phoneList",
        "publishUserId",
    }
)


@_attrs_define
class QuestionnairePublishRequest:
    """
    Attributes:
        questionnaire_code (str):
        scope_type (QuestionnaireScope | Unset): Who may answer. 1 internal (the org's staff), 2 public (anyone with the
            link). Default: 1.
        answer_limit (QuestionnaireAnswerLimit | Unset): How often one person may answer. 1 once, -1 without limit.
            Default: 1.
        message_flag (int | Unset): 1 tells the people of staffIdList / phoneList through the official account. Default:
            0.
        page_flag (int | Unset): A display switch of the answer page; its meaning is undocumented. Default: 0.
        share_flag (int | Unset): 1 lets people share the questionnaire. Default: 0.
        view_stats_flag (int | Unset): 1 lets people who answered see the statistics. Default: 1.
        anonym_flag (int | Unset): 1 collects answers anonymously. Default: 0.
        staff_id_list (list[str] | Unset): Staff ids who may answer an internal questionnaire.
        phone_list (list[str] | Unset): Mobiles of people who may answer an internal questionnaire.
        publish_user_id (str | Unset): The publishing staff member; may be left out with a user_token.
    """

    questionnaire_code: str
    scope_type: QuestionnaireScope | Unset = 1
    answer_limit: QuestionnaireAnswerLimit | Unset = 1
    message_flag: int | Unset = 0
    page_flag: int | Unset = 0
    share_flag: int | Unset = 0
    view_stats_flag: int | Unset = 1
    anonym_flag: int | Unset = 0
    staff_id_list: list[str] | Unset = UNSET
    phone_list: list[str] | Unset = UNSET
    publish_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["questionnaireCode"] = self.questionnaire_code

        if self.scope_type is not UNSET:
            field_dict["scopeType"] = self.scope_type

        if self.answer_limit is not UNSET:
            field_dict["answerLimit"] = self.answer_limit

        if self.message_flag is not UNSET:
            field_dict["messageFlag"] = self.message_flag

        if self.page_flag is not UNSET:
            field_dict["pageFlag"] = self.page_flag

        if self.share_flag is not UNSET:
            field_dict["shareFlag"] = self.share_flag

        if self.view_stats_flag is not UNSET:
            field_dict["viewStatsFlag"] = self.view_stats_flag

        if self.anonym_flag is not UNSET:
            field_dict["anonymFlag"] = self.anonym_flag

        if self.staff_id_list is not UNSET:
            field_dict["staffIdList"] = self.staff_id_list

        if self.phone_list is not UNSET:
            field_dict["phoneList"] = self.phone_list

        if self.publish_user_id is not UNSET:
            field_dict["publishUserId"] = self.publish_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnairePublishRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        questionnaire_code = d["questionnaireCode"]

        _scope_type = _get("scopeType", UNSET)
        scope_type: QuestionnaireScope | Unset
        if isinstance(_scope_type, Unset):
            scope_type = UNSET
        else:
            scope_type = check_questionnaire_scope(_scope_type)

        _answer_limit = _get("answerLimit", UNSET)
        answer_limit: QuestionnaireAnswerLimit | Unset
        if isinstance(_answer_limit, Unset):
            answer_limit = UNSET
        else:
            answer_limit = check_questionnaire_answer_limit(_answer_limit)

        message_flag = _get("messageFlag", UNSET)

        page_flag = _get("pageFlag", UNSET)

        share_flag = _get("shareFlag", UNSET)

        view_stats_flag = _get("viewStatsFlag", UNSET)

        anonym_flag = _get("anonymFlag", UNSET)

        staff_id_list: list[str] = _get("staffIdList", UNSET)

        phone_list: list[str] = _get("phoneList", UNSET)

        publish_user_id = _get("publishUserId", UNSET)

        questionnaire_publish_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                questionnaire_code,
                scope_type,
                answer_limit,
                message_flag,
                page_flag,
                share_flag,
                view_stats_flag,
                anonym_flag,
                staff_id_list,
                phone_list,
                publish_user_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_publish_request.additional_properties = _extra
        return questionnaire_publish_request

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
