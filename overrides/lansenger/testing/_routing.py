"""What every sandbox handler works with: the request, the backend it acts on, the route that binds them, and
the OAuth2 records (authorization codes, user tokens, rotating refresh tokens) that say who acts."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lansenger_api.errors import ErrorCode

from ._body import RequestBody
from ._directory import SANDBOX_USER
from ._replies import ApiError, Reply, invalid
from ._spec import field_default
from ._state import SandboxState
from .callbacks import CallbackTarget, event_timestamp

CODE_LIFETIME = 300.0
DEFAULT_SCOPE = "basic_userinfor"


class OAuthRefused(Exception):
    """A code or refresh token the platform would refuse: unknown, used, expired or for another redirect."""


@dataclass
class _Code:
    staff_id: str
    redirect_uri: str
    scope: str
    state: str
    deadline: float


@dataclass
class _Grant:
    staff_id: str
    scope: str
    state: str
    refresh_deadline: float


class OAuthRecords:
    """Codes are single-use and short-lived; each refresh replaces the refresh token and keeps its deadline."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._codes: dict[str, _Code] = {}
        self._user_tokens: dict[str, tuple[str, float]] = {}
        self._refresh_tokens: dict[str, _Grant] = {}
        self.refreshes = 0
        """Successful refresh-token rotations so far (counted under the lock)."""
        self.exchanges = 0
        """Codes exchanged for user tokens so far."""
        self.approver = SANDBOX_USER
        """The staff id that approves authorization requests; set it to log in as someone else."""

    def issue_code(self, staff_id: str, redirect_uri: str, scope: str, state: str) -> str:
        code = secrets.token_hex(16)
        with self._lock:
            self._codes[code] = _Code(staff_id, redirect_uri, scope, state, self._clock() + CODE_LIFETIME)
        return code

    def exchange(self, code: str, redirect_uri: str | None) -> dict[str, Any]:
        with self._lock:
            issued = self._codes.pop(code, None)
            if issued is None or self._clock() >= issued.deadline:
                raise OAuthRefused("invalid code")
            if redirect_uri is not None and redirect_uri != issued.redirect_uri:
                raise OAuthRefused("redirect_uri does not match the authorization request")
            self.exchanges += 1
            refresh_deadline = self._clock() + field_default("UserTokenGrant", "refreshExpiresIn")
            grant = _Grant(issued.staff_id, issued.scope, issued.state, refresh_deadline)
            return self._issue(grant)

    def refresh(self, refresh_token: str, scope: str | None) -> dict[str, Any]:
        with self._lock:
            grant = self._refresh_tokens.pop(refresh_token, None)
            if grant is None or self._clock() >= grant.refresh_deadline:
                raise OAuthRefused("invalid or used refresh token")
            if scope is not None:
                narrowed = set(scope.split(","))
                if not narrowed <= set(grant.scope.split(",")):
                    self._refresh_tokens[refresh_token] = grant
                    raise OAuthRefused("scope can only narrow the grant")
                grant = _Grant(grant.staff_id, scope, grant.state, grant.refresh_deadline)
            self.refreshes += 1
            return self._issue(grant)

    def _issue(self, grant: _Grant) -> dict[str, Any]:
        """Called with the lock held."""
        user_token, refresh_token = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        now, lifetime = self._clock(), field_default("UserTokenGrant", "expiresIn")
        self._user_tokens[user_token] = (grant.staff_id, now + lifetime)
        self._refresh_tokens[refresh_token] = grant
        return {
            "userToken": user_token,
            "expiresIn": lifetime,
            "refreshToken": refresh_token,
            "refreshExpiresIn": max(0, int(grant.refresh_deadline - now)),
            "staffId": grant.staff_id,
            "scope": grant.scope,
            "state": grant.state,
        }

    def staff_for(self, user_token: str) -> str | None:
        """Whose live user token this is, or ``None``."""
        with self._lock:
            found = self._user_tokens.get(user_token)
            if found is None or self._clock() >= found[1]:
                return None
            return found[0]


@dataclass
class Request:
    """One request as the handlers see it; the body is still unread unless the route takes JSON."""

    method: str
    path: str
    query: Mapping[str, list[str]]
    body: RequestBody
    headers: Mapping[str, str] = field(default_factory=dict)  # names in lower case
    path_params: dict[str, str] = field(default_factory=dict)
    json: Any = None
    peer: str = ""
    """The client's IP address."""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def host(self) -> str:
        """Where the client reached the sandbox, for the links it answers."""
        return self.headers.get("host") or "127.0.0.1"

    def param(self, name: str) -> str | None:
        """The last non-empty value of a query parameter."""
        values = [value for value in self.query.get(name, ()) if value]
        return values[-1] if values else None

    def required_param(self, name: str) -> str:
        value = self.param(name)
        if value is None:
            raise invalid(f"{name}: required")
        return value


@dataclass(frozen=True)
class Backend:
    """What handlers act on: the records, the upload directory and the app's credentials."""

    state: SandboxState
    media_dir: Path
    app_id: str
    app_secret: str
    token_lifetime: float

    def check_credentials(self, app_id: str, secret: str) -> None:
        """Refused as the platform does; compared in constant time, so a wrong secret takes as long as a right one."""
        same_id = hmac.compare_digest(app_id.encode(), self.app_id.encode())
        if not same_id & hmac.compare_digest(secret.encode(), self.app_secret.encode()):
            raise ApiError(ErrorCode.INVALID_CREDENTIAL, "invalid credential")

    def media_exists(self, media_id: str) -> bool:
        return self.state.media_record(media_id) is not None

    @property
    def oauth(self) -> OAuthRecords:
        return self.state.domain("oauth", OAuthRecords)

    @property
    def callbacks(self) -> CallbackTarget:
        """Where events go; the Sandbox registers it with its keys before serving."""
        return self.state.domain("callback-target", lambda: CallbackTarget("", "", self.app_id))

    def emit(self, event_type: str, **data: Any) -> None:
        """Publish the event the platform pushes after this change, stamped with the time."""
        self.callbacks.publish(event_type, {**data, "timestamp": event_timestamp()})

    def acting_staff(self, request: Request) -> str | None:
        """The staff id behind the request's ``user_token``; ``None`` without one, refused when it is not live."""
        token = request.param("user_token")
        if token is None:
            return None
        staff_id = self.oauth.staff_for(token)
        if staff_id is None:
            raise ApiError(ErrorCode.TOKEN_INVALID, "invalid or expired user_token")
        return staff_id


Handler = Callable[[Backend, Request], Reply]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    takes_json: bool = False
    needs_app_token: bool = True
