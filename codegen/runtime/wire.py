"""The one place generated operations send requests and read the platform's answers.

Sending (`send`, `asend`) and the helpers operations share (path segments, pagination, capped reads) need nothing
from the spec. Reading an answer does: which class an errCode raises is the spec's error table, so `Answers` is
built once over it (in `client.py`) and its methods are what operations call.
"""

from __future__ import annotations

import contextlib
import datetime
import email.utils
import json
import re
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar, cast
from urllib.parse import quote

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
from .redaction import redact, scrub
from .types import Unset

T = TypeVar("T")
Item = TypeVar("Item")
Position = TypeVar("Position")

ERROR_BODY_LIMIT = 64 * 1024
"""How much of an error answer to a byte download is read: far more than any envelope, never a whole flood."""


if TYPE_CHECKING:  # types only: defining a Protocol class costs a first send its import time

    class _OpenModel(Protocol):
        additional_properties: dict[str, Any]


Open = TypeVar("Open", bound="_OpenModel")

# Ids are nearly always letters, digits, "-" and "_": such a segment is sent as it is, and cannot be a dot segment.
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_~-]+").fullmatch
_DOT_SEGMENTS = (".", "..")

ANSWER_JSON = "lansenger.answer_json"
"""The response extension that keeps an answer's decoded JSON (see `answer_json`)."""
_UNDECODED = object()


def send(http: httpx.Client, kwargs: dict[str, Any], operation: str) -> httpx.Response:
    """Send one request; httpx's errors become the SDK's, with no secret left in reach (see `redaction`)."""
    try:
        return http.request(**kwargs)
    except httpx.RequestError as exc:
        raise translate(exc, operation) from exc
    except Exception as exc:  # raised inside httpx's machinery: a token fetch, a hook, an upload's file that changed
        scrub(exc)
        raise


async def asend(http: httpx.AsyncClient, kwargs: dict[str, Any], operation: str) -> httpx.Response:
    """The async twin of `send`."""
    try:
        return await http.request(**kwargs)
    except httpx.RequestError as exc:
        raise translate(exc, operation) from exc
    except Exception as exc:
        scrub(exc)
        raise


def answer_json(response: httpx.Response, body: bytes | None = None) -> Any:
    """An answer's JSON, decoded once however many layers read it (the retry transport, the auth flow's check for
    a rejected token, `Answers`): the first keeps it in the response's extensions. `body` is the decoded body for
    a layer that read it before the response was; a body that is not JSON raises ValueError or RecursionError
    each time. Readers share the value, so none may change it."""
    extensions = response.extensions
    payload = extensions.get(ANSWER_JSON, _UNDECODED)
    if payload is _UNDECODED:
        payload = _loads(response.content if body is None else body)
        if isinstance(extensions, dict):
            extensions[ANSWER_JSON] = payload
    return payload


_DECODER = json.JSONDecoder()


def _loads(content: bytes) -> Any:
    """`json.loads(content)`, with the usual answer (UTF-8, an object from its first byte to its last) decoded by
    `JSONDecoder.raw_decode` alone: `json.loads` would first guess the encoding and match whitespace around it,
    which costs more than decoding a small envelope. Any other body, and any that fails, goes to `json.loads`."""
    if content[:1] == b"{" and content[1:2] != b"\x00":  # what json.loads reads as UTF-8 (not UTF-16/32)
        text = content.decode("utf-8", "surrogatepass")
        try:
            payload, end = _DECODER.raw_decode(text)
        except ValueError:
            pass  # json.loads raises its own error below
        else:
            if end == len(text):
                return payload
    return json.loads(content)


def translate(exc: httpx.RequestError, operation: str) -> LansengerError:
    """The SDK's error for an httpx one, which is redacted in place to become its cause: the message says the
    operation, the kind of failure and the request's method, host and path, never its query."""
    redact(exc)
    kind = type(exc).__name__
    where = f" ({exc.request.method} {exc.request.url})" if _has_request(exc) else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation}: timed out ({kind}){where}")
    if isinstance(exc, httpx.DecodingError):
        return UnexpectedResponseError(
            f"the answer's body does not decode as its Content-Encoding says ({kind}: {exc}){where}",
            operation=operation,
        )
    return APIConnectionError(f"{operation}: {kind}: {exc}{where}")


def _has_request(exc: httpx.RequestError) -> bool:
    try:
        return exc.request is not None
    except RuntimeError:  # httpx raises when the error was made without a request
        return False


