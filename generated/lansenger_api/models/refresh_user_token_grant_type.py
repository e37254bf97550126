# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

RefreshUserTokenGrantType = Literal["refresh_token"]

REFRESH_USER_TOKEN_GRANT_TYPE_VALUES: frozenset[RefreshUserTokenGrantType] = frozenset(
    {
        "refresh_token",
    }
)


def check_refresh_user_token_grant_type(value: str) -> RefreshUserTokenGrantType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(RefreshUserTokenGrantType, value)
