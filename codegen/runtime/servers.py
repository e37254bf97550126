"""Operations that leave the gateway: another server given at call time, answers without the envelope, and PUTs
of raw bytes to a presigned URL.

The spec declares them with an operation-level `servers` entry whose URL is one variable (the server's base URL,
a keyword argument of the operation), `x-lansenger-presigned` on that entry when the variable is the whole target
URL the platform handed out, and `x-lansenger-envelope: false` when the answer is bare JSON (the passport's OAuth2
device flow). A presigned URL is a credential: it is refused unless it is https (plain http only to a loopback
address, as a local sandbox hands out), its query values never appear in an error, and a request to it carries no
app token (`app_token: False` in its request metadata, and the caller's client is best one without auth).
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import re
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping
from typing import Any, TypeVar, cast
from urllib.parse import quote, unquote

import httpx

from .exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ErrorTable,
    InvalidArgumentError,
    LansengerError,
    UnexpectedResponseError,
)
from .redaction import conceal, longest_first, mask, scrub
from .wire import acapped, capped, err_code

T = TypeVar("T")

ERROR_BODY_LIMIT = 16 * 1024
"""How much of an object store's error answer is read: its XML Code and Message come first."""
STORE_REQUEST_ID_HEADERS = ("x-amz-request-id", "x-oss-request-id", "x-cos-request-id")
"""Where S3-style object stores put the id of a request."""
_XML_FIELD = re.compile(r"<(Code|Message)>([^<]{0,300})</\1>")
_BODY_HEADERS = ("content-encoding", "content-length")
_CREDENTIAL_PARAMS = frozenset({"app_token", "user_token", "refresh_token", "hook_token", "secret"})


class NotOfferedError(APIError):
    """The server answered as one that does not offer this operation: a 404 or a redirect, the gateway's envelope,
    or a page that is not JSON. An older deployment, or the wrong server configured."""


def server_url(base: object, path: str, name: str) -> str:
    """`base` (an operation's server, given at call time) joined with the operation's path."""
    parsed = _absolute(base, name, f"{name} must be the server's base URL, such as https://passport.example.com")
    if parsed.query or parsed.fragment:
        raise InvalidArgumentError(f"{name} must be a base URL without a query or fragment")
    return str(base).rstrip("/") + path


def presigned_target(url: object, name: str = "url") -> str:
    """The presigned URL, checked, as a `Secret` (masked in reprs); messages never quote it: its query is the
    signature."""
    parsed = _absolute(url, name, f"{name} must be the presigned URL the upload-URL operation answered")
    if parsed.scheme == "http" and not _loopback(parsed.host):
        raise InvalidArgumentError(f"{name} must be an absolute https URL (http only to a loopback address)")
    if _CREDENTIAL_PARAMS & set(parsed.params.keys()):
        raise InvalidArgumentError(f"{name} carries an SDK credential: it is not a presigned URL")
    return conceal(str(url))


def _absolute(value: object, name: str, empty: str) -> httpx.URL:
    if not isinstance(value, str) or not value:
        raise InvalidArgumentError(empty)
    try:
        parsed = httpx.URL(value)
    except (httpx.InvalidURL, TypeError):
        raise InvalidArgumentError(f"{name} is not a valid URL") from None
    if parsed.scheme not in ("http", "https") or not parsed.host or parsed.userinfo:
        raise InvalidArgumentError(f"{name} must be an absolute https URL (http only to a loopback address)")
    return parsed


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_bare(
    response: httpx.Response,
    operation: str,
    build: Callable[[Any], T],
    table: ErrorTable,
    *,
    answer_errors: tuple[str, ...] = (),
    nonempty: tuple[str, ...] = (),
) -> T:
    """Build the typed answer of an operation without the envelope (`x-lansenger-envelope: false`).

    Errors come OAuth2's ways: `{"error": {"code", "message"}}` or an RFC 6749 `error` string (with its HTTP
    status). `answer_errors` are `error` strings that are answers (RFC 8628's polling states), built like a 200.
    """
    try:
        return _parsed_bare(response, operation, build, table, answer_errors, nonempty)
    except LansengerError as exc:
        scrub(exc)  # the frames below held the answer, which may carry a code or a token
        raise


def _parsed_bare(
    response: httpx.Response,
    operation: str,
    build: Callable[[Any], T],
    table: ErrorTable,
    answer_errors: tuple[str, ...],
    nonempty: tuple[str, ...],
) -> T:
    status, request_id = response.status_code, table.request_id_from(response.headers)
    if status >= 500:
        raise table.error_for_status(status, "the server failed", request_id=request_id, operation=operation)
    if 300 <= status < 400 or status == 404:
        raise _not_offered(table, response, operation, f"HTTP {status}")
    payload = _json_object(response)
    if payload is None:
        if status == 200:
            raise _not_offered(table, response, operation, "the answer is not JSON")
        raise table.error_for_status(status, f"HTTP {status}", request_id=request_id, operation=operation)
    if "errCode" in payload:
        raise _not_offered(table, response, operation, "the gateway's envelope answered")
    error = payload.get("error")
    if not (isinstance(error, str) and error in answer_errors) and (error is not None or status != 200):
        raise _error(table, response, payload, operation)
    for name in nonempty:
        if not payload.get(name):
            raise _unexpected(table, response, operation, f"{name} is missing or empty")
    try:
        return build(payload)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _unexpected(
            table, response, operation, f"the answer does not match the spec ({type(exc).__name__})"
        ) from exc


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        payload = json.loads(response.content)
    except (ValueError, RecursionError):
        return None
    return payload if isinstance(payload, dict) else None


