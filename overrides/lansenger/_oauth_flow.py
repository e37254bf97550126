"""The browser half of OAuth2: building the authorize URL and reading the redirect that comes back.

No network here. The authorize URL's `state` is random (`secrets`), and the redirect's `state` is compared in
constant time, so a forged redirect cannot be told apart by timing either.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from lansenger_api.errors import InvalidArgumentError

from ._errors import AuthorizationError, ConfigurationError

DEFAULT_SCOPE = "basic_userinfor"
"""The only scope the platform defines; spelled this way by the platform."""

AUTHORIZE_PATH = "/oauth2/authorize"


@dataclass(frozen=True)
class AuthorizationRequest:
    """Where to send the user, and the `state` to check their redirect against (keep it in their session)."""

    url: str
    state: str


def authorization_request(
    passport_url: str | None,
    app_id: str | None,
    redirect_uri: str | None,
    scope: str | Sequence[str] = DEFAULT_SCOPE,
    state: str | None = None,
) -> AuthorizationRequest:
    """The authorize URL, parameters in the platform's order, every value percent-encoded."""
    if not passport_url:
        raise ConfigurationError("passport_url is required to build an authorize URL (or set LANSENGER_PASSPORT_URL)")
    if not app_id:
        raise ConfigurationError("app_id is required to build an authorize URL")
    if not redirect_uri:
        raise InvalidArgumentError("redirect_uri is required (or set LANSENGER_REDIRECT_URI)")
    scopes = [scope] if isinstance(scope, str) else list(scope)
    if not scopes or not all(isinstance(item, str) and item.strip() for item in scopes):
        raise InvalidArgumentError("scope must be a non-empty string or a list of them")
    if state is not None and not state:
        raise InvalidArgumentError("state must not be empty")
    chosen_state = state or secrets.token_urlsafe(24)
    query = [
        ("appid", app_id),
        ("response_type", "code"),
        ("scope", ",".join(scopes)),
        ("state", chosen_state),
        ("redirect_uri", redirect_uri),
    ]
    encoded = "&".join(f"{name}={quote(value, safe='')}" for name, value in query)
    return AuthorizationRequest(f"{passport_url.rstrip('/')}{AUTHORIZE_PATH}?{encoded}", chosen_state)


def authorization_code(redirect: str, expected_state: str) -> str:
    """The code from the redirect URL (or its query string), once its `state` matches ours.

    Raises `AuthorizationError` for an `error=` redirect, a missing code, or a state that does not match.
    """
    if not expected_state:
        raise InvalidArgumentError("expected_state must be the state of the authorization request")
    query = urlsplit(redirect).query if "?" in redirect or "://" in redirect else redirect.lstrip("?")
    values = parse_qs(query, keep_blank_values=True)

    def first(name: str) -> str | None:
        found = values.get(name)
        return found[0] if found else None

    error = first("error")
    if error:
        description = first("error_description")
        raise AuthorizationError(f"the user did not authorize: {error}", error=error, description=description)
    state = first("state") or ""
    if not hmac.compare_digest(state.encode("utf-8"), expected_state.encode("utf-8")):
        raise AuthorizationError("the redirect's state does not match the authorization request")
    code = first("code")
    if not code:
        raise AuthorizationError("the redirect carries no authorization code")
    return code
