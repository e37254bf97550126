# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

QuestionnaireAnswerLimit = Literal[-1, 1]

QUESTIONNAIRE_ANSWER_LIMIT_VALUES: frozenset[QuestionnaireAnswerLimit] = frozenset(
    {
        -1,
        1,
    }
)

QUESTIONNAIRE_ANSWER_LIMIT_ONCE: Final = 1
QUESTIONNAIRE_ANSWER_LIMIT_UNLIMITED: Final = -1


def check_questionnaire_answer_limit(value: int) -> QuestionnaireAnswerLimit:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(QuestionnaireAnswerLimit, value)
