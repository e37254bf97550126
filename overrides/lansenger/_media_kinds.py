"""Which kind of media a file is, judged by its extension as the platform's own SDKs do."""

from __future__ import annotations

import mimetypes
from pathlib import PurePath
from typing import Final

from lansenger_api.models.app_media_type import AppMediaType
from lansenger_api.models.message_media_type import MessageMediaType

IMAGE_EXTENSIONS: Final = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif"})
VIDEO_EXTENSIONS: Final = frozenset({".mp4", ".mov", ".avi", ".mkv", ".webm", ".3gp"})
AUDIO_EXTENSIONS: Final = frozenset({".mp3", ".wav", ".amr", ".m4a", ".ogg", ".flac", ".aac"})

MESSAGE_MEDIA_TYPE: Final[dict[AppMediaType, MessageMediaType]] = {"video": 1, "image": 2, "file": 3, "audio": 3}
"""A text message's attachment type for each upload type; the message body has no audio type, audio goes as 3."""


def app_media_type(filename: str) -> AppMediaType:
    """The upload `type` for a file name; anything unrecognised is a plain file."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in IMAGE_EXTENSIONS:
        return "image"
    if suffix in VIDEO_EXTENSIONS:
        return "video"
    if suffix in AUDIO_EXTENSIONS:
        return "audio"
    return "file"


def content_type(filename: str) -> str:
    """The Content-Type sent with the file part, so downloads come back with a useful one."""
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"
