# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
from typing import Literal, cast

DeviceClientKind = Literal["AutoClaw", "CLI", "MCP", "OpenClaw"]

DEVICE_CLIENT_KIND_VALUES: frozenset[DeviceClientKind] = frozenset(
    {
        "AutoClaw",
        "CLI",
        "MCP",
        "OpenClaw",
    }
)


def check_device_client_kind(value: str) -> DeviceClientKind:
    """Accept known and future values alike: the platform may add values before the spec lists them."""
    return cast(DeviceClientKind, value)
