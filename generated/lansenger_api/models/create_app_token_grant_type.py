# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

CreateAppTokenGrantType = Literal["client_credential"]

CREATE_APP_TOKEN_GRANT_TYPE_VALUES: frozenset[CreateAppTokenGrantType] = frozenset(
    {
        "client_credential",
    }
)


def check_create_app_token_grant_type(value: str) -> CreateAppTokenGrantType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(CreateAppTokenGrantType, value)
