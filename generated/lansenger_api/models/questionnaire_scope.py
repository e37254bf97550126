# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

QuestionnaireScope = Literal[1, 2]

QUESTIONNAIRE_SCOPE_VALUES: frozenset[QuestionnaireScope] = frozenset(
    {
        1,
        2,
    }
)

QUESTIONNAIRE_SCOPE_INTERNAL: Final = 1
QUESTIONNAIRE_SCOPE_PUBLIC: Final = 2


def check_questionnaire_scope(value: int) -> QuestionnaireScope:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(QuestionnaireScope, value)
