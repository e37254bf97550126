# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Every exception the generated package raises, and the platform's error codes as the spec describes them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from .exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ErrorTable,
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
    from .error_codes import ErrorCode


ERROR_CLASSES: Final[Mapping[int, type[APIError]]] = {
    -1: APIError,
    500: InternalServerError,
    3104: NotFoundError,
    3123: NotFoundError,
    3124: InvalidRequestError,
    3381: PermissionDeniedError,
    10000: APIError,
    10001: InvalidRequestError,
    10003: AuthenticationError,
    10004: AuthenticationError,
    10005: PermissionDeniedError,
    10008: PermissionDeniedError,
    30001: PermissionDeniedError,
    40001: InvalidRequestError,
    40010: InvalidRequestError,
    40014: AuthenticationError,
    40036: AuthenticationError,
    40060: InvalidRequestError,
    50001: NotFoundError,
    50052: InvalidRequestError,
    63001: APIError,
    63002: InvalidRequestError,
    64001: NotFoundError,
    105100: PermissionDeniedError,
    105102: PermissionDeniedError,
    105103: InvalidRequestError,
    105105: APIError,
    105106: PermissionDeniedError,
    105107: APIError,
    105204: InvalidRequestError,
    105213: InvalidRequestError,
    105224: InvalidRequestError,
    105225: APIError,
    105230: InvalidRequestError,
    105244: APIError,
    105245: APIError,
    105263: InvalidRequestError,
    105601: InvalidRequestError,
}
"""Which exception each known errCode raises; unknown codes raise APIError."""

TOKEN_INVALID_CODES: Final[frozenset[int]] = frozenset(
    {
        10003,
        10004,
    }
)
"""errCodes meaning the app token is no longer valid: the client refreshes it and replays the request once."""

RETRYABLE_CODES: Final[frozenset[int]] = frozenset({})
"""errCodes worth retrying for requests that are safe to repeat."""

STATUS_CLASSES: Final[Mapping[int, type[APIError]]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}
"""Which exception a non-200 HTTP status raises; 5xx raises InternalServerError."""

REQUEST_ID_HEADERS: Final = (
    "x-request-id",
    "x-log-id",
    "request-id",
    "x-trace-id",
)
"""Response headers that may carry the gateway's request id, most specific first."""

TABLE: Final = ErrorTable(
    code_classes=ERROR_CLASSES,
    retryable_codes=RETRYABLE_CODES,
    status_classes=STATUS_CLASSES,
    server_error_class=InternalServerError,
    request_id_headers=REQUEST_ID_HEADERS,
)
"""The tables above, read by the runtime (`exceptions.ErrorTable`)."""

request_id_from = TABLE.request_id_from
error_for_code = TABLE.error_for_code
error_for_status = TABLE.error_for_status


def __getattr__(name: str) -> Any:
    """`ErrorCode`, imported on first use: an enum of dozens of members costs a first send a millisecond."""
    if name != "ErrorCode":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .error_codes import ErrorCode

    globals()[name] = ErrorCode
    return ErrorCode


__all__ = [
    "ERROR_CLASSES",
    "REQUEST_ID_HEADERS",
    "RETRYABLE_CODES",
    "STATUS_CLASSES",
    "TABLE",
    "TOKEN_INVALID_CODES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "ErrorCode",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "LansengerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
    "error_for_code",
    "error_for_status",
    "request_id_from",
]
