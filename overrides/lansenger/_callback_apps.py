"""The receiver as a web app: ASGI (uvicorn, Starlette, FastAPI mounts) and WSGI (Flask, Django, wsgiref).

Both answer POST only, read at most `max_body` bytes, and always answer 200 with the platform's
`{errCode, errMsg}` once a request was read; the HTTP status is for transport problems only.
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


def _query(raw: str) -> dict[str, list[str]]:
    return parse_qs(raw, keep_blank_values=True)


def asgi_app(receiver: CallbackReceiver, *, max_body: int = MAX_BODY) -> ASGIApp:
    """An ASGI app that hands each POST to `receiver.ahandle` (async handlers are awaited on the server's loop)."""

    async def app(scope: ASGIScope, receive: ASGIReceive, send: ASGISend) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
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


async def _asgi_reply(send: ASGISend, status: int, body: bytes, headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    length = ((b"content-length", str(len(body)).encode("ascii")),)
    await send({"type": "http.response.start", "status": status, "headers": [*_JSON, *length, *headers]})
    await send({"type": "http.response.body", "body": body})


def wsgi_app(receiver: CallbackReceiver, *, max_body: int = MAX_BODY) -> WSGIApp:
    """A WSGI app that hands each POST to `receiver.handle`."""

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST":
            return _wsgi_reply(
                start_response, "405 Method Not Allowed", b'{"errCode":-4,"errMsg":"method not allowed"}'
            )
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > max_body:
            return _wsgi_reply(start_response, "413 Content Too Large", _TOO_LARGE)
        body = environ["wsgi.input"].read(length) if length else b""
        result = receiver.handle(body, _query(environ.get("QUERY_STRING", "")))
        return _wsgi_reply(start_response, "200 OK", result.body)

    return app


def _wsgi_reply(start_response: StartResponse, status: str, body: bytes) -> list[bytes]:
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]
