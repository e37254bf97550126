"""The receiver as a web app: ASGI (uvicorn, Starlette, FastAPI mounts) and WSGI (Flask, Django, wsgiref).

Both answer POST only, read at most `max_body` bytes, and always answer 200 with the platform's
`{errCode, errMsg}` once a request was read; the HTTP status is for transport problems only (405 method, 400
malformed Content-Length or a body cut short, 411 no length, 413 body too large).

Neither bounds how long a client may take to send its body: that is the server's job (gunicorn `--timeout`,
uvicorn `--timeout-keep-alive`, a socket timeout) or a reverse proxy's (nginx `client_body_timeout`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from ._callback_receiver import CallbackReceiver

MAX_BODY = 1024 * 1024
"""Callbacks are a few KB; anything near a megabyte is not the platform."""

ASGIScope = MutableMapping[str, Any]
ASGIReceive = Callable[[], Awaitable[MutableMapping[str, Any]]]
ASGISend = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[ASGIScope, ASGIReceive, ASGISend], Awaitable[None]]
StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

_JSON = ((b"content-type", b"application/json"),)
_NOT_ALLOWED = b'{"errCode":-4,"errMsg":"method not allowed"}'
_TOO_LARGE = b'{"errCode":-4,"errMsg":"body too large"}'
_BAD_LENGTH = b'{"errCode":-4,"errMsg":"malformed Content-Length"}'
_NO_LENGTH = b'{"errCode":-4,"errMsg":"Content-Length required"}'
_SHORT_BODY = b'{"errCode":-4,"errMsg":"body shorter than its Content-Length"}'
_READ_SIZE = 64 * 1024


def _query(raw: str) -> dict[str, list[str]]:
    return parse_qs(raw, keep_blank_values=True)


def asgi_app(receiver: CallbackReceiver, *, max_body: int = MAX_BODY) -> ASGIApp:
    """An ASGI app that hands each POST to `receiver.ahandle` (async handlers are awaited on the server's loop;
    with a `BotRuntime` attached they run in its background tasks, started and drained by the lifespan)."""

    async def app(scope: ASGIScope, receive: ASGIReceive, send: ASGISend) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receiver, receive, send)
            return
        if scope["type"] != "http":
            return
        if scope["method"] != "POST":
            await _asgi_reply(send, 405, _NOT_ALLOWED, ((b"allow", b"POST"),))
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > max_body:
                await _asgi_reply(send, 413, _TOO_LARGE)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        result = await receiver.ahandle(b"".join(chunks), _query(scope.get("query_string", b"").decode("latin-1")))
        await _asgi_reply(send, 200, result.body)

    return app


async def _lifespan(receiver: CallbackReceiver, receive: ASGIReceive, send: ASGISend) -> None:
    """A `BotRuntime` on the receiver's dispatcher runs on the server's loop from startup and drains before
    shutdown completes, so no accepted event is lost on a deploy."""
    from ._bot_runtime import serving

    async with serving(receiver.dispatcher):
        while (await receive())["type"] != "lifespan.startup":
            pass
        await send({"type": "lifespan.startup.complete"})
        while (await receive())["type"] != "lifespan.shutdown":
            pass
    await send({"type": "lifespan.shutdown.complete"})


async def _asgi_reply(send: ASGISend, status: int, body: bytes, headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    length = ((b"content-length", str(len(body)).encode("ascii")),)
    await send({"type": "http.response.start", "status": status, "headers": [*_JSON, *length, *headers]})
    await send({"type": "http.response.body", "body": body})


def wsgi_app(receiver: CallbackReceiver, *, max_body: int = MAX_BODY) -> WSGIApp:
    """A WSGI app that hands each POST to `receiver.handle` (with a `BotRuntime` attached, handlers run on its
    thread, started by the first request; `runtime.stop()` or interpreter exit drains it).

    The body is read by its Content-Length (1*DIGIT as HTTP defines it; anything else is 400), or to its end when
    the server says the input is terminated (`wsgi.input_terminated`: chunked bodies under gunicorn, waitress or
    werkzeug); a server that gives neither gets 411, because reading on could block until its timeout.
    """

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return _wsgi_reply(start_response, "405 Method Not Allowed", _NOT_ALLOWED, [("Allow", "POST")])
        stream = environ["wsgi.input"]
        declared = environ.get("CONTENT_LENGTH")
        if environ.get("wsgi.input_terminated") and not declared:
            body = _read_up_to(stream, max_body + 1)
        elif declared is None or declared == "":
            return _wsgi_reply(start_response, "411 Length Required", _NO_LENGTH)
        else:
            length = _content_length(declared)
            if length is None:
                return _wsgi_reply(start_response, "400 Bad Request", _BAD_LENGTH)
            if length > max_body:
                return _wsgi_reply(start_response, "413 Content Too Large", _TOO_LARGE)
            body = _read_up_to(stream, length)
            if len(body) < length:
                return _wsgi_reply(start_response, "400 Bad Request", _SHORT_BODY)
        if len(body) > max_body:
            return _wsgi_reply(start_response, "413 Content Too Large", _TOO_LARGE)
        result = receiver.handle(body, _query(environ.get("QUERY_STRING", "")))
        return _wsgi_reply(start_response, "200 OK", result.body)

    return app


def _content_length(value: str) -> int | None:
    """The Content-Length as a number, or None unless it is ASCII digits (optional spaces around, as HTTP allows);
    `int` alone would take "-1", "+5", "1_0" and other scripts' digits."""
    digits = value.strip(" \t")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 18:
        return None
    return int(digits)


def _read_up_to(stream: Any, limit: int) -> bytes:
    """At most `limit` bytes, reading until the stream ends: `read(n)` may return less than `n` before the end."""
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = stream.read(min(remaining, _READ_SIZE))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _wsgi_reply(
    start_response: StartResponse, status: str, body: bytes, headers: list[tuple[str, str]] | None = None
) -> list[bytes]:
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body))), *(headers or [])])
    return [body]
