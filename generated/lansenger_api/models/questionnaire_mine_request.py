# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_status import QuestionnaireStatus, check_questionnaire_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireMineRequest")
_FIELDS = frozenset(
    {
        "orgId",
        "pageNo",
        "pageSize",
        "title",
        "status",
        "userId",
    }
)


@_attrs_define
class QuestionnaireMineRequest:
    """
    Attributes:
        org_id (str):
        page_no (int | Unset): The page, from 1. Default: 1.
        page_size (int | Unset):  Default: 10.
        title (str | Unset): Only questionnaires whose title contains this text.
        status (QuestionnaireStatus | Unset): 1 draft (草稿), 2 ongoing (进行中, answers accepted), 3 withdrawn (已撤回), 4
            finished (已结束), 5 ready to publish (待发布, when publishing needs approval).
        user_id (str | Unset): The creator; may be left out with a user_token.
    """

    org_id: str
    page_no: int | Unset = 1
    page_size: int | Unset = 10
    title: str | Unset = UNSET
    status: QuestionnaireStatus | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["orgId"] = self.org_id

        if self.page_no is not UNSET:
            field_dict["pageNo"] = self.page_no

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        if self.title is not UNSET:
            field_dict["title"] = self.title

        if self.status is not UNSET:
            field_dict["status"] = self.status

        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireMineRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        org_id = d["orgId"]

        page_no = _get("pageNo", UNSET)

        page_size = _get("pageSize", UNSET)

        title = _get("title", UNSET)

        _status = _get("status", UNSET)
        status: QuestionnaireStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_questionnaire_status(_status)

        user_id = _get("userId", UNSET)

        questionnaire_mine_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                org_id,
                page_no,
                page_size,
                title,
                status,
                user_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_mine_request.additional_properties = _extra
        return questionnaire_mine_request

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
