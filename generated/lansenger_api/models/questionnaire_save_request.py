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
        title = self.title

        account_code = self.account_code

        code = self.code

        welcome_speech = self.welcome_speech

        bye_speech = self.bye_speech

        cover_resource_id = self.cover_resource_id

        resource_ids = self.resource_ids

        app_id = self.app_id

        user_type: int | Unset = UNSET
        if not isinstance(self.user_type, Unset):
            user_type = self.user_type

        create_mobile = self.create_mobile

        create_user_id = self.create_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "accountCode": account_code,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if welcome_speech is not UNSET:
            field_dict["welcomeSpeech"] = welcome_speech
        if bye_speech is not UNSET:
            field_dict["byeSpeech"] = bye_speech
        if cover_resource_id is not UNSET:
            field_dict["coverResourceId"] = cover_resource_id
        if resource_ids is not UNSET:
            field_dict["resourceIds"] = resource_ids
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if user_type is not UNSET:
            field_dict["userType"] = user_type
        if create_mobile is not UNSET:
            field_dict["createMobile"] = create_mobile
        if create_user_id is not UNSET:
            field_dict["createUserId"] = create_user_id

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