class Answers:
    """Reads the platform's answers and raises the typed error the spec's table gives for an errCode or status."""

    __slots__ = ("table",)

    def __init__(self, table: ErrorTable) -> None:
        self.table = table

    @contextmanager
    def stream(self, http: httpx.Client, kwargs: dict[str, Any], operation: str) -> Iterator[httpx.Response]:
        """Open a byte-answer request without reading its body; raise if the platform answered an error instead.

        httpx's errors while the caller reads the body (a timeout, a broken gzip) become the SDK's too; the caller's
        own exceptions pass through untouched.
        """
        opened = False
        try:
            with http.stream(**kwargs) as response:
                if _answered_error(response):
                    self._raise_for_bytes_answer(_read_capped(response), operation)
                opened = True
                yield response
        except httpx.RequestError as exc:
            raise translate(exc, operation) from exc
        except Exception as exc:
            if not opened:
                scrub(exc)
            raise

    @asynccontextmanager
    async def astream(
        self, http: httpx.AsyncClient, kwargs: dict[str, Any], operation: str
    ) -> AsyncIterator[httpx.Response]:
        """The async twin of `stream`."""
        opened = False
        try:
            async with http.stream(**kwargs) as response:
                if _answered_error(response):
                    self._raise_for_bytes_answer(await _aread_capped(response), operation)
                opened = True
                yield response
        except httpx.RequestError as exc:
            raise translate(exc, operation) from exc
        except Exception as exc:
            if not opened:
                scrub(exc)
            raise

    def parse(
        self,
        response: httpx.Response,
        operation: str,
        build: Callable[[Any], T],
        *,
        data_required: bool,
        default_error: type[APIError] = APIError,
        errcode_data: dict[int, Any] | None = None,
        success_codes: tuple[int, ...] = (),
        nonempty: tuple[str, ...] = (),
    ) -> T:
        """Unwrap the envelope and build the typed `data`; a malformed answer raises UnexpectedResponseError.

        `errcode_data` maps errCodes the platform uses to mean an answer (is_in_group's 10000: "not a member") to
        that answer; `success_codes` are errCodes besides 0 that mean success (personal todos' legacy 200);
        `nonempty` names answer fields a success must fill in (the platform has answered 0 without them).
        """
        try:
            data = self._unwrapped(response, operation, data_required, default_error, errcode_data, success_codes)
            for name in nonempty:
                if not isinstance(data, dict) or not data.get(name):
                    raise self.unexpected(response, operation, f"errCode 0 but {name} is empty")
            try:
                return build(data)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                why = f"data does not match the spec ({type(exc).__name__})"
                raise self.unexpected(response, operation, why) from exc
        except LansengerError as exc:
            scrub(exc)  # the frames below held the answer, and answers carry tokens
            raise

    def unwrap(
        self,
        response: httpx.Response,
        operation: str,
        *,
        data_required: bool,
        default_error: type[APIError] = APIError,
        errcode_data: dict[int, Any] | None = None,
        success_codes: tuple[int, ...] = (),
    ) -> Any:
        """Return the envelope's `data`, or raise the typed error its errCode (or HTTP status) stands for."""
        try:
            return self._unwrapped(response, operation, data_required, default_error, errcode_data, success_codes)
        except LansengerError as exc:
            scrub(exc)
            raise

    def unexpected(self, response: httpx.Response, operation: str, why: str) -> UnexpectedResponseError:
        """The error for an answer that does not match the spec."""
        return UnexpectedResponseError(
            why,
            http_status=response.status_code,
            request_id=self.table.request_id_from(response.headers),
            operation=operation,
        )

    def _unwrapped(
        self,
        response: httpx.Response,
        operation: str,
        data_required: bool,
        default_error: type[APIError],
        errcode_data: dict[int, Any] | None,
        success_codes: tuple[int, ...],
    ) -> Any:
        if response.status_code != 200:
            self._raise_for_status(response, operation)
        payload = response.extensions.get(ANSWER_JSON)  # decoded already by the retry transport, as a rule
        if type(payload) is not dict:
            payload = self._json_object(response, operation)
        code = payload.get("errCode")
        if type(code) is not int:  # the usual int passes without a call
            code = err_code(code)
        if code is None:
            raise self.unexpected(response, operation, "the answer has no errCode")
        if errcode_data and code in errcode_data:
            return errcode_data[code]
        if code != 0 and code not in success_codes:
            raise self.table.error_for_code(
                code,
                str(payload.get("errMsg") or "(no errMsg)"),
                request_id=self.table.request_id_from(response.headers),
                operation=operation,
                default=default_error,
            )
        data = payload.get("data")
        if data is None and data_required:
            raise self.unexpected(response, operation, "errCode 0 but no data")
        return data

    def _json_object(self, response: httpx.Response, operation: str) -> dict[str, Any]:
        """The answer's JSON object, when no layer decoded it before."""
        try:
            payload = answer_json(response)
        except ValueError as exc:
            raise self.unexpected(response, operation, "the answer is not JSON") from exc
        except RecursionError as exc:  # a gateway or proxy answering JSON nested thousands deep
            raise self.unexpected(response, operation, "the answer's JSON is nested too deeply to read") from exc
        if not isinstance(payload, dict):
            raise self.unexpected(response, operation, "the answer is not a JSON object")
        return payload

    def _raise_for_bytes_answer(self, response: httpx.Response, operation: str) -> NoReturn:
        if response.status_code != 200:
            self._raise_for_status(response, operation)
        self.unwrap(response, operation, data_required=False)
        raise self.unexpected(response, operation, "a JSON success envelope where bytes were expected")

    def _raise_for_status(self, response: httpx.Response, operation: str) -> NoReturn:
        code: int | None = None
        err_msg = response.reason_phrase or "unexpected HTTP status"
        if is_json_response(response):
            try:
                payload = answer_json(response)
            except (ValueError, RecursionError):
                payload = None
            if isinstance(payload, dict):
                code = err_code(payload.get("errCode"))
                err_msg = str(payload.get("errMsg") or err_msg)
        raise self.table.error_for_status(
            response.status_code,
            err_msg,
            err_code=code,
            request_id=self.table.request_id_from(response.headers),
            operation=operation,
            retry_after=retry_after_seconds(response.headers.get("retry-after")),
        )


