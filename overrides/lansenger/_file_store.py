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
not know are kept, and a corrupt file raises `StoreError` and is never overwritten.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import hashlib
import json
import math
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from lansenger_api.errors import StoreError

from ._store import StoredAppToken, StoredUserToken

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
_FLAT_USER_KEYS = ("user_token", "refresh_token", "user_token_expiry", "refresh_token_expiry", "staff_id")

State = dict[str, Any]


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _epoch(value: float) -> int:
    """Whole seconds, rounded down: never later than the real deadline, and readable by every peer SDK."""
    return math.floor(value)


class FileTokenStore:
    """A `TokenStore` in the platform SDKs' state file, safe to share between processes on one machine."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_STATE_FILE, profile: str | None = None) -> None:
        self._path = Path(path).expanduser()
        self._lock_path = self._path.with_name(self._path.name + ".lock")
        state = self._read()
        active = state.get("active_profile") if state is not None else None
        self._profile = profile or (active if isinstance(active, str) and active else DEFAULT_PROFILE)

    def __repr__(self) -> str:
        return f"FileTokenStore(path={str(self._path)!r}, profile={self._profile!r})"

    @property
    def path(self) -> Path:
        return self._path

    @property
    def profile(self) -> str:
        return self._profile

    # -- reading ---------------------------------------------------------------------------------------------

    def _read(self) -> State | None:
        """The whole file, or None when it does not exist; `StoreError` when it is not a state file."""
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:
            raise StoreError(f"cannot read the token state file: {error}", path=str(self._path)) from error
        try:
            state = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise self._corrupt(f"not JSON ({error})") from error
        if not isinstance(state, dict):
            raise self._corrupt("the top level is not an object")
        profiles = state.get("profiles")
        if profiles is None:
            return {"profiles": {DEFAULT_PROFILE: state}, "active_profile": DEFAULT_PROFILE}  # legacy flat file
        if not isinstance(profiles, dict) or not all(isinstance(p, dict) for p in profiles.values()):
            raise self._corrupt("'profiles' is not an object of objects")
        return state

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
        if "app_secret" not in found and (stored := self.load_app_token()) is not None:
            found["app_token"] = stored.token  # no credentials: the stored token is all there is
        return found

    def profile_data(self) -> dict[str, Any]:
        """A copy of the profile as stored (settings and tokens), for tools that show it; empty when absent."""
        return copy.deepcopy(self._profile_data(self._read()))

    def save_settings(self, values: Mapping[str, str | None]) -> None:
        """Set the profile's settings by their file names (`SETTING_KEYS`); None removes one. Tokens are kept."""
        unknown = sorted(set(values) - set(SETTING_KEYS))
        if unknown:
            raise ValueError(f"not profile settings: {unknown} (known: {', '.join(SETTING_KEYS)})")

        def change(data: dict[str, Any]) -> None:
            for key, value in values.items():
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = value

        self._update(change)

    def load_app_token(self) -> StoredAppToken | None:
        data = self._profile_data(self._read())
        token = _text(data.get("app_token"))
        return StoredAppToken(token, expires_at=_number(data.get("app_token_expiry"))) if token else None

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        data = self._profile_data(self._read())
        entry = _user_entries(data).get(staff_id)
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
            data["app_token"] = token.token
            data["app_token_expiry"] = _epoch(token.expires_at)

        self._update(change)

    def save_user_token(self, token: StoredUserToken) -> None:
        def change(data: dict[str, Any]) -> None:
            entries = data.get("user_tokens")
            if not isinstance(entries, dict):
                entries = data["user_tokens"] = {}
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
            _retire_flat_user(data, token.staff_id)

        self._update(change)

    def delete_user_token(self, staff_id: str) -> None:
        def change(data: dict[str, Any]) -> None:
            entries = data.get("user_tokens")
            if isinstance(entries, dict):
                entries.pop(staff_id, None)
            _retire_flat_user(data, staff_id)

        self._update(change)

    @contextlib.contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """Exclusive across processes and threads: an ``flock`` on a lock file of its own per profile and key."""
        digest = hashlib.sha256(f"{self._profile}\0{key}".encode()).hexdigest()[:16]
        with _flocked(self._path.with_name(f"{self._path.name}.{digest}.lock")):
            yield

    def _update(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Read, change the profile, write back: all under the file lock, so concurrent writers never clobber."""
        with _flocked(self._lock_path):
            state = self._read() or {"profiles": {}}
            profiles: dict[str, Any] = state["profiles"]
            data = profiles.setdefault(self._profile, {})
            change(data)
            state.setdefault("active_profile", self._profile)
            self._write(json.dumps(state, ensure_ascii=False, indent=2).encode() + b"\n")

    def _write(self, content: bytes) -> None:
        directory = self._path.parent
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
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
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        _fsync_directory(directory)


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


@contextlib.contextmanager
def _flocked(path: Path) -> Iterator[None]:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as error:
        raise StoreError(f"cannot open the lock file: {error}", path=str(path)) from error
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
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
