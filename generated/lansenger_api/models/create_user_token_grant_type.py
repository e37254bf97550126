# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

CreateUserTokenGrantType = Literal["authorization_code"]

CREATE_USER_TOKEN_GRANT_TYPE_VALUES: frozenset[CreateUserTokenGrantType] = frozenset(
    {
        "authorization_code",
    }
)


def check_create_user_token_grant_type(value: str) -> CreateUserTokenGrantType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(CreateUserTokenGrantType, value)