def paginate(
    fetch: Callable[[Position], T],
    *,
    first: Position,
    items: Callable[[T], list[Item] | Unset],
    total: Callable[[T], int | Unset | None],
    advance: Callable[[Position, T, int], Position | Unset | None],
) -> Iterator[Item]:
    """Yield every item of a paged list, page after page.

    `advance(position, answer, items_received)` gives the next page number, offset or cursor. Stops once as many
    items as the platform's `total` have arrived, at the first empty page, or when the next position is missing or
    repeats (a cursor that does not move); `hasMore` is never consulted, because the platform's own SDKs found it
    unreliable.
    """
    position, seen = first, 0
    while True:
        data = fetch(position)
        batch = _batch(items(data))
        yield from batch
        seen += len(batch)
        following = _following(position, data, batch, seen, total, advance)
        if following is None:
            return
        position = following


async def apaginate(
    fetch: Callable[[Position], Awaitable[T]],
    *,
    first: Position,
    items: Callable[[T], list[Item] | Unset],
    total: Callable[[T], int | Unset | None],
    advance: Callable[[Position, T, int], Position | Unset | None],
) -> AsyncIterator[Item]:
    """The async twin of `paginate`."""
    position, seen = first, 0
    while True:
        data = await fetch(position)
        batch = _batch(items(data))
        for item in batch:
            yield item
        seen += len(batch)
        following = _following(position, data, batch, seen, total, advance)
        if following is None:
            return
        position = following


def _batch(batch: list[Item] | Unset) -> list[Item]:
    return [] if isinstance(batch, Unset) else batch


def _following(
    position: Position,
    data: T,
    batch: list[Item],
    seen: int,
    total: Callable[[T], int | Unset | None],
    advance: Callable[[Position, T, int], Position | Unset | None],
) -> Position | None:
    expected = total(data)
    if not batch or (isinstance(expected, int) and seen >= expected):
        return None
    following = advance(position, data, len(batch))
    if following is None or isinstance(following, Unset) or following == "" or following == position:
        return None
    return following


def next_page(page: int, data: object, received: int) -> int:
    return page + 1


def next_offset(offset: int, data: object, received: int) -> int:
    return offset + received


def paged(model: Open, evolved: Open) -> Open:
    """`evolved` (`attrs.evolve(model, page_no=...)`: the page number inside a query object, for lists paged there)
    with the fields the spec does not name that `model` had, which `attrs.evolve` leaves out."""
    return with_extra(evolved, model.additional_properties)


