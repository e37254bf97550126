"""What every sandbox handler works with: the request, the backend it acts on, and the route that binds them."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lansenger_api.errors import ErrorCode

from ._body import RequestBody
from ._oauth_records import OAuthRecords
from ._replies import ApiError, Reply, invalid
from ._state import SandboxState
from .callbacks import CallbackTarget, event_timestamp


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
