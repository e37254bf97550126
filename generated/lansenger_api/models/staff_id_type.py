# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

StaffIdType = Literal["employ_id", "external_id", "login", "mail", "mobile"]

STAFF_ID_TYPE_VALUES: frozenset[StaffIdType] = frozenset(
    {
        "employ_id",
        "external_id",
        "login",
        "mail",
        "mobile",
    }
)

STAFF_ID_TYPE_EMPLOY_ID: Final = "employ_id"
STAFF_ID_TYPE_MOBILE: Final = "mobile"
STAFF_ID_TYPE_MAIL: Final = "mail"
STAFF_ID_TYPE_LOGIN: Final = "login"
STAFF_ID_TYPE_EXTERNAL_ID: Final = "external_id"


def check_staff_id_type(value: str) -> StaffIdType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(StaffIdType, value)
