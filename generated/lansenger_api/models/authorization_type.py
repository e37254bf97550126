# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

AuthorizationType = Literal[1]

AUTHORIZATION_TYPE_VALUES: frozenset[AuthorizationType] = frozenset(
    {
        1,
    }
)

AUTHORIZATION_TYPE_LOCATION: Final = 1


def check_authorization_type(value: int) -> AuthorizationType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(AuthorizationType, value)
