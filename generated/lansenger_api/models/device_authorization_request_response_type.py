# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

DeviceAuthorizationRequestResponseType = Literal["device_code"]

DEVICE_AUTHORIZATION_REQUEST_RESPONSE_TYPE_VALUES: frozenset[DeviceAuthorizationRequestResponseType] = frozenset(
    {
        "device_code",
    }
)


def check_device_authorization_request_response_type(value: str) -> DeviceAuthorizationRequestResponseType:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(DeviceAuthorizationRequestResponseType, value)
