"""Media: uploads kept on disk for the sandbox's life, fetched by id, by a temporary link or by share id.

The spec check has already held the query to the upload's schema (the accepted ``type`` values, dimensions).
"""

from __future__ import annotations

import math
import secrets
import threading
import time
from collections.abc import Callable
from typing import ClassVar

from lansenger_api.errors import ErrorCode

from ._multipart import MultipartError, form_boundary, parse_form
from ._replies import ApiError, FileReply, Reply, failure, invalid, success
from ._routing import Backend, Request, Route
from ._state import MediaRecord

FILE_LINK_PATH = "/sandbox/files/{ticket}"
LINK_LIFETIME = 3600.0
"""How long a mediaPath link downloads its file; the platform documents an hour."""


class MediaTickets:
    """Ids that download a media without a token: share ids (attachments in chat history, for good) and the
    temporary links mediaPath answers (for `LINK_LIFETIME` seconds)."""

    KEY: ClassVar[str] = "media-tickets"

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._tickets: dict[str, tuple[str, float]] = {}

    def issue(self, media_id: str, *, lifetime: float = math.inf, prefix: str = "") -> str:
        ticket = f"{prefix}{secrets.token_urlsafe(16)}"
        with self._lock:
            self._tickets[ticket] = (media_id, self._clock() + lifetime)
        return ticket

    def media_id(self, ticket: str) -> str | None:
        """``None`` for an unknown or expired ticket."""
        with self._lock:
            media_id, deadline = self._tickets.get(ticket, (None, 0.0))
            return media_id if self._clock() < deadline else None


def tickets(backend: Backend) -> MediaTickets:
    return backend.state.domain(MediaTickets.KEY, MediaTickets)


def upload_media(backend: Backend, request: Request) -> Reply:
    return success({"mediaId": _store_upload(backend, request), "createdTime": str(time.time_ns() // 1000)})


def upload_app_media(backend: Backend, request: Request) -> Reply:
    return success({"mediaId": _store_upload(backend, request)})


def _store_upload(backend: Backend, request: Request) -> str:
    try:
        form = parse_form(request.body, form_boundary(request.header("content-type")), backend.media_dir)
    except MultipartError as error:
        raise invalid(f"media: {error}") from None
    upload = form.files.pop("media", None)
    form.discard_files()
    if upload is None:
        raise invalid("media: file part required")
    record = MediaRecord(
        path=upload.path,
        size=upload.size,
        content_type=upload.content_type,
        filename=upload.filename,
        type=request.required_param("type"),
    )
    return backend.state.add_media(record)


def _file(backend: Backend, media_id: str | None, missing: str) -> FileReply:
    record = backend.state.media_record(media_id) if media_id is not None else None
    if record is None:
        raise ApiError(ErrorCode.NOT_FOUND, missing)
    return FileReply(record["path"], record["content_type"], record["size"])


def fetch_media(backend: Backend, request: Request) -> Reply:
    return _file(backend, request.path_params["media_id"], "media not found")


def fetch_media_path(backend: Backend, request: Request) -> Reply:
    """The path is a sandbox URL that serves the file without a token for an hour, like the platform's."""
    media_id = request.path_params["media_id"]
    record = backend.state.media_record(media_id)
    if record is None:
        raise ApiError(ErrorCode.NOT_FOUND, "media not found")
    ticket = tickets(backend).issue(media_id, lifetime=LINK_LIFETIME)
    link = f"http://{request.host}{FILE_LINK_PATH.format(ticket=ticket)}"
    return success({"mediaPath": link, "name": record["filename"], "type": record["type"], "size": record["size"]})


def download_media_link(backend: Backend, request: Request) -> Reply:
    media_id = tickets(backend).media_id(request.path_params["ticket"])
    try:
        return _file(backend, media_id, "link unknown or expired")
    except ApiError as error:
        return failure(error.err_code, error.err_msg, status=404)


def fetch_shared_media(backend: Backend, request: Request) -> Reply:
    media_id = tickets(backend).media_id(request.path_params["share_id"])
    return _file(backend, media_id, "share not found")


ROUTES: tuple[Route, ...] = (
    Route("POST", "/v1/medias/create", upload_media),
    Route("POST", "/v1/app/medias/create", upload_app_media),
    Route("POST", "/v2/app/medias/create", upload_app_media),  # the spec requires its user_token
    Route("GET", "/v1/medias/{media_id}/fetch", fetch_media),
    Route("GET", "/v1/medias/{media_id}/path/fetch", fetch_media_path),
    Route("GET", "/v1/media/share/{share_id}/fetch", fetch_shared_media),
    Route("GET", FILE_LINK_PATH, download_media_link, needs_app_token=False),
)
