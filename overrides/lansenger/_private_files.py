"""Files only their owner may use, never followed through a symlink: reads, locks and atomic writes, and the JSON
documents kept so (the token state file, the pending-card file, the bulk job files).

Every OS error here becomes a `StoreError` naming the file, its cause kept without the frames whose variables hold
the file's content.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from ._errors import StoreError
from ._store import detached

T = TypeVar("T")

ORPHAN_AGE = 60.0
"""Seconds after which a temp file of ours is an orphan. Writers hold the file lock, so one seen under it is
already dead; the age also spares a writer that somehow does not take the lock."""
_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}


def file_kind(mode: int) -> str | None:
    """What a non-regular file is, or None for a regular file."""
    return None if stat.S_ISREG(mode) else _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def reason(error: OSError, path: Path | None = None) -> str:
    """Why an OS call failed, in words; given the `path` it opened, a symlink refused by O_NOFOLLOW says so (a call
    on a descriptor already open cannot meet one)."""
    if error.errno == errno.ELOOP and path is not None and path.is_symlink():
        return "it is a symlink (refused: give the path of the file itself)"
    return f"{error.strerror or type(error).__name__} (errno {error.errno})"


def failure(action: str, what: str, path: Path, why: str) -> StoreError:
    return StoreError(f"cannot {action} {what} {path}: {why}", path=str(path))


class Problem(str):
    """What is wrong with a document, in words that never quote it."""


def read_json(path: Path, what: str, parse: Callable[[Any], T | Problem]) -> T | None:
    """What `parse` makes of the JSON document in `path`, or None when there is none; a `StoreError` (the file left
    untouched) when it is not JSON or `parse` says what is wrong with it. The error's frames hold none of the
    file's content."""
    found = parsed(read_regular(path, what), parse)
    if isinstance(found, Problem):
        raise StoreError(f"{what} {path} is corrupt: {found}; it was left untouched, fix or remove it", path=str(path))
    return found


def parsed(raw: bytes | None, parse: Callable[[Any], T | Problem]) -> T | Problem | None:
    """What `parse` makes of the JSON document `raw` (None: no file), or what is wrong with it."""
    if raw is None:
        return None
    try:
        document = json.loads(raw)
    except ValueError as error:  # not JSON, or not UTF-8
        return Problem(f"not JSON ({type(error).__name__}: {error})")
    return parse(document)


@contextlib.contextmanager
def rewriting(path: Path, what: str) -> Iterator[None]:
    """Hold ``<path>.lock`` while the document is read, changed and written back (`write_json`). An OS error on the
    way (a full or read-only disk, a failed fsync or rename) is a `StoreError`, its cause kept without the frames
    whose variables hold the file's content."""
    try:
        with flocked(path.with_name(path.name + ".lock")):
            yield
    except OSError as error:
        raise failure("write", what, path, reason(error, path)) from detached(error)


def write_json(path: Path, document: object, indent: int | None = None) -> None:
    """Write `document` over `path` atomically, 0600 (inside `rewriting`)."""
    write_atomically(path, json.dumps(document, ensure_ascii=False, indent=indent).encode() + b"\n")


def read_regular(path: Path, what: str) -> bytes | None:
    """The file's bytes, or None when it does not exist; never following a symlink, never blocking on a FIFO,
    never reading a device. `what` names the file in errors ("the token state file")."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise failure("read", what, path, reason(error, path)) from detached(error)
    try:
        kind = file_kind(os.fstat(fd).st_mode)
        if kind is None:
            with open(fd, "rb", closefd=False) as file:
                return file.read()
    except OSError as error:
        raise failure("read", what, path, reason(error)) from detached(error)
    finally:
        os.close(fd)
    raise failure("read", what, path, f"it is {kind}, not a regular file")


def write_atomically(path: Path, content: bytes) -> None:
    """Temp file (0600, O_EXCL), fsync, rename over `path`, fsync the directory; the temp file never stays.

    Call it holding the file's lock: orphaned temp files are removed first. OS errors are raised as they are.
    """
    directory = path.parent
    remove_orphans(path)
    temp = directory / f".{path.name}.{secrets.token_hex(6)}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        try:
            os.fchmod(fd, 0o600)  # whatever the umask: owner read/write, nobody else
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(directory)


def remove_orphans(path: Path) -> None:
    """Delete the temp files a killed writer of `path` left: ours by name, regular, owned by us, older than
    ORPHAN_AGE. Called under the file lock, which every writer holds while its temp file exists."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.[0-9a-f]{{12}}\.tmp")
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if not pattern.fullmatch(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and now - info.st_mtime >= ORPHAN_AGE:
                    os.unlink(entry.path)


def private_directories(directory: Path) -> None:
    """Create the missing directories, each 0700 whatever the umask; existing ones are left as they are."""
    missing: list[Path] = []
    current = directory
    while not current.exists() and current.parent != current:
        missing.append(current)
        current = current.parent
    for level in reversed(missing):
        try:
            os.mkdir(level, 0o700)
        except FileExistsError:
            continue  # another process made it: not ours to change
        os.chmod(level, 0o700)


def open_lock(path: Path) -> int:
    """The lock file, created 0600 (and its directories 0700); a symlink, FIFO or device there is refused."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        private_directories(path.parent)
        fd = os.open(path, flags, 0o600)
    except OSError as error:
        raise failure("open", "the lock file", path, reason(error, path)) from detached(error)
    try:
        kind = file_kind(os.fstat(fd).st_mode)
    except OSError as error:
        os.close(fd)
        raise failure("open", "the lock file", path, reason(error)) from detached(error)
    if kind is not None:
        os.close(fd)
        raise failure("open", "the lock file", path, f"it is {kind}, not a regular file")
    return fd


@contextlib.contextmanager
def flocked(path: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on the lock file `path`, across processes and threads."""
    fd = open_lock(path)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as error:
            raise failure("lock", "the lock file", path, reason(error, path)) from detached(error)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def fsync_directory(directory: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
