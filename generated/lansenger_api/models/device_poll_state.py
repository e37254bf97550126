# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Final, Literal, cast

DevicePollState = Literal["access_approved", "access_denied", "authorization_pending", "expired_token", "slow_down"]

DEVICE_POLL_STATE_VALUES: frozenset[DevicePollState] = frozenset(
    {
        "access_approved",
        "access_denied",
        "authorization_pending",
        "expired_token",
        "slow_down",
    }
)

DEVICE_POLL_STATE_PENDING: Final = "authorization_pending"
DEVICE_POLL_STATE_SLOW_DOWN: Final = "slow_down"
DEVICE_POLL_STATE_APPROVED: Final = "access_approved"
DEVICE_POLL_STATE_DENIED: Final = "access_denied"
DEVICE_POLL_STATE_EXPIRED: Final = "expired_token"


def check_device_poll_state(value: str) -> DevicePollState:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(DevicePollState, value)
