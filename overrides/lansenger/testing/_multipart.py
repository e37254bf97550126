"""A streaming ``multipart/form-data`` parser that writes file parts straight to disk.

The standard library has no incremental form parser, and uploads must never be held
in memory whole, so this one scans the body chunk by chunk.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote

_MAX_HEADER_LINE = 8 * 1024
_MAX_HEADER_LINES = 32
_MAX_FIELD_BYTES = 64 * 1024
_READ_SIZE = 64 * 1024
_PARAMETER = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')
_QUOTED_PAIR = re.compile(r"\\(.)")


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


def header_parameters(value: str) -> tuple[str, dict[str, str]]:
    """Split ``form-data; name="media"; filename="a.png"`` into its value and parameters."""
    main, _, rest = value.partition(";")
    parameters: dict[str, str] = {}
    for match in _PARAMETER.finditer(";" + rest):
        raw = match.group(2).strip()
        if raw.startswith('"') and raw.endswith('"') and len(raw) >= 2:
            raw = _QUOTED_PAIR.sub(r"\1", raw[1:-1])
        parameters[match.group(1).lower()] = raw
    return main.strip().lower(), parameters


def form_boundary(content_type: str | None) -> bytes:
    kind, parameters = header_parameters(content_type or "")
    boundary = parameters.get("boundary", "")
    if kind != "multipart/form-data" or not 1 <= len(boundary) <= 70:
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

    def line(self) -> bytes:
        while (end := self._buffer.find(b"\r\n")) < 0:
            if len(self._buffer) > _MAX_HEADER_LINE:
                raise MultipartError("part header line too long")
            self._fill()
        line = bytes(self._buffer[:end])
        del self._buffer[: end + 2]
        return line

    def pipe_until(self, marker: bytes, sink: Callable[[bytes], None]) -> None:
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


class _FieldSink:
    def __init__(self) -> None:
        self.data = bytearray()

    def __call__(self, piece: bytes) -> None:
        self.data += piece
        if len(self.data) > _MAX_FIELD_BYTES:
            raise MultipartError("form field too large")


class _FileSink:
    def __init__(self, directory: Path) -> None:
        descriptor, name = tempfile.mkstemp(prefix="upload-", dir=directory)
        self.path = Path(name)
        self.size = 0
        self._file = os.fdopen(descriptor, "wb")

    def __call__(self, piece: bytes) -> None:
        self._file.write(piece)
        self.size += len(piece)

    def close(self) -> None:
        self._file.close()

    def discard(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)


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
    headers = _part_headers(scanner)
    disposition, parameters = header_parameters(headers.get("content-disposition", ""))
    name = parameters.get("name")
    if disposition != "form-data" or name is None:
        raise MultipartError("part without a form-data name")
    filename = _filename(parameters)
    if filename is None:
        text = _FieldSink()
        scanner.pipe_until(delimiter, text)
        form.fields[name] = text.data.decode("utf-8", errors="replace")
        return
    if name in form.files:
        raise MultipartError(f"duplicate file part {name!r}")
    sink = _FileSink(directory)
    try:
        scanner.pipe_until(delimiter, sink)
    except BaseException:
        sink.discard()
        raise
    sink.close()
    content_type = headers.get("content-type", "application/octet-stream")
    form.files[name] = UploadedFile(filename, content_type, sink.path, sink.size)


def _part_headers(scanner: _Scanner) -> dict[str, str]:
    headers: dict[str, str] = {}
    for _ in range(_MAX_HEADER_LINES):
        line = scanner.line()
        if not line:
            return headers
        name, separator, value = line.decode("utf-8", errors="replace").partition(":")
        if not separator:
            raise MultipartError("malformed part header")
        headers[name.strip().lower()] = value.strip()
    raise MultipartError("too many part headers")


def _filename(parameters: dict[str, str]) -> str | None:
    extended = parameters.get("filename*")
    if extended is not None and extended.count("'") >= 2:
        charset, _language, encoded = extended.split("'", 2)
        return unquote(encoded, encoding=charset or "utf-8", errors="replace")
    return parameters.get("filename")
