# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_user_type import QuestionnaireUserType, check_questionnaire_user_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireSaveRequest")
_FIELDS = frozenset(
    {
        "title",
        "accountCode",
        "code",
        "welcomeSpeech",
        "byeSpeech",
        "coverResourceId",
        "resourceIds",
        "appId",
        "userType",
        "createMobile",
        "createUserId",
    }
)


@_attrs_define
class QuestionnaireSaveRequest:
    """
    Attributes:
        title (str):
        account_code (str): The owning official account's code (from list_questionnaire_accounts).
        code (str | Unset): An existing questionnaire's code, to overwrite it; leave out to create one.
        welcome_speech (str | Unset): Text shown before the first question.
        bye_speech (str | Unset): Text shown after the questionnaire is submitted.
        cover_resource_id (str | Unset): Resource id of the cover picture.
        resource_ids (str | Unset): Resource ids of attachments, comma-joined into one string.
        app_id (str | Unset):
        user_type (QuestionnaireUserType | Unset): How the creator is named. 1 by mobile (createMobile), 2 by staff id
            (createUserId).
        create_mobile (str | Unset): The creator's mobile, with userType 1.
        create_user_id (str | Unset): The creator's staff id, with userType 2; may be left out with a user_token.
    """

    title: str
    account_code: str
    code: str | Unset = UNSET
    welcome_speech: str | Unset = UNSET
    bye_speech: str | Unset = UNSET
    cover_resource_id: str | Unset = UNSET
    resource_ids: str | Unset = UNSET
    app_id: str | Unset = UNSET
    user_type: QuestionnaireUserType | Unset = UNSET
    create_mobile: str | Unset = UNSET
    create_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {**self.additional_properties}
        field_dict["title"] = self.title

        field_dict["accountCode"] = self.account_code

        if self.code is not UNSET:
            field_dict["code"] = self.code

        if self.welcome_speech is not UNSET:
            field_dict["welcomeSpeech"] = self.welcome_speech

        if self.bye_speech is not UNSET:
            field_dict["byeSpeech"] = self.bye_speech

        if self.cover_resource_id is not UNSET:
            field_dict["coverResourceId"] = self.cover_resource_id

        if self.resource_ids is not UNSET:
            field_dict["resourceIds"] = self.resource_ids

        if self.app_id is not UNSET:
            field_dict["appId"] = self.app_id

        if self.user_type is not UNSET:
            field_dict["userType"] = self.user_type

        if self.create_mobile is not UNSET:
            field_dict["createMobile"] = self.create_mobile

        if self.create_user_id is not UNSET:
            field_dict["createUserId"] = self.create_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"QuestionnaireSaveRequest is built from a JSON object, not {type(src_dict).__name__}")
        d = src_dict
        _get = d.get
        title = d["title"]

        account_code = d["accountCode"]

        code = _get("code", UNSET)

        welcome_speech = _get("welcomeSpeech", UNSET)

        bye_speech = _get("byeSpeech", UNSET)

        cover_resource_id = _get("coverResourceId", UNSET)

        resource_ids = _get("resourceIds", UNSET)

        app_id = _get("appId", UNSET)

        _user_type = _get("userType", UNSET)
        user_type: QuestionnaireUserType | Unset
        if isinstance(_user_type, Unset):
            user_type = UNSET
        else:
            user_type = check_questionnaire_user_type(_user_type)

        create_mobile = _get("createMobile", UNSET)

        create_user_id = _get("createUserId", UNSET)

        questionnaire_save_request = (
            cls(  # by position, in the order the fields are declared above: cheaper than by name
                title,
                account_code,
                code,
                welcome_speech,
                bye_speech,
                cover_resource_id,
                resource_ids,
                app_id,
                user_type,
                create_mobile,
                create_user_id,
            )
        )

        _extra = {} if _FIELDS.issuperset(d) else {key: value for key, value in d.items() if key not in _FIELDS}

        questionnaire_save_request.additional_properties = _extra
        return questionnaire_save_request

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
