"""A streaming ``multipart/form-data`` parser that writes file parts straight to disk.

The standard library's parsers hold every part in memory, and uploads must never be held whole, so this one scans
the body chunk by chunk; the ``email`` package still reads each part's headers and parameters (RFC 2231 included).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path
from typing import Protocol

_MAX_HEADER_BYTES = 16 * 1024
_MAX_FIELD_BYTES = 64 * 1024
_READ_SIZE = 64 * 1024


class MultipartError(ValueError):
    """The form is malformed or lacks what the request needs."""


class ChunkSource(Protocol):
    def read(self, size: int) -> bytes: ...


@dataclass(frozen=True)
class UploadedFile:
    filename: str
    content_type: str
    path: Path
    size: int


@dataclass
class FormData:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, UploadedFile] = field(default_factory=dict)

    def discard_files(self) -> None:
        for upload in self.files.values():
            upload.path.unlink(missing_ok=True)


def form_boundary(content_type: str | None) -> bytes:
    header = Message()
    header["Content-Type"] = content_type or ""
    boundary = header.get_boundary() or ""
    if header.get_content_type() != "multipart/form-data" or not 1 <= len(boundary) <= 70:
        raise MultipartError("body must be multipart/form-data with a boundary")
    return boundary.encode("latin-1")


class _Scanner:
    """A byte buffer over the source that finds markers without reading past what it needs."""

    def __init__(self, source: ChunkSource, primed: bytes) -> None:
        self._source = source
        self._buffer = bytearray(primed)

    def _fill(self) -> None:
        chunk = self._source.read(_READ_SIZE)
        if not chunk:
            raise MultipartError("form ends before its closing boundary")
        self._buffer += chunk

    def take(self, count: int) -> bytes:
        while len(self._buffer) < count:
            self._fill()
        taken = bytes(self._buffer[:count])
        del self._buffer[:count]
        return taken

    def pipe_until(self, marker: bytes, sink: Callable[[bytes], object]) -> None:
        """Hand everything before ``marker`` to ``sink`` and consume the marker itself."""
        keep = len(marker) - 1
        while (end := self._buffer.find(marker)) < 0:
            if len(self._buffer) > keep:
                sink(bytes(self._buffer[: len(self._buffer) - keep]))
                del self._buffer[: len(self._buffer) - keep]
            self._fill()
        if end:
            sink(bytes(self._buffer[:end]))
        del self._buffer[: end + len(marker)]


class _Collected:
    def __init__(self, limit: int, what: str) -> None:
        self.data = bytearray()
        self._limit, self._what = limit, what

    def __call__(self, piece: bytes) -> None:
        self.data += piece
        if len(self.data) > self._limit:
            raise MultipartError(f"{self._what} too large")


def parse_form(source: ChunkSource, boundary: bytes, directory: Path) -> FormData:
    """Parse the whole form; file parts land in ``directory``, and are removed again if parsing fails."""
    form = FormData()
    delimiter = b"\r\n--" + boundary
    scanner = _Scanner(source, primed=b"\r\n")
    try:
        scanner.pipe_until(delimiter, lambda _preamble: None)
        while _next_part_follows(scanner):
            _read_part(scanner, delimiter, directory, form)
        while source.read(_READ_SIZE):
            pass
    except BaseException:
        form.discard_files()
        raise
    return form


def _next_part_follows(scanner: _Scanner) -> bool:
    """After a delimiter comes ``--`` (the form is over) or CRLF and the next part's headers."""
    ending = scanner.take(2)
    if ending == b"--":
        return False
    if ending != b"\r\n":
        raise MultipartError("malformed boundary line")
    return True


def _read_part(scanner: _Scanner, delimiter: bytes, directory: Path, form: FormData) -> None:
    block = _Collected(_MAX_HEADER_BYTES, "part headers")
    scanner.pipe_until(b"\r\n\r\n", block)
    headers = HeaderParser().parsestr(block.data.decode("utf-8", errors="replace"))
    name = headers.get_param("name", header="content-disposition")
    if headers.get_content_disposition() != "form-data" or not isinstance(name, str):
        raise MultipartError("part without a form-data name")
    filename = headers.get_filename()
    if filename is None:
        text = _Collected(_MAX_FIELD_BYTES, "form field")
        scanner.pipe_until(delimiter, text)
        form.fields[name] = text.data.decode("utf-8", errors="replace")
        return
    if name in form.files:
        raise MultipartError(f"duplicate file part {name!r}")
    with tempfile.NamedTemporaryFile(prefix="upload-", dir=directory, delete=False) as sink:
        try:
            scanner.pipe_until(delimiter, sink.write)
        except BaseException:
            Path(sink.name).unlink()
            raise
        size = sink.tell()
    content_type = headers.get("content-type", "application/octet-stream")
    form.files[name] = UploadedFile(filename, content_type, Path(sink.name), size)
