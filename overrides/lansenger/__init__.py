"""The Lansenger (蓝信) Python SDK.

    from lansenger import Lansenger
    with Lansenger(app_id=..., app_secret=..., gateway_url=...) as client:
        client.messages.send_text("staff-id", "hello")

Errors are importable from here; the clients are imported on first use, so `import lansenger` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lansenger_api.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    AuthorizationError,
    CallbackError,
    ConfigurationError,
    DecryptionError,
    ErrorCode,
    InternalServerError,
    InvalidArgumentError,
    InvalidRequestError,
    LansengerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SignatureVerificationError,
    UnexpectedResponseError,
)

if TYPE_CHECKING:
    from ._client import AsyncLansenger, Lansenger
    from ._oauth_flow import AuthorizationRequest
    from ._retry import RetryPolicy
    from ._streams import FinalOnly, Incremental, StreamReply

__version__ = "0.1.0"

_LAZY = {
    "Lansenger": "._client",
    "AsyncLansenger": "._client",
    "RetryPolicy": "._retry",
    "AuthorizationRequest": "._oauth_flow",
    "FinalOnly": "._streams",
    "Incremental": "._streams",
    "StreamReply": "._streams",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lansenger' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncLansenger",
    "AuthenticationError",
    "AuthorizationError",
    "AuthorizationRequest",
    "CallbackError",
    "ConfigurationError",
    "DecryptionError",
    "ErrorCode",
    "FinalOnly",
    "Incremental",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "Lansenger",
    "LansengerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "SignatureVerificationError",
    "StreamReply",
    "UnexpectedResponseError",
    "__version__",
]
