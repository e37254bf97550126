# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

GrantType = Literal["client_credential"]

GRANT_TYPE_VALUES: frozenset[GrantType] = frozenset(
    {
        "client_credential",
    }
)


def check_grant_type(value: str) -> GrantType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(GrantType, value)
