"""`FileTokenStore`: tokens in the state file the platform's other SDKs use (``~/.lansenger/sdk_state.json``).

Layout: ``{"profiles": {<name>: {app_id, app_secret, api_gateway_url, passport_url, redirect_uri, ...,
app_token, app_token_expiry, user_tokens: {<staffId>: {user_token, refresh_token, user_token_expiry,
refresh_token_expiry}}}}, "active_profile": <name>}``. Token expiries are epoch seconds with the refresh margin
already taken off (``refresh_token_expiry`` without it). We write them as integers, which every peer SDK reads
(the Go SDK cannot decode floats), and read ints or floats. A legacy flat file (no ``profiles``) is read as the
``default`` profile and rewritten in the profile layout on our first save.

What the peers get wrong and this store does not: the file is created 0600 (a temp file opened 0600 with
O_EXCL, then renamed over the old file, so it is never readable by others, not even briefly), writes are
atomic (temp file, fsync, ``os.replace``, fsync of the directory), every read-modify-write holds an exclusive
``flock`` on ``<file>.lock`` so a CLI and a daemon never lose each other's updates, keys and profiles we do
not know are kept, and a corrupt file raises `StoreError` and is never overwritten. Directories it creates are
0700 at every level; temp files left by a killed writer are removed by a later write.

Tokens belong to one app on one gateway. A profile's own tokens (the peers' keys) are those of the app the
profile names (``app_id``, and ``api_gateway_url`` when recorded); a client of another app (`for_app`) never
reads them and keeps its tokens under ``other_apps.<app id>@<gateway>`` in the same profile instead. Tokens
in a profile that names no app cannot be attributed, so they are ignored, never overwritten; a profile that names
no app and holds no tokens is taken by the first app that saves to it (its ``app_id`` and ``api_gateway_url``
are recorded), so the peer SDKs see whose tokens they are.

The state file and its lock file must be regular files, not symlinks (opened with ``O_NOFOLLOW``): a FIFO or a
device would hang or flood the reader, and a symlink would be replaced by a plain file on the first atomic
write (``os.replace`` renames over the link, not its target), silently forking the state; one planted in a
shared directory would also redirect the tokens. Directories on the way may be symlinks.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import fcntl
import hashlib
import json
import math
import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from lansenger_api.errors import StoreError

from ._store import StoredAppToken, StoredUserToken, app_key, detached, gateway_identity

__all__ = ["DEFAULT_STATE_FILE", "SETTING_KEYS", "FileTokenStore"]

DEFAULT_STATE_FILE = "~/.lansenger/sdk_state.json"
DEFAULT_PROFILE = "default"
SETTING_KEYS = (
    "app_id",
    "app_secret",
    "api_gateway_url",
    "passport_url",
    "redirect_uri",
    "encoding_key",
    "callback_token",
    "identity_type",
)
"""A profile's settings, as the platform SDKs name them in the file (tokens are the other keys)."""
OTHER_APPS = "other_apps"
"""The profile key holding the tokens of apps other than the one the profile names (ours; the peers keep it)."""
ORPHAN_AGE = 60.0
"""Seconds after which a temp file of ours is an orphan. Writers hold the file lock, so one seen under it is
already dead; the age also spares a writer that somehow does not take the lock."""
_FLAT_USER_KEYS = ("user_token", "refresh_token", "user_token_expiry", "refresh_token_expiry", "staff_id")
_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a directory",
}

State = dict[str, Any]
App = tuple[str, str]
"""(gateway, app id): whose tokens a view of the store holds."""


