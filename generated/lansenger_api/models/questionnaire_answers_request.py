# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireAnswersRequest")
_FIELDS = frozenset(
    {
        "accountCode",
        "questionnaireCode",
        "pageNo",
        "pageSize",
        "userId",
    }
)


@_attrs_define
class QuestionnaireAnswersRequest:
    """
    Attributes:
        account_code (str):
        questionnaire_code (str):
        page_no (int | Unset): The page, from 1. Default: 1.
        page_size (int | Unset):  Default: 10.
        user_id (str | Unset): The acting staff member; may be left out with a user_token.
    """

    account_code: str
    questionnaire_code: str
    page_no: int | Unset = 1
    page_size: int | Unset = 10
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["accountCode"] = self.account_code

        field_dict["questionnaireCode"] = self.questionnaire_code

        if self.page_no is not UNSET:
            field_dict["pageNo"] = self.page_no

        if self.page_size is not UNSET:
            field_dict["pageSize"] = self.page_size

        if self.user_id is not UNSET:
            field_dict["userId"] = self.user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireAnswersRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        account_code = d["accountCode"]

        questionnaire_code = d["questionnaireCode"]

        page_no = _get("pageNo", UNSET)

        page_size = _get("pageSize", UNSET)

        user_id = _get("userId", UNSET)

        questionnaire_answers_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                account_code,
                questionnaire_code,
                page_no,
                page_size,
                user_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_answers_request.additional_properties = _extra
        return questionnaire_answers_request

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
