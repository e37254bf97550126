"""The state file's layout, as pure functions on its parsed JSON: which tokens of a profile belong to which app.

A profile's own tokens (the peers' keys: ``app_token``, ``app_token_expiry``, ``user_tokens`` and the flat single-user
fields of old files) belong to the app the profile names (``app_id``, and ``api_gateway_url`` when recorded). Tokens
of other apps live in the profile under ``other_apps.<app id>@<gateway>`` with the same keys.
"""

from __future__ import annotations

import math
from typing import Any

from ._private_files import Problem
from ._store import StoredAppToken, app_key, gateway_identity

DEFAULT_PROFILE = "default"
OTHER_APPS = "other_apps"
"""The profile key holding the tokens of apps other than the one the profile names (ours; the peers keep it)."""
FLAT_USER_KEYS = ("user_token", "refresh_token", "user_token_expiry", "refresh_token_expiry", "staff_id")

State = dict[str, Any]
App = tuple[str, str]
"""(gateway, app id): whose tokens a view of the store holds."""


def number(value: object) -> float:
    """Epoch seconds; anything else (text, NaN, infinity, a number beyond float) reads as long expired."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return 0.0
    try:
        seconds = float(value)
    except OverflowError:
        return 0.0
    return seconds if math.isfinite(seconds) else 0.0


def text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def epoch(value: float) -> int:
    """Whole seconds, rounded down: never later than the real deadline, and readable by every peer SDK."""
    return math.floor(value)


def state_of(document: object) -> State | Problem:
    """The state a state file's JSON holds, or what is wrong with it (returned: no raised error carries the content)."""
    if not isinstance(document, dict):
        return Problem("the top level is not an object")
    profiles = document.get("profiles")
    if profiles is None:
        return {"profiles": {DEFAULT_PROFILE: document}, "active_profile": DEFAULT_PROFILE}  # legacy flat file
    if not isinstance(profiles, dict) or not all(isinstance(p, dict) for p in profiles.values()):
        return Problem("'profiles' is not an object of objects")
    return document


def tokens_of(data: dict[str, Any], app: App | None) -> dict[str, Any]:
    """Where `app`'s tokens are in the profile: the profile itself, its ``other_apps`` entry, or nothing.

    With no app (a store used directly, not through `for_app`), the profile's own tokens."""
    if app is None or names_app(data, app):
        return data
    others = data.get(OTHER_APPS)
    entry = others.get(app_key(*app)) if isinstance(others, dict) else None
    return entry if isinstance(entry, dict) else {}


def tokens_to_change(data: dict[str, Any], app: App | None) -> dict[str, Any]:
    """Like `tokens_of`, created if missing; a profile that names no app and holds no tokens is taken by `app`."""
    if app is None or names_app(data, app):
        return data
    gateway, app_id = app
    key = app_key(gateway, app_id)
    others = data.get(OTHER_APPS)
    if unclaimed(data, gateway) and not (isinstance(others, dict) and key in others):
        data["app_id"] = app_id
        data.setdefault("api_gateway_url", gateway)
        return data
    if not isinstance(others, dict):
        others = data[OTHER_APPS] = {}
    entry = others.get(key)
    if not isinstance(entry, dict):
        entry = others[key] = {}
    return entry


def names_app(data: dict[str, Any], app: App) -> bool:
    """The profile names this app (and this gateway, when it records one): its own tokens are the app's."""
    gateway, app_id = app
    recorded = text(data.get("api_gateway_url"))
    return text(data.get("app_id")) == app_id and (recorded is None or gateway_identity(recorded) == gateway)


def unclaimed(data: dict[str, Any], gateway: str) -> bool:
    """The profile names no app, holds no tokens, and records no other gateway: the first app to save takes it."""
    recorded = text(data.get("api_gateway_url"))
    return (
        text(data.get("app_id")) is None
        and app_token(data) is None
        and not user_entries(data)
        and (recorded is None or gateway_identity(recorded) == gateway)
    )


def named_app(data: dict[str, Any]) -> tuple[str, str | None] | None:
    """(app id, gateway or None) the profile names, or None when it names no app."""
    app_id, gateway = text(data.get("app_id")), text(data.get("api_gateway_url"))
    return None if app_id is None else (app_id, None if gateway is None else gateway_identity(gateway))


def still_names(data: dict[str, Any], before: tuple[str, str | None]) -> bool:
    """The profile names the same app, on the same gateway if it named one (first recording one changes nothing:
    a profile without a gateway is its app's on every gateway)."""
    after = named_app(data)
    return after is not None and after[0] == before[0] and (before[1] is None or after[1] == before[1])


def move_tokens_aside(data: dict[str, Any], owner: tuple[str, str | None]) -> None:
    """Move the profile's own tokens to ``other_apps`` under the app they belong to; entries there are kept."""
    app_id, gateway = owner
    users = user_entries(data)
    if app_token(data) is None and not users:
        return
    others = data.get(OTHER_APPS)
    if not isinstance(others, dict):
        others = data[OTHER_APPS] = {}
    entry = others.get(key := app_key(gateway or "", app_id))
    if not isinstance(entry, dict):
        entry = others[key] = {}
    if app_token(data) is not None and app_token(entry) is None:
        entry["app_token"], entry["app_token_expiry"] = data["app_token"], data.get("app_token_expiry", 0)
    if users:
        kept = entry.get("user_tokens")
        entry["user_tokens"] = users | (kept if isinstance(kept, dict) else {})
    for name in ("app_token", "app_token_expiry", "user_tokens"):
        data.pop(name, None)
    for name in FLAT_USER_KEYS:
        if name in data:
            data[name] = ""


def take_back_tokens(data: dict[str, Any]) -> None:
    """Make the ``other_apps`` entry of the app the profile names its own tokens, if it holds none of its own."""
    named, others = named_app(data), data.get(OTHER_APPS)
    if named is None or not isinstance(others, dict) or app_token(data) is not None or user_entries(data):
        return
    entry = others.pop(app_key(named[1] or "", named[0]), None)
    if isinstance(entry, dict):
        data.update({name: entry[name] for name in ("app_token", "app_token_expiry", "user_tokens") if name in entry})
    if not others:
        del data[OTHER_APPS]


def app_token(tokens: dict[str, Any]) -> StoredAppToken | None:
    token = text(tokens.get("app_token"))
    return StoredAppToken(token, expires_at=number(tokens.get("app_token_expiry"))) if token else None


def user_entries(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``user_tokens``, with the flat single-user fields of old files (and Go's) merged in; the flat ones win."""
    raw = data.get("user_tokens")
    entries = {k: v for k, v in raw.items() if isinstance(v, dict)} if isinstance(raw, dict) else {}
    flat_staff, flat_token = text(data.get("staff_id")), text(data.get("user_token"))
    if flat_staff and flat_token:
        entries[flat_staff] = {key: data.get(key) for key in FLAT_USER_KEYS}
    return entries


def retire_flat_user(data: dict[str, Any], staff_id: str) -> None:
    """Blank the flat fields of this user, or a stale flat token would win over the entry just written."""
    if text(data.get("staff_id")) == staff_id:
        for key in FLAT_USER_KEYS:
            data[key] = ""
