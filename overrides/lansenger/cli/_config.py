"""Where the command line's settings come from: LANSENGER_* variables first, then the profile in the state file.

The state file is the one the platform's SDKs share (``~/.lansenger/sdk_state.json``, or ``--state-file`` /
``LANSENGER_STATE_FILE``); ``--profile`` / ``LANSENGER_PROFILE`` picks the profile, else its active one. App tokens
and logins are kept there, so they outlive each command, under the app in effect: another ``LANSENGER_APP_ID`` (or
gateway) never sees them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Final

from .._client import Lansenger
from .._errors import AuthorizationError, ConfigurationError
from .._file_store import DEFAULT_STATE_FILE, SETTING_KEYS, FileTokenStore
from .._settings import (
    ENV_APP_ID,
    ENV_APP_SECRET,
    ENV_GATEWAY_URL,
    ENV_PASSPORT_URL,
    ENV_REDIRECT_URI,
    from_environment,
)
from ._runtime import Runtime

ENV_PROFILE: Final = "LANSENGER_PROFILE"
ENV_STATE_FILE: Final = "LANSENGER_STATE_FILE"
ENV_ENCODING_KEY: Final = "LANSENGER_ENCODING_KEY"
ENV_CALLBACK_TOKEN: Final = "LANSENGER_CALLBACK_TOKEN"
ENV_ORG_ID: Final = "LANSENGER_ORG_ID"
ENV_STAFF_ID: Final = "LANSENGER_STAFF_ID"


@dataclass(frozen=True)
class Setting:
    """One setting: its name on the command line (`config set NAME`), in the state file, and in the environment."""

    name: str
    file_key: str
    env: str
    secret: bool = False


SETTINGS: Final = (
    Setting("app-id", "app_id", ENV_APP_ID),
    Setting("app-secret", "app_secret", ENV_APP_SECRET, secret=True),
    Setting("gateway-url", "api_gateway_url", ENV_GATEWAY_URL),
    Setting("passport-url", "passport_url", ENV_PASSPORT_URL),
    Setting("redirect-uri", "redirect_uri", ENV_REDIRECT_URI),
    Setting("encoding-key", "encoding_key", ENV_ENCODING_KEY, secret=True),
    Setting("callback-token", "callback_token", ENV_CALLBACK_TOKEN, secret=True),
)
assert {setting.file_key for setting in SETTINGS} <= set(SETTING_KEYS)


def setting(name: str) -> Setting:
    for candidate in SETTINGS:
        if candidate.name == name:
            return candidate
    known = ", ".join(candidate.name for candidate in SETTINGS)
    raise ConfigurationError(f"unknown setting {name!r} (known: {known})")


def token_store(rt: Runtime) -> FileTokenStore:
    return FileTokenStore(rt.state_file or DEFAULT_STATE_FILE, profile=rt.profile)


def value(rt: Runtime, item: Setting, store: FileTokenStore | None = None) -> tuple[str | None, str | None]:
    """The setting's value and where it came from ("env" or "profile"), or (None, None)."""
    from_env = os.environ.get(item.env)
    if from_env:
        return from_env, "env"
    stored = (store or token_store(rt)).profile_data().get(item.file_key)
    return (stored, "profile") if isinstance(stored, str) and stored else (None, None)


def open_client(rt: Runtime, **options: Any) -> Lansenger:
    """A client from the profile, with every LANSENGER_* variable that is set taking precedence (and `options`
    over both)."""
    overrides: dict[str, Any] = {name: setting for name, setting in from_environment().items() if setting}
    return Lansenger.from_store(token_store(rt), **(overrides | rt.client_options | options))


def staff_for(client: Lansenger, staff_id: str | None) -> str:
    """Who acts: `--as`, else LANSENGER_STAFF_ID, else the one login the client's app holds in the profile."""
    chosen = staff_id or os.environ.get(ENV_STAFF_ID)
    if chosen:
        return chosen
    store = client.token_store
    found = client_logins(client)
    if len(found) == 1:
        return found[0]
    if not found:
        raise AuthorizationError(f"no user is logged in (profile {_profile_name(store)}): run `lansenger login`")
    raise ConfigurationError(f"several users are logged in ({', '.join(found)}): choose one with --as")


def user_token(client: Lansenger, staff_id: str | None) -> str:
    """A live user token of the acting user (refreshed when due)."""
    chosen = staff_for(client, staff_id)
    try:
        return client.oauth.user_token(chosen)
    except AuthorizationError as error:
        raise AuthorizationError(f"{error} (run `lansenger login`)", error=error.error) from None


def client_logins(client: Lansenger) -> list[str]:
    """Staff ids logged in to the client's app in its state file profile."""
    store = client.token_store
    return store.staff_ids() if isinstance(store, FileTokenStore) else []


def logins(rt: Runtime) -> list[str]:
    """Staff ids logged in to the app in effect (LANSENGER_* over the profile), without building a client."""
    store = token_store(rt)
    app_id, _ = value(rt, setting("app-id"), store)
    gateway, _ = value(rt, setting("gateway-url"), store)
    return (store.for_app(gateway, app_id) if app_id and gateway else store).staff_ids()


def _profile_name(store: object) -> str:
    return store.profile if isinstance(store, FileTokenStore) else "?"
