# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Every exception the SDK raises, and the platform's error codes as the spec describes them."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final


class LansengerError(Exception):
    """Base of every error raised by the SDK."""

    retryable: bool = False


class ConfigurationError(LansengerError):
    """The client is missing something it needs (credentials, gateway URL), found before any request."""


class AuthorizationError(LansengerError):
    """A user authorization cannot be used: the OAuth redirect carried an error, no code or a state that does
    not match (possible CSRF), or the user's refresh token has run out and they must authorize again.

    `error` and `description` hold the redirect's `error` / `error_description` when it had them.
    """

    def __init__(self, message: str, *, error: str | None = None, description: str | None = None) -> None:
        super().__init__(message)
        self.error = error
        self.description = description


class InvalidArgumentError(LansengerError, ValueError):
    """An argument breaks a rule of the API; raised before any request is sent."""


class APIConnectionError(LansengerError):
    """The request could not be sent or its answer could not be read (network, DNS, TLS, reset)."""

    retryable = True


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIError(LansengerError):
    """The platform answered with an error: a non-zero errCode, or an HTTP status other than 200.

    Attributes:
        err_code: the envelope's errCode, or None when the answer had none.
        err_msg: the envelope's errMsg, or a description of the unexpected answer.
        http_status: the HTTP status of the answer.
        request_id: the gateway's request id header, when it sent one; quote it to support.
        operation: the SDK operation that failed.
    """

    def __init__(
        self,
        err_msg: str,
        *,
        err_code: int | None = None,
        http_status: int = 200,
        request_id: str | None = None,
        operation: str | None = None,
        retryable: bool = False,
    ) -> None:
        self.err_code = err_code
        self.err_msg = err_msg
        self.http_status = http_status
        self.request_id = request_id
        self.operation = operation
        self.retryable = retryable
        where = f"{operation}: " if operation else ""
        code = f"errCode {err_code}" if err_code is not None else f"HTTP {http_status}"
        suffix = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{where}{code}: {err_msg}{suffix}")


class AuthenticationError(APIError):
    """The app token, user token or credentials were rejected."""


class PermissionDeniedError(APIError):
    """The app or user may not do this."""


class NotFoundError(APIError):
    """The object does not exist."""


class InvalidRequestError(APIError):
    """The platform rejected the request's parameters."""


class RateLimitError(APIError):
    """Too many requests; `retry_after` holds the server's hint in seconds, when it gave one."""

    retry_after: float | None = None


class InternalServerError(APIError):
    """The platform failed (HTTP 5xx)."""


class UnexpectedResponseError(APIError):
    """The answer does not match the spec: not JSON (or nested too deeply to read), a body that does not decode
    (a broken gzip), no errCode, or data of the wrong shape. Reads that are safe to repeat are retried first.

    For a body that does not decode `http_status` says 200: httpx's error does not tell the answer's status.
    """


class FileChangedError(LansengerError):
    """A file grew or shrank while it was being uploaded, so the upload no longer matched the length it announced.

    The upload is abandoned as soon as the difference shows (never retried); upload the file again once nothing is
    writing to it. `declared` is the length announced, `sent` how far the upload got, `grew` which way it changed.
    """

    def __init__(self, message: str, *, declared: int, sent: int, grew: bool) -> None:
        super().__init__(message)
        self.declared = declared
        self.sent = sent
        self.grew = grew


class StoreError(LansengerError):
    """A token store cannot be read or written: a corrupt state file (left untouched, never overwritten), a
    file or directory the process may not use, or an unreachable store backend.

    `path` names the file when the store is a file.
    """

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class CallbackError(LansengerError):
    """An inbound callback could not be accepted."""


class SignatureVerificationError(CallbackError):
    """A callback's signature does not match, or its timestamp is outside the tolerance window."""


class DecryptionError(CallbackError):
    """A callback's payload could not be decrypted or decoded."""


