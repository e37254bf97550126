# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

NoDisturb = Literal["false", "true"]

NO_DISTURB_VALUES: frozenset[NoDisturb] = frozenset(
    {
        "false",
        "true",
    }
)


def check_no_disturb(value: str) -> NoDisturb:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(NoDisturb, value)
