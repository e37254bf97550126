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

import copy
import hashlib
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ._private_files import flocked, read_json, rewriting, write_json
from ._state_layout import (
    DEFAULT_PROFILE,
    App,
    State,
    app_token,
    epoch,
    move_tokens_aside,
    named_app,
    number,
    retire_flat_user,
    state_of,
    still_names,
    take_back_tokens,
    text,
    tokens_of,
    tokens_to_change,
    user_entries,
)
from ._store import StoredAppToken, StoredUserToken, app_key, gateway_identity

__all__ = ["DEFAULT_STATE_FILE", "SETTING_KEYS", "FileTokenStore"]

DEFAULT_STATE_FILE = "~/.lansenger/sdk_state.json"
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


class FileTokenStore:
    """A `TokenStore` in the platform SDKs' state file, safe to share between processes on one machine."""

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_STATE_FILE, profile: str | None = None) -> None:
        self._path = Path(path).expanduser()
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

    @property
    def app(self) -> App | None:
        """(gateway, app id) of this view (`for_app`), None for the store used directly."""
        return self._app

    # -- reading ---------------------------------------------------------------------------------------------

    def _read(self) -> State | None:
        """The whole file, or None when it does not exist; `StoreError` when it is not a state file."""
        return read_json(self._path, "the token state file", state_of)

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
        found = {option: value for option, key in names.items() if (value := text(data.get(key)))}
        if "app_secret" not in found and "app_id" in found and (stored := app_token(data)) is not None:
            found["app_token"] = stored.token  # no secret: the token of the app the profile names is all there is
        return found

    def profile_data(self) -> dict[str, Any]:
        """The profile as stored (settings and tokens), for tools that show it; empty when absent. It is read afresh
        from the file, so the caller may change it freely."""
        return self._profile_data(self._read())

    def staff_ids(self) -> list[str]:
        """Staff with a user token in this view of the profile (the logins of its app)."""
        entries = user_entries(tokens_of(self._profile_data(self._read()), self._app))
        return sorted(staff for staff, entry in entries.items() if text(entry.get("user_token")))

    def save_settings(self, values: Mapping[str, str | None]) -> None:
        """Set the profile's settings by their file names (`SETTING_KEYS`); None removes one. Tokens are kept:
        when the profile comes to name another app or gateway, its tokens move to ``other_apps`` under the app
        they belong to, so the newly named app never takes them (and the tokens of the app it now names, if
        ``other_apps`` holds them, become the profile's own)."""
        unknown = sorted(set(values) - set(SETTING_KEYS))
        if unknown:
            raise ValueError(f"not profile settings: {unknown} (known: {', '.join(SETTING_KEYS)})")

        def change(data: dict[str, Any]) -> None:
            before = named_app(data)
            for key, value in values.items():
                if value is None:
                    data.pop(key, None)
                else:
                    data[key] = value
            if before is not None and not still_names(data, before):
                move_tokens_aside(data, before)
            take_back_tokens(data)

        self._update(change)

    def load_app_token(self) -> StoredAppToken | None:
        return app_token(tokens_of(self._profile_data(self._read()), self._app))

    def load_user_token(self, staff_id: str) -> StoredUserToken | None:
        entry = user_entries(tokens_of(self._profile_data(self._read()), self._app)).get(staff_id)
        token = text(entry.get("user_token")) if entry else None
        if entry is None or token is None:
            return None
        return StoredUserToken(
            staff_id=staff_id,
            user_token=token,
            expires_at=number(entry.get("user_token_expiry")),
            refresh_token=text(entry.get("refresh_token")),
            refresh_expires_at=number(entry.get("refresh_token_expiry")),
            scope=text(entry.get("scope")),
        )

    # -- writing ---------------------------------------------------------------------------------------------

    def save_app_token(self, token: StoredAppToken) -> None:
        def change(data: dict[str, Any]) -> None:
            tokens = tokens_to_change(data, self._app)
            tokens["app_token"] = token.token
            tokens["app_token_expiry"] = epoch(token.expires_at)

        self._update(change)

    def save_user_token(self, token: StoredUserToken) -> None:
        def change(data: dict[str, Any]) -> None:
            tokens = tokens_to_change(data, self._app)
            entries = tokens.get("user_tokens")
            if not isinstance(entries, dict):
                entries = tokens["user_tokens"] = {}
            entry = entries.get(token.staff_id)
            entry = dict(entry) if isinstance(entry, dict) else {}  # keeps keys we do not know
            entry.update(
                user_token=token.user_token,
                refresh_token=token.refresh_token or "",
                user_token_expiry=epoch(token.expires_at),
                refresh_token_expiry=epoch(token.refresh_expires_at),
            )
            if token.scope:
                entry["scope"] = token.scope
            entries[token.staff_id] = entry
            retire_flat_user(tokens, token.staff_id)

        self._update(change)

    def delete_user_token(self, staff_id: str) -> None:
        def change(data: dict[str, Any]) -> None:
            tokens = tokens_of(data, self._app)
            entries = tokens.get("user_tokens")
            if isinstance(entries, dict):
                entries.pop(staff_id, None)
            retire_flat_user(tokens, staff_id)

        self._update(change)

    @contextmanager
    def lock(self, key: str) -> Iterator[None]:
        """Exclusive across processes and threads: an ``flock`` on a lock file of its own per profile, app and key."""
        scope = self._profile if self._app is None else f"{self._profile}\0{app_key(*self._app)}"
        digest = hashlib.sha256(f"{scope}\0{key}".encode()).hexdigest()[:16]
        with flocked(self._path.with_name(f"{self._path.name}.{digest}.lock")):
            yield

    def _update(self, change: Callable[[dict[str, Any]], None]) -> None:
        """Read, change the profile, write back: all under the file lock, so concurrent writers never clobber.

        An OS error on the way (a read-only or full disk, a failed fsync or rename) is a `StoreError`; the error is
        its cause, without the frames whose variables hold the file's content.
        """
        with rewriting(self._path, "the token state file"):
            self._rewrite(change)

    def _rewrite(self, change: Callable[[dict[str, Any]], None]) -> None:
        state = self._read() or {"profiles": {}}
        profiles: dict[str, Any] = state["profiles"]
        data = profiles.setdefault(self._profile, {})
        change(data)
        state.setdefault("active_profile", self._profile)
        write_json(self._path, state, indent=2)
