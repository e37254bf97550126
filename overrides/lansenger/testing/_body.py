"""Request bodies read in bounded pieces, whether framed by Content-Length or chunked.

Uploads can be far larger than memory should hold, so nothing here reads a body whole
unless the caller sets a limit.
"""

from __future__ import annotations

from email.message import Message
from typing import Protocol

CHUNK_SIZE = 64 * 1024
_MAX_LINE = 8 * 1024
_MAX_TRAILERS = 64


class BodyFramingError(ValueError):
    """The body's framing is broken; the connection cannot be reused."""


class BodyTooLarge(ValueError):
    """A body meant to be read whole is bigger than its limit."""


class ByteStream(Protocol):
    def read(self, size: int = ..., /) -> bytes: ...

    def readline(self, size: int | None = ..., /) -> bytes: ...


class RequestBody:
    """One request's body; after `drain` the connection is positioned at the next request."""

    def __init__(self, stream: ByteStream, *, length: int = 0, chunked: bool = False) -> None:
        self._stream = stream
        self._chunked = chunked
        self._left = 0 if chunked else length
        self._finished = not chunked and length == 0

    @classmethod
    def from_headers(cls, stream: ByteStream, headers: Message) -> RequestBody:
        encoding = headers.get("Transfer-Encoding")
        if encoding is not None:
            if encoding.strip().lower() != "chunked":
                raise BodyFramingError("unsupported Transfer-Encoding")
            return cls(stream, chunked=True)
        declared = headers.get("Content-Length")
        if declared is None:
            return cls(stream)
        if not declared.strip().isdigit():
            raise BodyFramingError("invalid Content-Length")
        return cls(stream, length=int(declared))

    def read(self, size: int = CHUNK_SIZE) -> bytes:
        """Up to ``size`` bytes; ``b""`` once the body is over."""
        if self._finished:
            return b""
        if self._chunked and self._left == 0:
            self._left = self._next_chunk_size()
            if self._left == 0:
                self._skip_trailers()
                self._finished = True
                return b""
        data = self._stream.read(min(size, self._left))
        if not data:
            raise BodyFramingError("body ended early")
        self._left -= len(data)
        if self._left == 0:
            if self._chunked:
                self._expect_chunk_end()
            else:
                self._finished = True
        return data

    def read_all(self, limit: int) -> bytes:
        collected = bytearray()
        while piece := self.read():
            collected += piece
            if len(collected) > limit:
                raise BodyTooLarge(f"body is larger than {limit} bytes")
        return bytes(collected)

    def drain(self) -> None:
        while self.read():
            pass

    def _line(self) -> bytes:
        line = self._stream.readline(_MAX_LINE + 1)
        if not line.endswith(b"\n") or len(line) > _MAX_LINE:
            raise BodyFramingError("malformed chunk framing")
        return line.rstrip(b"\r\n")

    def _next_chunk_size(self) -> int:
        size_text = self._line().split(b";", 1)[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            raise BodyFramingError("malformed chunk size") from None
        if size < 0:
            raise BodyFramingError("malformed chunk size")
        return size

    def _expect_chunk_end(self) -> None:
        if self._line():
            raise BodyFramingError("chunk is longer than its declared size")

    def _skip_trailers(self) -> None:
        for _ in range(_MAX_TRAILERS):
            if not self._line():
                return
        raise BodyFramingError("too many trailer lines")
