# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""Keep secrets out of the exceptions the SDK raises: their messages, their chains and their tracebacks.

Error trackers record a traceback with every frame's local variables and follow `__cause__` and `__context__`.
httpx's exceptions hold the request, whose URL carries `app_token`, `user_token` or the app secret, and so do the
frames they pass through. Three measures keep those out of reach:

- secrets the SDK holds are `Secret` strings: sent as they are, shown as `'***'` by `repr()`, so the locals of a
  frame (and a dict or list holding them) print masked;
- an httpx exception is chained only once redacted (`redact`): the URL's query masked in its message, a request
  with nothing but the method and the URL's scheme, host, port and path, no traceback;
- `scrub` goes through an error's chain: a context hidden with `from None` is dropped, the copies of an answer that
  JSON and Unicode errors keep are emptied, and the frames the error has already left lose their locals (their
  file and line stay, for debugging).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable
from types import FrameType, TracebackType
from typing import TypeVar, cast
from urllib.parse import unquote

import httpx

MASK = "***"

_SECRET_PARAMS = frozenset({"app_token", "user_token", "refresh_token", "hook_token", "secret", "code", "ticket"})
"""Query parameters whose values are masked from `_MIN_SECRET` characters on."""

_MIN_SECRET = 4
_MIN_VALUE = 8
"""Other query values this long are masked too. Shorter ones (a page number, a test's token "t") are no secret, and
masking them would garble the rest of a message."""

T = TypeVar("T")
E = TypeVar("E", bound=BaseException)


class Secret(str):
    """A string that is sent as itself (`str()`, f-strings, httpx, JSON) but whose `repr()` is `'***'`.

    A traceback recorded with local variables, or a dict or list that holds one, then shows it masked. Wrap your
    own tokens in it to get the same for them; the SDK wraps every secret it holds.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"'{MASK}'"


def conceal(value: T) -> T:
    """`value` as a `Secret` when it is a plain string; anything else (None, UNSET, a Secret) as it is."""
    if isinstance(value, str) and not isinstance(value, Secret):
        return cast(T, Secret(value))
    return value


def bare_url(url: httpx.URL) -> httpx.URL:
    """The URL's scheme, host, port and path: what says where a failure happened, without the query (tokens) or
    the user info."""
    return url.copy_with(query=None, fragment=None, userinfo=b"")


def url_secrets(url: httpx.URL) -> tuple[str, ...]:
    """Every spelling of the URL's query and of its secret values a message may hold, longest first."""
    query = url.query.decode("ascii", "replace")
    found = [query, unquote(query), url.password or ""]
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        secret = unquote(name).lower() in _SECRET_PARAMS
        if len(value) >= (_MIN_SECRET if secret else _MIN_VALUE):
            found += [value, unquote(value.replace("+", " "))]
    return longest_first(found)


def longest_first(secrets: Iterable[str]) -> tuple[str, ...]:
    """A whole query is masked before the values inside it, so no fragment of it survives."""
    return tuple(sorted({secret for secret in secrets if secret}, key=len, reverse=True))


def mask(text: str, secrets: Iterable[str]) -> str:
    """`text` with every occurrence of each secret replaced by `***`; give the secrets longest first."""
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


def _request_of(error: httpx.HTTPError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # httpx raises when the error was created without one
        return None


def masked_message(error: httpx.HTTPError) -> str:
    """The error's message with its request's URL shown bare and the query's secrets masked."""
    text = str(error)
    request = _request_of(error)
    if request is None:
        return text
    text = text.replace(str(request.url), str(bare_url(request.url)))
    return mask(text, url_secrets(request.url))


def redact(error: httpx.HTTPError) -> httpx.HTTPError:
    """Make an httpx error safe to chain, in place, and return it: the message masked (`masked_message`), a request
    with only the method and the bare URL (a status error's response keeps only its status), no traceback and no
    chain of its own (httpcore's errors below it hold the request too).

    In place, not a copy: a context manager that turns the error into the SDK's raises while the original is still
    being handled, so the original becomes the new error's `__context__` whatever the SDK does.
    """
    request = _request_of(error)
    error.args = (masked_message(error),)
    if request is not None:
        bare = httpx.Request(request.method, bare_url(request.url))
        error.request = bare
        if isinstance(error, httpx.HTTPStatusError):
            error.response = httpx.Response(error.response.status_code, request=bare)
    _forget_locals(error.__traceback__, _running_frames())
    error.__traceback__ = None
    error.__cause__ = error.__context__ = None
    error.__suppress_context__ = False
    return error


def scrub(error: E) -> E:
    """Make an error that is about to reach the caller safe to record, in place, and return it.

    Every exception in its chain is treated: a context hidden with `from None` is dropped, an httpx exception is
    redacted (`redact`), JSON and Unicode errors lose their copy of the document, and every frame of
    their tracebacks that has finished running loses its locals. Call it where the error is caught, below any
    frame still running with a secret.
    """
    running = _running_frames()
    pending: list[BaseException] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, httpx.HTTPError) and current is not error:
            redact(current)
            continue
        _empty_document(current)
        if current.__suppress_context__:
            current.__context__ = None
        pending += [linked for linked in (current.__cause__, current.__context__) if linked is not None]
        _forget_locals(current.__traceback__, running)
    return error


def _empty_document(error: BaseException) -> None:
    """JSON errors keep the whole document they failed on, Unicode errors the whole text: an answer with tokens."""
    if isinstance(error, json.JSONDecodeError):
        error.doc = ""
    elif isinstance(error, UnicodeDecodeError):
        error.object = b""
    elif isinstance(error, (UnicodeEncodeError, UnicodeTranslateError)):
        error.object = ""


def _running_frames() -> set[FrameType]:
    frames: set[FrameType] = set()
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        frames.add(frame)
        frame = frame.f_back
    return frames


def _forget_locals(traceback: TracebackType | None, running: set[FrameType]) -> None:
    """Clear the locals of the frames an exception has left (requests, answers, keys); the frames still running
    cannot be cleared and are left alone."""
    while traceback is not None:
        frame = traceback.tb_frame
        if frame not in running:
            with contextlib.suppress(RuntimeError):  # a frame still executing elsewhere, such as another thread's
                frame.clear()
        traceback = traceback.tb_next


__all__ = [
    "MASK",
    "Secret",
    "bare_url",
    "conceal",
    "longest_first",
    "mask",
    "masked_message",
    "redact",
    "scrub",
    "url_secrets",
]
