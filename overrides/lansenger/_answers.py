"""Reading an answer once for every part of the pipeline: its JSON envelope and its buffered body.

Retries, the token replay and the response hooks all look at the same JSON answers; they share these helpers so
the body is read (and decoded) once, and a streamed answer (a media download, an event stream) is never read.
"""

from __future__ import annotations

import httpx
from lansenger_api.client import err_code
from lansenger_api.wire import answer_json, is_json_response

__all__ = ["Malformed", "abuffer", "buffer", "envelope_err_code", "is_json_response", "parsed_err_code"]


class Malformed(Exception):
    """The body claimed to be JSON and is not, or cannot be read: cut short, nested too deeply, or (as `_decoded`
    makes it) compressed wrongly."""


def parsed_err_code(response: httpx.Response, body: bytes | None) -> int | None:
    try:
        envelope = answer_json(response, body)
    except (ValueError, RecursionError):  # cut short, not JSON, or nested too deeply to read
        raise Malformed from None
    return err_code(envelope.get("errCode")) if isinstance(envelope, dict) else None


def envelope_err_code(response: httpx.Response, body: bytes | None = None) -> int | None:
    """The ``errCode`` of an answer's Lansenger JSON envelope, or None when its body is not one; `body` is the
    decoded body when the response itself is not read yet. The JSON is decoded once for every layer (`answer_json`)."""
    try:
        return parsed_err_code(response, body)
    except Malformed:
        return None


def _decoded(response: httpx.Response, raw: bytes) -> bytes:
    """Apply the Content-Encoding through a throwaway response; an undecodable body is no envelope."""
    if "content-encoding" not in response.headers:  # the usual JSON answer: the raw bytes are the body
        return raw
    try:
        return httpx.Response(200, headers=response.headers, stream=httpx.ByteStream(raw)).read()
    except httpx.DecodingError:
        return b""


def _replayable_copy(response: httpx.Response, raw: bytes) -> httpx.Response:
    """An unread response over the buffered raw bytes, so the client reads, decodes and closes it as usual."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
    )


def buffer(response: httpx.Response) -> tuple[httpx.Response, bytes]:
    """The response to hand on and its decoded body; the original is closed even when reading fails. A response
    the transport returned read (as MockTransport does) is handed on as it is."""
    if response.is_stream_consumed:
        return response, response.content
    try:
        raw = b"".join(response.iter_raw())
    finally:
        response.close()
    return _replayable_copy(response, raw), _decoded(response, raw)


async def abuffer(response: httpx.Response) -> tuple[httpx.Response, bytes]:
    """Async :func:`buffer`, for a response not read yet (the async transport tests that first: no coroutine
    for a read one)."""
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return _replayable_copy(response, raw), _decoded(response, raw)