def with_extra(model: Open, extra_body: Mapping[str, Any] | None) -> Open:
    """`extra_body=`: body fields the spec does not name (yet), sent as given; a named field wins over an extra
    one of the same name. The way to use a field the platform added before the spec knows it."""
    if extra_body:
        model.additional_properties.update(extra_body)
    return model


def path_segment(value: object, name: str) -> str:
    """A path parameter as exactly one path segment that decodes to exactly the value given.

    Every character but letters, digits and `-._~` is percent-encoded (UTF-8), so `/`, `?`, `#` and `%` cannot
    reach another operation, a query or a fragment. `.` and `..` cannot be encoded safely (URL normalisation, in
    httpx and in servers, removes them or treats `%2E` as `.`), so they are refused, as is an empty value; all
    before anything is sent. A value that is not text (an int) goes in as its `str()`. Messages name the parameter
    and never repeat a value (it may be huge, or not fit for a log).
    """
    text = value if type(value) is str else _segment_text(value, name)
    if _PLAIN_SEGMENT(text):
        return text
    if not text:
        raise InvalidArgumentError(f"{name} must not be empty")
    if text in _DOT_SEGMENTS:
        raise InvalidArgumentError(f"{name} must not be {text!r}: a dot segment would change the path")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise InvalidArgumentError(f"{name} is not valid text (it contains a lone surrogate)") from None


def _segment_text(value: object, name: str) -> str:
    if value is None:
        raise InvalidArgumentError(f"{name} must be given, not None")
    return str(value)


def err_code(value: object) -> int | None:
    """An envelope's errCode as an int; the platform's SDKs have seen numeric strings, so those count too."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def is_json_response(response: httpx.Response) -> bool:
    """Whether an answer says it is JSON: the media type `application/json` in any case, parameters allowed
    (`; charset=utf-8`); `application/jsonp` and other types are not. Read from the raw header bytes: every JSON
    answer passes here, and `headers.get` would decode each header first; several Content-Type headers are joined
    as `headers.get` joins them."""
    found: bytes | None = None
    for name, value in response.headers.raw:
        if name.lower() == b"content-type":
            found = value if found is None else found + b", " + value
    return found is not None and found.partition(b";")[0].strip().lower() == b"application/json"


def _answered_error(response: httpx.Response) -> bool:
    return response.status_code != 200 or is_json_response(response)


def capped(chunks: Iterable[bytes], limit: int = ERROR_BODY_LIMIT) -> bytes:
    """At most `limit` bytes of a body read chunk by chunk; the rest is never read (an error answer's start says
    what went wrong, and a hostile or broken server's endless body must not fill memory)."""
    body = bytearray()
    for chunk in chunks:
        body += chunk
        if len(body) >= limit:
            break
    return bytes(body[:limit])


async def acapped(chunks: AsyncIterator[bytes], limit: int = ERROR_BODY_LIMIT) -> bytes:
    """The async twin of `capped`."""
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) >= limit:
            break
    return bytes(body[:limit])


def _read_capped(response: httpx.Response) -> httpx.Response:
    """The error answer to a byte download with at most ERROR_BODY_LIMIT bytes of its body: the typed error comes
    from what was read."""
    return _with_body(response, capped(response.iter_bytes()))


async def _aread_capped(response: httpx.Response) -> httpx.Response:
    """The async twin of `_read_capped`."""
    async with contextlib.aclosing(cast("AsyncGenerator[bytes, None]", response.aiter_bytes())) as chunks:
        return _with_body(response, await acapped(chunks))


def _with_body(response: httpx.Response, body: bytes) -> httpx.Response:
    """A read copy of `response` holding `body`, already decoded (so without the Content-Encoding it came in)."""
    headers = [
        (k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding", "content-length")
    ]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request, extensions=response.extensions
    )


def retry_after_seconds(value: str | None) -> float | None:
    """A Retry-After header (delta-seconds or HTTP-date) as seconds from now; None when absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" dates parse as naive; HTTP dates are always UTC
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, when.timestamp() - time.time())


__all__ = [
    "ANSWER_JSON",
    "ERROR_BODY_LIMIT",
    "Answers",
    "acapped",
    "answer_json",
    "apaginate",
    "asend",
    "capped",
    "err_code",
    "is_json_response",
    "next_offset",
    "next_page",
    "paged",
    "paginate",
    "path_segment",
    "retry_after_seconds",
    "send",
    "translate",
    "with_extra",
]
