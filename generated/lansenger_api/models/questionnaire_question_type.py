# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

QuestionnaireQuestionType = Literal[
    "address",
    "age",
    "checkbox",
    "date",
    "dateTime",
    "email",
    "filesUpload",
    "fillblank",
    "multiScore",
    "name",
    "phone",
    "picturesUpload",
    "picturesVote",
    "radio",
    "remark",
    "sex",
]

QUESTIONNAIRE_QUESTION_TYPE_VALUES: frozenset[QuestionnaireQuestionType] = frozenset(
    {
        "address",
        "age",
        "checkbox",
        "date",
        "dateTime",
        "email",
        "filesUpload",
        "fillblank",
        "multiScore",
        "name",
        "phone",
        "picturesUpload",
        "picturesVote",
        "radio",
        "remark",
        "sex",
    }
)

QUESTIONNAIRE_QUESTION_TYPE_RADIO: Final = "radio"
QUESTIONNAIRE_QUESTION_TYPE_CHECKBOX: Final = "checkbox"
QUESTIONNAIRE_QUESTION_TYPE_PICTURES_VOTE: Final = "picturesVote"
QUESTIONNAIRE_QUESTION_TYPE_FILLBLANK: Final = "fillblank"
QUESTIONNAIRE_QUESTION_TYPE_NAME: Final = "name"
QUESTIONNAIRE_QUESTION_TYPE_PHONE: Final = "phone"
QUESTIONNAIRE_QUESTION_TYPE_EMAIL: Final = "email"
QUESTIONNAIRE_QUESTION_TYPE_SEX: Final = "sex"
QUESTIONNAIRE_QUESTION_TYPE_AGE: Final = "age"
QUESTIONNAIRE_QUESTION_TYPE_DATE: Final = "date"
QUESTIONNAIRE_QUESTION_TYPE_DATE_TIME: Final = "dateTime"
QUESTIONNAIRE_QUESTION_TYPE_ADDRESS: Final = "address"
QUESTIONNAIRE_QUESTION_TYPE_MULTI_SCORE: Final = "multiScore"
QUESTIONNAIRE_QUESTION_TYPE_REMARK: Final = "remark"
QUESTIONNAIRE_QUESTION_TYPE_PICTURES_UPLOAD: Final = "picturesUpload"
QUESTIONNAIRE_QUESTION_TYPE_FILES_UPLOAD: Final = "filesUpload"


def check_questionnaire_question_type(value: str) -> QuestionnaireQuestionType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(QuestionnaireQuestionType, value)
