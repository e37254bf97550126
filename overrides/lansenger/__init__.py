"""The Lansenger (蓝信) Python SDK.

    from lansenger import Lansenger
    with Lansenger(app_id=..., app_secret=..., gateway_url=...) as client:
        client.messages.send_text("staff-id", "hello")

Errors are importable from here; the clients are imported on first use, so `import lansenger` stays fast.
The API's models are in `lansenger.types` (`from lansenger.types import SentMessage`), imported on first use too.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from lansenger_api.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    InvalidArgumentError,
    InvalidRequestError,
    LansengerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnexpectedResponseError,
)

if TYPE_CHECKING:
    from lansenger_api.errors import ErrorCode
    from lansenger_api.redaction import Secret
    from lansenger_api.request_meta import RequestMeta, request_meta

    from ._bulk_send import BulkProgress, BulkSendReport, RecipientResult
    from ._client import AsyncLansenger, Lansenger
    from ._device_flow import DeviceAuthorization, DeviceFlowUnsupportedError, DeviceTokenState
    from ._errors import (
        AuthorizationError,
        CallbackError,
        ConfigurationError,
        DecryptionError,
        FileChangedError,
        SignatureVerificationError,
        StoreError,
    )
    from ._file_store import FileTokenStore
    from ._hooks import AsyncEventHooks, EventHooks
    from ._oauth_flow import AuthorizationRequest
    from ._presigned_upload import PresignedUpload
    from ._rate_limit import RateLimiter, RedisTokenBucket, TokenBucket
    from ._redis_store import RedisTokenStore
    from ._retry import RetryPolicy
    from ._revoke import MessageRevocation, PartialRevokeError
    from ._status_card import StatusCard
    from ._store import MemoryTokenStore, StoredAppToken, StoredUserToken, TokenStore
    from ._streams import FinalOnly, Incremental, StreamReply
    from ._webhooks import hook_sign

__version__ = "0.1.0"

# The library logging convention, from the first import on: a NullHandler and nothing else, so an application that
# configured no logging sees no "last resort" output from the SDK, and one that did decides where records go.
logging.getLogger(__name__).addHandler(logging.NullHandler())
if os.environ.get("LANSENGER_LOG"):  # logging without code; the module is only imported when asked for
    from ._logging import configure_from_env

    configure_from_env()

_LAZY = {
    "ErrorCode": "lansenger_api.errors",
    "AuthorizationError": "._errors",
    "CallbackError": "._errors",
    "ConfigurationError": "._errors",
    "DecryptionError": "._errors",
    "FileChangedError": "._errors",
    "SignatureVerificationError": "._errors",
    "StoreError": "._errors",
    "Lansenger": "._client",
    "AsyncLansenger": "._client",
    "RetryPolicy": "._retry",
    "EventHooks": "._hooks",
    "AsyncEventHooks": "._hooks",
    "AuthorizationRequest": "._oauth_flow",
    "PresignedUpload": "._presigned_upload",
    "DeviceAuthorization": "._device_flow",
    "DeviceFlowUnsupportedError": "._device_flow",
    "DeviceTokenState": "._device_flow",
    "FinalOnly": "._streams",
    "Incremental": "._streams",
    "StreamReply": "._streams",
    "StatusCard": "._status_card",
    "TokenStore": "._store",
    "MemoryTokenStore": "._store",
    "StoredAppToken": "._store",
    "StoredUserToken": "._store",
    "FileTokenStore": "._file_store",
    "RedisTokenStore": "._redis_store",
    "hook_sign": "._webhooks",
    "BulkProgress": "._bulk_send",
    "BulkSendReport": "._bulk_send",
    "RecipientResult": "._bulk_send",
    "RateLimiter": "._rate_limit",
    "RedisTokenBucket": "._rate_limit",
    "TokenBucket": "._rate_limit",
    "MessageRevocation": "._revoke",
    "PartialRevokeError": "._revoke",
    "Secret": "lansenger_api.redaction",
    "RequestMeta": "lansenger_api.request_meta",
    "request_meta": "lansenger_api.request_meta",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'lansenger' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncEventHooks",
    "AsyncLansenger",
    "AuthenticationError",
    "AuthorizationError",
    "AuthorizationRequest",
    "BulkProgress",
    "BulkSendReport",
    "CallbackError",
    "ConfigurationError",
    "DecryptionError",
    "DeviceAuthorization",
    "DeviceFlowUnsupportedError",
    "DeviceTokenState",
    "ErrorCode",
    "EventHooks",
    "FileChangedError",
    "FileTokenStore",
    "FinalOnly",
    "Incremental",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "Lansenger",
    "LansengerError",
    "MemoryTokenStore",
    "MessageRevocation",
    "NotFoundError",
    "PartialRevokeError",
    "PermissionDeniedError",
    "PresignedUpload",
    "RateLimitError",
    "RateLimiter",
    "RecipientResult",
    "RedisTokenBucket",
    "RedisTokenStore",
    "RequestMeta",
    "RetryPolicy",
    "Secret",
    "SignatureVerificationError",
    "StatusCard",
    "StoreError",
    "StoredAppToken",
    "StoredUserToken",
    "StreamReply",
    "TokenBucket",
    "TokenStore",
    "UnexpectedResponseError",
    "__version__",
    "hook_sign",
    "request_meta",
]
