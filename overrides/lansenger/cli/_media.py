"""`media upload|download`: files to and from the platform, streamed, with a progress bar on a terminal."""

from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, BinaryIO, cast

import typer
from lansenger_api.models.app_media_type import AppMediaType
from lansenger_api.types import UNSET

from .._files import atomic_destination, destination, upload_source
from . import _config
from ._login import AsOption
from ._output import cell, emit, progress
from ._runtime import JsonFlag, use_json

app = typer.Typer(help="Upload and download media.", no_args_is_help=True)
_CHUNK = 64 * 1024


class MediaKind(str, Enum):
    image = "image"
    video = "video"
    audio = "audio"
    file = "file"


MEDIA_TYPES: dict[MediaKind, AppMediaType] = {
    MediaKind.image: "image",
    MediaKind.video: "video",
    MediaKind.audio: "audio",
    MediaKind.file: "file",
}


class _Counting:
    """A file whose reads advance a progress bar; httpx streams the upload from it in chunks.

    httpx rewinds the file before sending (and again before a retry), so the count restarts with it.
    """

    def __init__(self, handle: BinaryIO, advance: Any) -> None:
        self._handle, self._advance = handle, advance
        self.name = handle.name

    def read(self, size: int = -1) -> bytes:
        chunk = self._handle.read(size)
        self._advance(len(chunk))
        return chunk

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._handle.seek(offset, whence)

    def tell(self) -> int:
        return self._handle.tell()

    def fileno(self) -> int:
        return self._handle.fileno()


@app.command()
def upload(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="The file to upload.")],
    kind: Annotated[
        MediaKind | None, typer.Option("--type", "-t", help="Media type (default: from the extension).")
    ] = None,
    json_output: JsonFlag = False,
) -> None:
    """Upload a file as the app; prints its mediaId."""
    rt = use_json(ctx, json_output)
    source = upload_source(path, None)
    size = path.stat().st_size
    with _config.open_client(rt) as client, path.open("rb") as handle, progress(rt, size, "Uploading") as advance:
        counting = cast(BinaryIO, _Counting(handle, advance))
        uploaded = client.media.upload(
            counting, filename=source.filename, media_type=MEDIA_TYPES[kind] if kind else None
        )
    emit(rt, uploaded, f"Uploaded {path.name}: {cell(uploaded.media_id)}")


@app.command()
def download(
    ctx: typer.Context,
    media_id: Annotated[str, typer.Argument(help="The mediaId.")],
    output: Annotated[Path, typer.Argument(help="Where to write the file (replaced only once complete).")],
    staff_id: AsOption = None,
    json_output: JsonFlag = False,
) -> None:
    """Download a file; nothing is left behind when it fails."""
    rt = use_json(ctx, json_output)
    target = destination(output)
    with _config.open_client(rt) as client:
        token = _config.user_token(client, staff_id) if staff_id else UNSET
        with client.media.stream_fetch_media(media_id, user_token=token) as response:
            length = response.headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
            written = 0
            with atomic_destination(target) as handle, progress(rt, total, "Downloading") as advance:
                for chunk in response.iter_bytes(_CHUNK):
                    handle.write(chunk)
                    written += len(chunk)
                    advance(len(chunk))
    data = {"mediaId": media_id, "path": str(target), "bytes": written}
    emit(rt, data, f"Downloaded {media_id} to {target} ({written} bytes).")