class ErrorCode(enum.IntEnum):
    """Error codes the platform is known to answer (spec/openapi.yaml, x-lansenger-errors)."""

    UNKNOWN_EXCEPTION = -1
    """The platform failed on a missing field (a notice without remindStatus or ccRangeList, a personal todo update without createUserId or appid)."""
    APP_SERVICE_ERROR = 500
    """The app service behind the gateway failed, in an HTTP 200 envelope (qingjia and jiaban); personal todos also answer it for a resource entry without fileName, resourceId, fileType or fileSize."""
    OFFICIAL_ACCOUNT_NOT_FOUND = 3104
    """Questionnaires: the official account (accountCode) is missing or unknown."""
    PERSON_NOT_FOUND = 3123
    """Notices: a recipient or the sender does not exist (人员不存在)."""
    DATE_FORMAT_ERROR = 3124
    """Personal todos: a date is malformed (日期格式错误)."""
    NO_OFFICIAL_ACCOUNT_PERMISSION = 3381
    """Notices: the app may not use that official account."""
    SERVICE_UNAVAILABLE_OR_NOT_MEMBER = 10000
    """Query failed; is_in_group also answers it for a non-member."""
    INVALID_CODE = 10001
    """Invalid authorization code."""
    TOKEN_EXPIRED = 10003
    """Token expired."""
    TOKEN_INVALID = 10004
    """Token invalid or expired."""
    API_NOT_PERMITTED = 10005
    """The app may not call this API."""
    MODULE_NOT_ENABLED = 10008
    """Meeting-room booking is not enabled for the app (API服务 数据不存在)."""
    NOT_IN_GROUP = 30001
    """The sender is not in the group."""
    INVALID_PARAMETER = 40001
    """Invalid parameter."""
    INVALID_MEDIA_TYPE = 40010
    """Invalid media type."""
    INVALID_REFRESH_TOKEN = 40036
    """Refresh token expired or already used."""
    INVALID_ATTENDEE_FLAG = 40060
    """attendeeFlag must be yes, option or no."""
    USER_NOT_FOUND = 50001
    """User not found."""
    MEDIA_TYPE_NOT_STRING = 50052
    """Media type must be a string."""
    CHAT_LIST_FAILED = 63001
    """The chat list could not be fetched."""
    CHAT_PARAMETER_ERROR = 63002
    """Chat query parameter error."""
    NOT_FOUND = 64001
    """Media, share or other object not found."""
    VC_NOT_INSTALLED = 105100
    """The org has no videoconference app installed; do not retry."""
    VC_NO_DOWNLOAD_PERMISSION = 105102
    """The operator may not download these recordings."""
    VC_TOO_MANY_RECORDINGS = 105103
    """More than 3 recordings in one download request."""
    VC_MAX_PERSON_CHANGED = 105105
    """The org's meeting size limit changed; members must rejoin."""
    VC_NOT_CONFIGURED = 105106
    """Videoconferencing is not configured for the org; do not retry."""
    VC_MAX_PERSON_CHANGED_REJOIN = 105107
    """The org's meeting size limit changed; rejoin the meeting."""
    VC_START_TIME_PASSED = 105204
    """A reserved meeting's startTime must be in the future."""
    VC_MEETING_NOT_RUNNING = 105213
    """The meeting has not started or is over (usually the inner data.code)."""
    VC_MEETING_STARTED = 105224
    """The meeting has started: stop it instead of cancelling or changing it."""
    VC_MEMBER_LIMIT_REACHED = 105225
    """The meeting has as many members as it may."""
    VC_NO_HOST = 105230
    """The members need exactly one with role admin."""
    VC_ORG_SEATS_EXCEEDED = 105244
    """The org's maximum of concurrent seats is reached."""
    VC_NO_CALL_TIME_LEFT = 105245
    """The org has no call time left."""
    VC_INVALID_MEMBER_DATA = 105263
    """An invitee lacks employeeName, audio or video."""
    VC_UNKNOWN_OP_CODE = 105601
    """The platform does not know this opCode."""


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

SERVER_ERROR_CLASS: Final = InternalServerError

REQUEST_ID_HEADERS: Final = (
    "x-request-id",
    "x-log-id",
    "request-id",
    "x-trace-id",
)
"""Response headers that may carry the gateway's request id, most specific first."""


def request_id_from(headers: Mapping[str, str]) -> str | None:
    """The request id the gateway sent, if any."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def error_for_code(
    err_code: int | None,
    err_msg: str,
    *,
    http_status: int = 200,
    request_id: str | None = None,
    operation: str | None = None,
    default: type[APIError] = APIError,
) -> APIError:
    """Build the typed error for an envelope, by the spec's table."""
    cls = ERROR_CLASSES.get(err_code, default) if err_code is not None else default
    return cls(
        err_msg,
        err_code=err_code,
        http_status=http_status,
        request_id=request_id,
        operation=operation,
        retryable=err_code in RETRYABLE_CODES,
    )


def error_for_status(
    http_status: int,
    err_msg: str,
    *,
    err_code: int | None = None,
    request_id: str | None = None,
    operation: str | None = None,
    retry_after: float | None = None,
) -> APIError:
    """Build the typed error for an HTTP status other than 200."""
    cls = SERVER_ERROR_CLASS if http_status >= 500 else STATUS_CLASSES.get(http_status, APIError)
    error = cls(
        err_msg,
        err_code=err_code,
        http_status=http_status,
        request_id=request_id,
        operation=operation,
        retryable=http_status >= 500 or http_status == 429,
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after
    return error


__all__ = [
    "ERROR_CLASSES",
    "REQUEST_ID_HEADERS",
    "RETRYABLE_CODES",
    "STATUS_CLASSES",
    "TOKEN_INVALID_CODES",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "CallbackError",
    "ConfigurationError",
    "DecryptionError",
    "ErrorCode",
    "FileChangedError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "LansengerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SignatureVerificationError",
    "StoreError",
    "UnexpectedResponseError",
    "error_for_code",
    "error_for_status",
    "request_id_from",
]
