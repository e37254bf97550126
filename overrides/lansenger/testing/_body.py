"""Request bodies read in bounded pieces, de-framed by h11 (httpx's HTTP/1.1 parser), whether framed by
Content-Length or chunked: uploads can be far larger than memory should hold, so nothing reads a body whole
unless the caller sets a limit.
"""

from __future__ import annotations

from email.message import Message
from typing import Protocol

import h11

CHUNK_SIZE = 64 * 1024
_FRAMING = ("Content-Length", "Transfer-Encoding")


class BodyFramingError(ValueError):
    """The body's framing is broken; the connection cannot be reused."""


class BodyTooLarge(ValueError):
    """A body meant to be read whole is bigger than its limit."""


class ByteStream(Protocol):
    def read1(self, size: int = ..., /) -> bytes: ...


class RequestBody:
    """One request's body; after `drain` the connection is positioned at the next request.

    The request line and headers were read by the HTTP server; h11 is handed the headers that frame the body.
    """

    def __init__(self, stream: ByteStream, headers: Message) -> None:
        self._stream = stream
        self._parser = h11.Connection(h11.SERVER)
        framing = "".join(
            f"{name}: {headers[name]}\r\n" for name in ("Content-Length", "Transfer-Encoding") if name in headers
        )
        self._parser.receive_data(f"POST / HTTP/1.1\r\nHost: sandbox\r\n{framing}\r\n".encode("latin-1"))
        self._piece, self._finished = b"", False
        self._next()

    def read(self, size: int = CHUNK_SIZE) -> bytes:
        """Up to ``size`` bytes; ``b""`` once the body is over."""
        while not self._piece and not self._finished:
            event = self._next()
            if event is h11.NEED_DATA:
                self._parser.receive_data(self._stream.read1(CHUNK_SIZE))
            elif isinstance(event, h11.Data):
                self._piece = bytes(event.data)
            elif isinstance(event, h11.EndOfMessage):
                self._finished = True
        piece, self._piece = self._piece[:size], self._piece[size:]
        return piece

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

    def _next(self) -> object:
        try:
            return self._parser.next_event()
        except h11.RemoteProtocolError as error:
            raise BodyFramingError(str(error)) from None