def _number(value: object) -> float:
    """Epoch seconds; anything else (text, NaN, infinity, a number beyond float) reads as long expired."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return 0.0
    try:
        number = float(value)
    except OverflowError:
        return 0.0
    return number if math.isfinite(number) else 0.0


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _epoch(value: float) -> int:
    """Whole seconds, rounded down: never later than the real deadline, and readable by every peer SDK."""
    return math.floor(value)


def _kind(mode: int) -> str | None:
    """What a non-regular file is, or None for a regular file."""
    return None if stat.S_ISREG(mode) else _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _reason(error: OSError, path: Path) -> str:
    if error.errno == errno.ELOOP and path.is_symlink():
        return "it is a symlink (refused: give the path of the file itself)"
    return f"{error.strerror or type(error).__name__} (errno {error.errno})"


class FileTokenStore:
    """A `TokenStore` in the platform SDKs' state file, safe to share between processes on one machine."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_STATE_FILE, profile: str | None = None) -> None:
        self._path = Path(path).expanduser()
        self._lock_path = self._path.with_name(self._path.name + ".lock")
        self._app: App | None = None
        self._profile = profile or DEFAULT_PROFILE
        state = self._read()
        active = state.get("active_profile") if state is not None else None
        self._profile = profile or (active if isinstance(active, str) and active else DEFAULT_PROFILE)

    def __repr__(self) -> str:
        app = "" if self._app is None else f", app={app_key(*self._app)!r}"
        return f"FileTokenStore(path={str(self._path)!r}, profile={self._profile!r}{app})"

    def for_app(self, gateway_url: str, app_id: str) -> FileTokenStore:
        """The view of the profile that holds the tokens of this app on this gateway (see the module docstring)."""
        view = copy.copy(self)
        view._app = (gateway_identity(gateway_url), app_id)
        return view

    @property
    def path(self) -> Path:
        return self._path

    @property
    def profile(self) -> str:
        return self._profile

    # -- reading ---------------------------------------------------------------------------------------------

    def _read(self) -> State | None:
        """The whole file, or None when it does not exist; `StoreError` when it is not a state file."""
        found = _parsed(self._read_bytes())
        if isinstance(found, str):
            raise self._corrupt(found)  # raised here, where no local holds the file's content
        return found

    def _read_bytes(self) -> bytes | None:
        """The file's bytes; never following a symlink, never blocking on a FIFO, never reading a device."""
        flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(self._path, flags)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._unusable("read", _reason(error, self._path)) from detached(error)
        try:
            kind = _kind(os.fstat(fd).st_mode)
            if kind is None:
                with open(fd, "rb", closefd=False) as file:
                    return file.read()
        except OSError as error:
            raise self._unusable("read", _reason(error, self._path)) from detached(error)
        finally:
            os.close(fd)
        raise self._unusable("read", f"it is {kind}, not a regular file")

    def _unusable(self, action: str, why: str) -> StoreError:
        return StoreError(f"cannot {action} the token state file {self._path}: {why}", path=str(self._path))

    def _corrupt(self, why: str) -> StoreError:
        return StoreError(
            f"the token state file {self._path} is corrupt: {why}; it was left untouched, fix or remove it",
            path=str(self._path),
        )

    def _profile_data(self, state: State | None) -> dict[str, Any]:
        if state is None:
            return {}
        found = state["profiles"].get(self._profile)
        return found if isinstance(found, dict) else {}

    def _tokens(self, data: dict[str, Any]) -> dict[str, Any]:
        """Where this view's tokens are in the profile: the profile itself, its entry for our app, or nothing."""
        if self._app is None or _names_app(data, self._app):
            return data
        others = data.get(OTHER_APPS)
        entry = others.get(app_key(*self._app)) if isinstance(others, dict) else None
        return entry if isinstance(entry, dict) else {}

    def _tokens_to_change(self, data: dict[str, Any]) -> dict[str, Any]:
        """Like `_tokens`, created if missing; a profile that names no app and holds no tokens is taken."""
        if self._app is None or _names_app(data, self._app):
            return data
        gateway, app_id = self._app
        key = app_key(gateway, app_id)
        others = data.get(OTHER_APPS)
        if _unclaimed(data, gateway) and not (isinstance(others, dict) and key in others):
            data["app_id"] = app_id
            data.setdefault("api_gateway_url", gateway)
            return data
        if not isinstance(others, dict):
            others = data[OTHER_APPS] = {}
        entry = others.get(key)
        if not isinstance(entry, dict):
            entry = others[key] = {}
        return entry

    def settings(self) -> dict[str, str]:
        """The profile's client settings, as `Lansenger(...)` keyword arguments (missing ones left out)."""
        data = self._profile_data(self._read())
        names = {
            "app_id": "app_id",
            "app_secret": "app_secret",
            "gateway_url": "api_gateway_url",
            "passport_url": "passport_url",
            "redirect_uri": "redirect_uri",
        }
        found = {option: value for option, key in names.items() if (value := _text(data.get(key)))}
        if "app_secret" not in found and "app_id" in found and (stored := _app_token(data)) is not None:
            found["app_token"] = stored.token  # no secret: the token of the app the profile names is all there is
        return found

    def profile_data(self) -> dict[str, Any]:
        """A copy of the profile as stored (settings and tokens), for tools that show it; empty when absent."""
        return copy.deepcopy(self._profile_data(self._read()))

    def staff_ids(self) -> list[str]:
        """Staff with a user token in this view of the profile (the logins of its app)."""
        entries = _user_entries(self._tokens(self._profile_data(self._read())))
        return sorted(staff for staff, entry in entries.items() if _text(entry.get("user_token")))

    def save_settings(self, values: Mapping[str, str | None]) -> None:
        """Set the profile's settings by their file names (`SETTING_KEYS`); None removes one. Tokens are kept:
        when the profile comes to name another app or gateway, its tokens move to ``other_apps`` under the app
        they belong to, so the newly named app never takes them (and the tokens of the app it now names, if
        ``other_apps`` holds them, become the profile's own)."""
        unknown = sorted(set(values) - set(SETTING_KEYS))
        if unknown:
            raise ValueError(f"not profile settings: {unknown} (known: {', '.join(SETTING_KEYS)})")

        def change(data: dict[str, Any]) -> None:
            before = _named_app(data)
            for key, value in values.items():
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = value
            if before is not None and not _still_names(data, before):
                _move_tokens_aside(data, before)
            _take_back_tokens(data)

        self._update(change)

    def load_app_token(self) -> StoredAppToken | None:
        return _app_token(self._tokens(self._profile_data(self._read())))

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        entry = _user_entries(self._tokens(self._profile_data(self._read()))).get(staff_id)
        token = _text(entry.get("user_token")) if entry else None
        if entry is None or token is None:
            return None
        return StoredUserToken(
            staff_id=staff_id,
            user_token=token,
            expires_at=_number(entry.get("user_token_expiry")),
            refresh_token=_text(entry.get("refresh_token")),
            refresh_expires_at=_number(entry.get("refresh_token_expiry")),
            scope=_text(entry.get("scope")),
        )

    # -- writing ---------------------------------------------------------------------------------------------

    def save_app_token(self, token: StoredAppToken) -> None:
        def change(data: dict[str, Any]) -> None:
            tokens = self._tokens_to_change(data)
            tokens["app_token"] = token.token
            tokens["app_token_expiry"] = _epoch(token.expires_at)

        self._update(change)

    def save_user_token(self, token: StoredUserToken) -> None:
        def change(data: dict[str, Any]) -> None:
            tokens = self._tokens_to_change(data)
            entries = tokens.get("user_tokens")
            if not isinstance(entries, dict):
                entries = tokens["user_tokens"] = {}
            entry = entries.get(token.staff_id)
            entry = dict(entry) if isinstance(entry, dict) else {}  # keeps keys we do not know
            entry.update(
                user_token=token.user_token,
                refresh_token=token.refresh_token or "",
                user_token_expiry=_epoch(token.expires_at),
                refresh_token_expiry=_epoch(token.refresh_expires_at),
            )
            if token.scope:
                entry["scope"] = token.scope
            entries[token.staff_id] = entry
            _retire_flat_user(tokens, token.staff_id)

        self._update(change)

    def delete_user_token(self, staff_id: str) -> None:
        def change(data: dict[str, Any]) -> None:
            tokens = self._tokens(data)
            entries = tokens.get("user_tokens")
            if isinstance(entries, dict):
                entries.pop(staff_id, None)
            _retire_flat_user(tokens, staff_id)

        self._update(change)

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """Exclusive across processes and threads: an ``flock`` on a lock file of its own per profile, app and key."""
        scope = self._profile if self._app is None else f"{self._profile}\0{app_key(*self._app)}"
        digest = hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()[:16]
        with _flocked(self._path.with_name(f"{self._path.name}.{digest}.lock")):
            yield

    def _update(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Read, change the profile, write back: all under the file lock, so concurrent writers never clobber.

        An OS error on the way (a read-only or full disk, a failed fsync or rename) is a `StoreError`; the error is
        its cause, without the frames whose variables hold the file's content.
        """
        try:
            with _flocked(self._lock_path):
                self._rewrite(change)
        except OSError as error:
            raise self._unusable("write", _reason(error, self._path)) from detached(error)

    def _rewrite(self, change: Callable[[dict[str, Any]], None]) -> None:
        state = self._read() or {"profiles": {}}
        profiles: dict[str, Any] = state["profiles"]
        data = profiles.setdefault(self._profile, {})
        change(data)
        state.setdefault("active_profile", self._profile)
        self._write(json.dumps(state, ensure_ascii=False, indent=2).encode() + b"\n")

    def _write(self, content: bytes) -> None:
        """Temp file (0600, O_EXCL), fsync, rename over the file, fsync the directory; the temp file never stays."""
        directory = self._path.parent
        self._remove_orphans()
        temp = directory / f".{self._path.name}.{secrets.token_hex(6)}.tmp"
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
            os.replace(temp, self._path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        _fsync_directory(directory)

    def _remove_orphans(self) -> None:
        """Delete the temp files a killed writer left: ours by name, regular, owned by us, and older than ORPHAN_AGE.

        Called under the file lock, which every writer holds while its temp file exists.
        """
        pattern = re.compile(rf"\.{re.escape(self._path.name)}\.[0-9a-f]{{12}}\.tmp")
        now = time.time()
        with contextlib.suppress(OSError), os.scandir(self._path.parent) as entries:
            for entry in entries:
                if not pattern.fullmatch(entry.name):
                    continue
                with contextlib.suppress(OSError):
                    info = entry.stat(follow_symlinks=False)
                    if stat.S_ISREG(info.st_mode) and info.st_uid == os.geteuid() and now - info.st_mtime >= ORPHAN_AGE:
                        os.unlink(entry.path)


def _parsed(raw: bytes | None) -> State | str | None:
    """The state, None for no file, or what is wrong with it (returned: no raised error carries the content)."""
    if raw is None:
        return None
    try:
        state = json.loads(raw)
    except ValueError as error:  # not JSON, or not UTF-8
        return f"not JSON ({type(error).__name__}: {error})"
    if not isinstance(state, dict):
        return "the top level is not an object"
    profiles = state.get("profiles")
    if profiles is None:
        return {"profiles": {DEFAULT_PROFILE: state}, "active_profile": DEFAULT_PROFILE}  # legacy flat file
    if not isinstance(profiles, dict) or not all(isinstance(p, dict) for p in profiles.values()):
        return "'profiles' is not an object of objects"
    return state


def _names_app(data: dict[str, Any], app: App) -> bool:
    """The profile names this app (and this gateway, when it records one): its own tokens are the app's."""
    gateway, app_id = app
    recorded = _text(data.get("api_gateway_url"))
    return _text(data.get("app_id")) == app_id and (recorded is None or gateway_identity(recorded) == gateway)


def _unclaimed(data: dict[str, Any], gateway: str) -> bool:
    """The profile names no app, holds no tokens, and records no other gateway: the first app to save takes it."""
    recorded = _text(data.get("api_gateway_url"))
    return (
        _text(data.get("app_id")) is None
        and _app_token(data) is None
        and not _user_entries(data)
        and (recorded is None or gateway_identity(recorded) == gateway)
    )


def _named_app(data: dict[str, Any]) -> tuple[str, str | None] | None:
    """(app id, gateway or None) the profile names, or None when it names no app."""
    app_id, gateway = _text(data.get("app_id")), _text(data.get("api_gateway_url"))
    return None if app_id is None else (app_id, None if gateway is None else gateway_identity(gateway))


def _still_names(data: dict[str, Any], before: tuple[str, str | None]) -> bool:
    """The profile names the same app, on the same gateway if it named one (first recording one changes nothing:
    a profile without a gateway is its app's on every gateway)."""
    after = _named_app(data)
    return after is not None and after[0] == before[0] and (before[1] is None or after[1] == before[1])


def _move_tokens_aside(data: dict[str, Any], owner: tuple[str, str | None]) -> None:
    """Move the profile's own tokens to ``other_apps`` under the app they belong to; entries there are kept."""
    app_id, gateway = owner
    users = _user_entries(data)
    if _app_token(data) is None and not users:
        return
    others = data.get(OTHER_APPS)
    if not isinstance(others, dict):
        others = data[OTHER_APPS] = {}
    entry = others.get(key := app_key(gateway or "", app_id))
    if not isinstance(entry, dict):
        entry = others[key] = {}
    if _app_token(data) is not None and _app_token(entry) is None:
        entry["app_token"], entry["app_token_expiry"] = data["app_token"], data.get("app_token_expiry", 0)
    if users:
        kept = entry.get("user_tokens")
        entry["user_tokens"] = users | (kept if isinstance(kept, dict) else {})
    for name in ("app_token", "app_token_expiry", "user_tokens"):
        data.pop(name, None)
    for name in _FLAT_USER_KEYS:
        if name in data:
            data[name] = ""


def _take_back_tokens(data: dict[str, Any]) -> None:
    """Make the ``other_apps`` entry of the app the profile names its own tokens, if it holds none of its own."""
    named, others = _named_app(data), data.get(OTHER_APPS)
    if named is None or not isinstance(others, dict) or _app_token(data) is not None or _user_entries(data):
        return
    entry = others.pop(app_key(named[1] or "", named[0]), None)
    if isinstance(entry, dict):
        data.update({name: entry[name] for name in ("app_token", "app_token_expiry", "user_tokens") if name in entry})
    if not others:
        del data[OTHER_APPS]


def _app_token(tokens: dict[str, Any]) -> StoredAppToken | None:
    token = _text(tokens.get("app_token"))
    return StoredAppToken(token, expires_at=_number(tokens.get("app_token_expiry"))) if token else None


def _user_entries(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``user_tokens``, with the flat single-user fields of old files (and Go's) merged in; the flat ones win."""
    raw = data.get("user_tokens")
    entries = {k: v for k, v in raw.items() if isinstance(v, dict)} if isinstance(raw, dict) else {}
    flat_staff, flat_token = _text(data.get("staff_id")), _text(data.get("user_token"))
    if flat_staff and flat_token:
        entries[flat_staff] = {key: data.get(key) for key in _FLAT_USER_KEYS}
    return entries


def _retire_flat_user(data: dict[str, Any], staff_id: str) -> None:
    """Blank the flat fields of this user, or a stale flat token would win over the entry just written."""
    if _text(data.get("staff_id")) == staff_id:
        for key in _FLAT_USER_KEYS:
            data[key] = ""


def _private_directories(directory: Path) -> None:
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


def _open_lock(path: Path) -> int:
    """The lock file, created 0600; a symlink, FIFO or device there is refused."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        _private_directories(path.parent)
        fd = os.open(path, flags, 0o600)
    except OSError as error:
        raise StoreError(f"cannot open the lock file {path}: {_reason(error, path)}", path=str(path)) from detached(
            error
        )
    try:
        kind = _kind(os.fstat(fd).st_mode)
    except OSError as error:
        os.close(fd)
        raise StoreError(f"cannot open the lock file {path}: {_reason(error, path)}", path=str(path)) from detached(
            error
        )
    if kind is not None:
        os.close(fd)
        raise StoreError(f"cannot open the lock file {path}: it is {kind}, not a regular file", path=str(path))
    return fd


@contextlib.contextmanager
def _flocked(path: Path) -> Iterator[None]:
    fd = _open_lock(path)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as error:
            raise StoreError(f"cannot lock {path}: {_reason(error, path)}", path=str(path)) from detached(error)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
