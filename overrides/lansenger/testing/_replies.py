"""What a route can answer, independent of how the server writes it to the socket."""

from __future__ import annotations

import json
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

from lansenger_api.errors import ErrorCode

OK = 0


@dataclass(frozen=True)
class FileReply:
    path: Path
    content_type: str
    size: int


@dataclass(frozen=True)
class RawReply:
    """Bytes written as they are, such as a body that claims to be JSON and is not."""

    body: bytes
    content_type: str = "application/json"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(value: object, status: int = 200, headers: dict[str, str] | None = None) -> RawReply:
    """A JSON answer: the gateway's envelope, or the passport's bare JSON."""
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return RawReply(body, status=status, headers=headers or {})


@dataclass(frozen=True)
class DropConnection:
    """Close the socket without answering, like a gateway that dies mid-request."""


class CutConnection(Exception):
    """Raised by an event feed to drop the connection mid-stream, like a proxy that loses it."""


EVENT_POLL = 0.05
"""The longest an event stream waits before yielding: how soon it notices a client that left."""


@dataclass(frozen=True)
class EventStreamReply:
    """Server-Sent Events, written with chunked framing so a dropped connection is visible as one.

    `chunks` yields the next bytes (b"" when nothing is new within `EVENT_POLL`) until the stream ends, or raises
    CutConnection; the server closes it when the client leaves.
    """

    chunks: Generator[bytes, None, None]


Reply: TypeAlias = FileReply | RawReply | DropConnection | EventStreamReply


class ApiError(Exception):
    """A refusal the platform reports as an HTTP 200 envelope with a non-zero ``errCode``."""

    def __init__(self, err_code: int, err_msg: str) -> None:
        super().__init__(err_msg)
        self.err_code = err_code
        self.err_msg = err_msg

    def reply(self) -> RawReply:
        return failure(self.err_code, self.err_msg)


def invalid(detail: str) -> ApiError:
    return ApiError(ErrorCode.INVALID_PARAMETER, f"invalid parameter: {detail}")


def success(data: object = None) -> RawReply:
    """Without data, the envelope of a change that answers none."""
    return json_reply({"errCode": OK, "errMsg": "ok"} | ({} if data is None else {"data": data}))


def failure(err_code: int, err_msg: str, *, status: int = 200, headers: dict[str, str] | None = None) -> RawReply:
    """Error envelopes carry no ``data``: clients treat an absent field more kindly than a ``null`` one."""
    return json_reply({"errCode": err_code, "errMsg": err_msg}, status, headers or {})
