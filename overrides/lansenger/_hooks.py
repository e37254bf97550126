"""Request and response hooks: your middleware on every attempt the SDK sends, with secrets masked.

Hooks run in the retry transport's attempt loop (`_retry`), so they see every attempt: each retry, the replay
after a rejected token, the token fetch itself. httpx's own ``event_hooks`` sit above retries and auth, and
would hand hooks URLs with ``app_token`` in them; here a hook gets a view instead: the URL and JSON bodies with
secrets replaced by ``***`` (the same redaction as the SDK's logs), and the operation's typed metadata
(``lansenger.request_meta(request.extensions)``) without the token. The view shares the real request's headers,
so a request hook can add or change headers and they are sent.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Literal, TypedDict

import httpx

from ._auth import TOKEN_EXTENSION
from ._errors import ConfigurationError
from ._logging import redact

__all__ = [
    "AsyncEventHooks",
    "AsyncRequestHook",
    "AsyncResponseHook",
    "EventHooks",
    "HookEvent",
    "Hooks",
    "RequestHook",
    "ResponseHook",
    "call_hook",
    "request_view",
    "response_view",
]

HookEvent = Literal["request", "response"]
RequestHook = Callable[[httpx.Request], None]
ResponseHook = Callable[[httpx.Response], None]
AsyncRequestHook = Callable[[httpx.Request], Awaitable[None] | None]
"""An `async def` hook, or a plain function: `AsyncLansenger` awaits what returns an awaitable."""
AsyncResponseHook = Callable[[httpx.Response], Awaitable[None] | None]


class EventHooks(TypedDict, total=False):
    """`Lansenger(event_hooks=...)`: functions called with each attempt's request and its response."""

    request: Sequence[RequestHook]
    response: Sequence[ResponseHook]


class AsyncEventHooks(TypedDict, total=False):
    """`AsyncLansenger(event_hooks=...)`: like `EventHooks`, and the functions may be `async def`."""

    request: Sequence[AsyncRequestHook]
    response: Sequence[AsyncResponseHook]


_EVENTS: tuple[HookEvent, ...] = ("request", "response")
# Response extensions worth showing; "network_stream" would hand hooks the socket.
_RESPONSE_EXTENSIONS = ("http_version", "reason_phrase")


class Hooks:
    """One client's hooks. Adding replaces a tuple, so an attempt in flight keeps the snapshot it started with."""

    def __init__(self, hooks: EventHooks | AsyncEventHooks | None = None) -> None:
        hooks = hooks or {}
        unknown = sorted(set(hooks) - set(_EVENTS))
        if unknown:
            raise ConfigurationError(f"event_hooks: unknown events {unknown}; use 'request' and 'response'")
        self.request: tuple[Any, ...] = tuple(hooks.get("request", ()))
        self.response: tuple[Any, ...] = tuple(hooks.get("response", ()))

    def add(self, event: str, hook: Any) -> None:
        if not callable(hook):
            raise ConfigurationError(f"add_hook: {hook!r} is not callable")
        if event == "request":
            self.request = (*self.request, hook)
        elif event == "response":
            self.response = (*self.response, hook)
        else:
            raise ConfigurationError(f"add_hook: unknown event {event!r}; use 'request' or 'response'")


def _masked_json(content: bytes, content_type: str) -> bytes:
    if not content_type.partition(";")[0].strip().lower().endswith("json"):
        return b""
    return redact(content.decode("utf-8", errors="replace")).encode("utf-8")


def request_view(request: httpx.Request) -> httpx.Request:
    """The request as hooks see it: secrets masked, JSON body only (an upload's parts are left out)."""
    body = b""
    if isinstance(request.stream, httpx.ByteStream):  # a body httpx already holds in memory
        body = _masked_json(request.content, request.headers.get("content-type", ""))
    extensions = {key: value for key, value in request.extensions.items() if key != TOKEN_EXTENSION}
    view = httpx.Request(request.method, redact(str(request.url)), content=body, extensions=extensions)
    view.headers = request.headers  # shared: a hook's header changes are sent
    return view


def response_view(response: httpx.Response, body: bytes, request: httpx.Request) -> httpx.Response:
    """The response as hooks see it: a JSON answer's body with secrets masked; files and event streams without
    their body, which stays unread for the caller."""
    headers = httpx.Headers(response.headers)
    headers.pop("content-encoding", None)  # the view holds the decoded body
    extensions = {key: response.extensions[key] for key in _RESPONSE_EXTENSIONS if key in response.extensions}
    masked = _masked_json(body, headers.get("content-type", ""))
    return httpx.Response(response.status_code, headers=headers, content=masked, request=request, extensions=extensions)


async def call_hook(hook: Callable[[Any], Awaitable[None] | None], argument: Any) -> None:
    """An async client's hook: `async def` or a plain function."""
    result = hook(argument)
    if inspect.isawaitable(result):
        await result