def _error(table: ErrorTable, response: httpx.Response, payload: Mapping[str, Any], operation: str) -> APIError:
    status, request_id = response.status_code, table.request_id_from(response.headers)
    error = payload.get("error")
    code: int | None = None
    if isinstance(error, Mapping):
        code = err_code(error.get("code"))
        message = str(error.get("message") or "(no message)")
    else:
        description = payload.get("error_description")
        message = f"{error}: {description}" if isinstance(description, str) and description else str(error)
    if status != 200:
        return table.error_for_status(status, message, err_code=code, request_id=request_id, operation=operation)
    return table.error_for_code(code, message, request_id=request_id, operation=operation)


def _not_offered(table: ErrorTable, response: httpx.Response, operation: str, why: str) -> NotOfferedError:
    return NotOfferedError(
        f"the server does not offer {operation} ({why})",
        http_status=response.status_code,
        request_id=table.request_id_from(response.headers),
        operation=operation,
    )


def _unexpected(table: ErrorTable, response: httpx.Response, operation: str, why: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        f"the answer does not match {operation}: {why}",
        http_status=response.status_code,
        request_id=table.request_id_from(response.headers),
        operation=operation,
    )


def send_presigned(http: httpx.Client, kwargs: dict[str, Any], operation: str, table: ErrorTable) -> httpx.Response:
    """PUT to a presigned URL; a refusal raises the typed error of its HTTP status, naming only the host.

    Nothing is retried by this call (its body may be a stream); at most ERROR_BODY_LIMIT bytes of the answer's
    body are read (an object store answers a PUT with an empty body, or an XML error).
    """
    try:
        with http.stream(**kwargs) as response:
            return _answered(kwargs["url"], response, _capped(response.iter_bytes()), operation, table)
    except httpx.TransportError as exc:
        failure = _transport_error(kwargs["url"], exc, operation)
    except LansengerError as exc:  # a refusal, or the caller's body failing inside httpx's frames
        scrub(exc)  # the frames it left held the answer, which may echo the signature
        raise
    raise failure from None  # outside the handler: the httpx error holds the URL, so it is no context


async def asend_presigned(
    http: httpx.AsyncClient, kwargs: dict[str, Any], operation: str, table: ErrorTable
) -> httpx.Response:
    """The async twin of `send_presigned`."""
    try:
        async with http.stream(**kwargs) as response:
            return _answered(kwargs["url"], response, await _acapped(response), operation, table)
    except httpx.TransportError as exc:
        failure = _transport_error(kwargs["url"], exc, operation)
    except LansengerError as exc:
        scrub(exc)
        raise
    raise failure from None


def _capped(chunks: Iterable[bytes]) -> bytes:
    """The start of an error answer; one that does not decode counts as empty (the status still tells)."""
    try:
        return capped(chunks, ERROR_BODY_LIMIT)
    except httpx.DecodingError:
        return b""


async def _acapped(response: httpx.Response) -> bytes:
    chunks = cast("AsyncGenerator[bytes, None]", response.aiter_bytes())
    try:
        async with contextlib.aclosing(chunks):
            return await acapped(chunks, ERROR_BODY_LIMIT)
    except httpx.DecodingError:
        return b""


def store_request_id(headers: Mapping[str, str], table: ErrorTable) -> str | None:
    """The object store's request id (quote it to its support), or the gateway-style one."""
    for name in STORE_REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return table.request_id_from(headers)


def _answered(target: str, response: httpx.Response, body: bytes, operation: str, table: ErrorTable) -> httpx.Response:
    """The answer with the part of its body that was read (decoded, so without its Content-Encoding), or the error."""
    if response.is_success:
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _BODY_HEADERS]
        return httpx.Response(response.status_code, headers=headers, content=body, request=response.request)
    fields = dict(_XML_FIELD.findall(body.decode("utf-8", "replace")))
    detail = ": ".join(part for part in (fields.get("Code"), fields.get("Message")) if part)
    url = httpx.URL(target)
    reason = mask(detail or response.reason_phrase or "refused", _query_values(url))
    raise table.error_for_status(
        response.status_code,
        f"upload to {url.host} refused: {reason}",  # never the whole body: S3 echoes the signature back
        request_id=store_request_id(response.headers, table),
        operation=operation,
    )


def _query_values(url: httpx.URL) -> tuple[str, ...]:
    """The URL's query, whole and value by value, in every spelling a store may echo."""
    query = url.query.decode("ascii", "replace")
    values = [value for _, value in url.params.multi_items() if len(value) >= 4]
    return longest_first([query, unquote(query), *values, *(quote(value, safe="") for value in values)])


def _transport_error(target: str, exc: httpx.TransportError, operation: str) -> APIConnectionError:
    """Only the error's type and the host: httpx errors can quote the request, and the request is the secret."""
    where = f"{operation}: uploading to {httpx.URL(target).host}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__})")
    return APIConnectionError(f"{where} failed ({type(exc).__name__})")
