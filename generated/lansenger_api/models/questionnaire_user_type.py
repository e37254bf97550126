# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

QuestionnaireUserType = Literal[1, 2]

QUESTIONNAIRE_USER_TYPE_VALUES: frozenset[QuestionnaireUserType] = frozenset(
    {
        1,
        2,
    }
)

QUESTIONNAIRE_USER_TYPE_PHONE: Final = 1
QUESTIONNAIRE_USER_TYPE_OPENID: Final = 2


def check_questionnaire_user_type(value: int) -> QuestionnaireUserType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(QuestionnaireUserType, value)
