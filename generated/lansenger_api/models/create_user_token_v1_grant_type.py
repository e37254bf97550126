# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

CreateUserTokenV1GrantType = Literal["authorization_code"]

CREATE_USER_TOKEN_V1_GRANT_TYPE_VALUES: frozenset[CreateUserTokenV1GrantType] = frozenset(
    {
        "authorization_code",
    }
)


def check_create_user_token_v1_grant_type(value: str) -> CreateUserTokenV1GrantType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(CreateUserTokenV1GrantType, value)
