# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

QuestionnaireStatus = Literal[1, 2, 3, 4, 5]

QUESTIONNAIRE_STATUS_VALUES: frozenset[QuestionnaireStatus] = frozenset(
    {
        1,
        2,
        3,
        4,
        5,
    }
)

QUESTIONNAIRE_STATUS_DRAFT: Final = 1
QUESTIONNAIRE_STATUS_ONGOING: Final = 2
QUESTIONNAIRE_STATUS_WITHDRAWN: Final = 3
QUESTIONNAIRE_STATUS_FINISHED: Final = 4
QUESTIONNAIRE_STATUS_READY_TO_PUBLISH: Final = 5


def check_questionnaire_status(value: int) -> QuestionnaireStatus:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(QuestionnaireStatus, value)
