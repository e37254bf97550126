"""Local files for uploads and downloads: checked before any request, and never left half-written."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lansenger_api.errors import InvalidArgumentError

FileSource = str | os.PathLike[str] | BinaryIO
"""A path, or an open binary file (then a file name is needed to tell the platform what it is)."""


@dataclass(frozen=True)
class UploadSource:
    """Where an upload's bytes come from and the name it travels under."""

    path: Path | None
    handle: BinaryIO | None
    filename: str

    @contextlib.contextmanager
    def open(self) -> Iterator[BinaryIO]:
        """Yield a readable binary file; one we opened is closed afterwards, one the caller gave is left open."""
        if self.handle is not None:
            yield self.handle
            return
        assert self.path is not None
        with self.path.open("rb") as handle:
            yield handle


def upload_source(file: FileSource, filename: str | None) -> UploadSource:
    """Check the file exists and is readable now, so a typo fails before any request."""
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        if not path.is_file():
            raise InvalidArgumentError(f"no such file: {path}")
        if not os.access(path, os.R_OK):
            raise InvalidArgumentError(f"file is not readable: {path}")
        return UploadSource(path=path, handle=None, filename=filename or path.name)
    if not hasattr(file, "read"):
        raise InvalidArgumentError("file must be a path or an open binary file")
    name = filename or Path(str(getattr(file, "name", ""))).name
    if not name:
        raise InvalidArgumentError("filename is required when uploading from an open file")
    return UploadSource(path=None, handle=file, filename=name)


def destination(target: str | os.PathLike[str]) -> Path:
    """Check a download target before the download starts: its directory must exist."""
    path = Path(target)
    if not path.parent.is_dir():
        raise InvalidArgumentError(f"no such directory: {path.parent}")
    if path.is_dir():
        raise InvalidArgumentError(f"is a directory, not a file path: {path}")
    return path


@contextlib.contextmanager
def atomic_destination(path: Path) -> Iterator[BinaryIO]:
    """Write to a temporary file beside `path` and move it into place only when the writer finished.

    A failed download therefore leaves no partial file, and an existing file is replaced in one step. The partial
    file is private (0600); the finished one gets the permissions writing the file in place would give: an
    existing file's own, else what the umask leaves of 0666, as for any new file.
    """
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, _final_mode(path))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _final_mode(path: Path) -> int:
    try:
        existing = path.lstat()
    except FileNotFoundError:
        existing = None
    if existing is not None and stat.S_ISREG(existing.st_mode):
        return stat.S_IMODE(existing.st_mode)
    return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask: Linux shows it in /proc; elsewhere it is read by setting it, briefly, to a stricter one
    (so a file another thread creates meanwhile is never more open than intended)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o077)
    os.umask(mask)
    return mask
