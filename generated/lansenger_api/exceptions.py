# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The exception classes the generated package raises, and the reading of the spec's error table.

Which errCode or HTTP status raises which class is data in the spec (`x-lansenger-errors`): `errors.py` renders it
into an `ErrorTable` and re-exports everything here, so `lansenger_api.errors` stays the one import path.
"""

from __future__ import annotations

from collections.abc import Mapping


class LansengerError(Exception):
    """Base of every error raised by the SDK."""

    retryable: bool = False


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


class ErrorTable:
    """The spec's error table: which class each errCode and HTTP status raises, and where the request id is.

    A plain class with slots, not a dataclass: the package builds one table, and defining a dataclass would
    compile its methods at import, on the path of every program's first send."""

    __slots__ = ("code_classes", "request_id_headers", "retryable_codes", "server_error_class", "status_classes")

    def __init__(
        self,
        code_classes: Mapping[int, type[APIError]],
        retryable_codes: frozenset[int],
        status_classes: Mapping[int, type[APIError]],
        server_error_class: type[APIError],
        request_id_headers: tuple[str, ...],
    ) -> None:
        self.code_classes = code_classes
        self.retryable_codes = retryable_codes
        self.status_classes = status_classes
        self.server_error_class = server_error_class
        self.request_id_headers = request_id_headers

    def request_id_from(self, headers: Mapping[str, str]) -> str | None:
        """The request id the gateway sent, if any."""
        for name in self.request_id_headers:
            value = headers.get(name)
            if value:
                return value
        return None

    def error_for_code(
        self,
        err_code: int | None,
        err_msg: str,
        *,
        http_status: int = 200,
        request_id: str | None = None,
        operation: str | None = None,
        default: type[APIError] = APIError,
    ) -> APIError:
        """Build the typed error for an envelope, by the spec's table."""
        cls = self.code_classes.get(err_code, default) if err_code is not None else default
        return cls(
            err_msg,
            err_code=err_code,
            http_status=http_status,
            request_id=request_id,
            operation=operation,
            retryable=err_code in self.retryable_codes,
        )

    def error_for_status(
        self,
        http_status: int,
        err_msg: str,
        *,
        err_code: int | None = None,
        request_id: str | None = None,
        operation: str | None = None,
        retry_after: float | None = None,
    ) -> APIError:
        """Build the typed error for an HTTP status other than 200."""
        cls = self.server_error_class if http_status >= 500 else self.status_classes.get(http_status, APIError)
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
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "ErrorTable",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidRequestError",
    "LansengerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedResponseError",
]
