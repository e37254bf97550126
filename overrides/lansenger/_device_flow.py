"""The OAuth2 device flow as the Lansenger passport plays it: log a user in from a terminal, no redirect needed.

`POST {passport}/oauth2/device_authorization` hands out a device code (kept by the program) and a user code (shown
to the person, with a verification URL); `POST {passport}/oauth2/device_token` is then polled every `interval`
seconds until the person approves (the answer carries an ordinary OAuth2 code, exchanged like a redirect's),
denies, or the code expires. Only newer platform deployments have it.

Why these two operations are not in the spec: the codegen sends every operation to the gateway base URL and reads
every JSON answer as the `{errCode, errMsg, data}` envelope (it refuses any other 200 answer). These live on the
passport host, answer bare JSON, and report errors as `{"error": {"code", "message"}}` or an RFC 6749 `error`
string. So the requests, the typed answers (attrs models, unknown fields kept) and the polling rules live here;
the polling rules do no I/O, so the sync and async clients share them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, Literal

import attrs
import httpx
from lansenger_api import errors
from lansenger_api.client import err_code
from lansenger_api.request_meta import RequestMeta

from ._errors import AuthorizationError, ConfigurationError
from ._oauth_flow import DEFAULT_SCOPE
from ._settings import ENV_PASSPORT_URL, Settings

__all__ = [
    "DeviceAuthorization",
    "DeviceClientKind",
    "DeviceFlowUnsupportedError",
    "DevicePolling",
    "DeviceTokenState",
]

DEVICE_AUTHORIZATION_PATH: Final = "/oauth2/device_authorization"
DEVICE_TOKEN_PATH: Final = "/oauth2/device_token"
DEFAULT_INTERVAL: Final = 5
"""Seconds between polls when the passport does not say."""
DEFAULT_EXPIRES_IN: Final = 600
"""Seconds a device code lives when the passport does not say."""
SLOW_DOWN_STEP: Final = 5
"""Seconds added to the interval on every `slow_down` (RFC 8628 §3.5)."""

PENDING: Final = "authorization_pending"
APPROVED: Final = "access_approved"
DENIED: Final = "access_denied"
EXPIRED: Final = "expired_token"
SLOW_DOWN: Final = "slow_down"
POLL_STATES: Final = frozenset({PENDING, APPROVED, DENIED, EXPIRED, SLOW_DOWN})

DeviceClientKind = Literal["CLI", "MCP", "OpenClaw", "AutoClaw"]
"""The `from` the passport expects: which kind of program asks (the platform knows these four)."""


class DeviceFlowUnsupportedError(errors.APIError):
    """The passport has no device flow (an older platform deployment): authorize in a browser instead.

    Inferred, as the platform's own SDK does, from a 404 or a redirect, a gateway envelope (`errCode`) or an
    answer that is not JSON.
    """


def _positive_int(value: object, default: int) -> int:
    if isinstance(value, bool):
        return default
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, (int, float)) and value > 0:
        return int(value)
    return default


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


@attrs.define(frozen=True)
class DeviceAuthorization:
    """The passport's answer to the start of a device flow: show `user_code` and `verification_uri_complete`.

    Attributes:
        device_code: what the program polls with; a credential, kept out of the repr.
        user_code: what the person confirms (or types) on the verification page.
        verification_uri_complete: the page with the user code already filled in, when the passport sends it.
        verification_uri: the page without the code (RFC 8628's field), when the passport sends it.
        interval: seconds to wait between polls (5 when the passport leaves it out).
        expires_in: seconds the codes live (600 when the passport leaves it out).
        expires_at: the passport's own expiry stamp, as sent (its unit is undocumented).
        open_api_domain: the deployment's open-platform domain, as sent.
        additional_properties: fields this model does not know, kept as received.
    """

    device_code: str = attrs.field(repr=False)
    user_code: str
    verification_uri_complete: str | None = None
    verification_uri: str | None = None
    interval: int = DEFAULT_INTERVAL
    expires_in: int = DEFAULT_EXPIRES_IN
    expires_at: int | str | None = None
    open_api_domain: str | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def verification_url(self) -> str | None:
        """Where to send the person: the complete URL when there is one."""
        return self.verification_uri_complete or self.verification_uri

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeviceAuthorization:
        """Raises ValueError when the device code or the user code is missing."""
        known = {
            "deviceCode",
            "userCode",
            "verificationUriComplete",
            "verificationUri",
            "interval",
            "expiresIn",
            "expiresAt",
            "openApiDomain",
        }
        device_code, user_code = _text(data.get("deviceCode")), _text(data.get("userCode"))
        if device_code is None or user_code is None:
            raise ValueError("deviceCode and userCode are required")
        expires_at = data.get("expiresAt")
        return cls(
            device_code=device_code,
            user_code=user_code,
            verification_uri_complete=_text(data.get("verificationUriComplete")),
            verification_uri=_text(data.get("verificationUri")),
            interval=_positive_int(data.get("interval"), DEFAULT_INTERVAL),
            expires_in=_positive_int(data.get("expiresIn"), DEFAULT_EXPIRES_IN),
            expires_at=expires_at if isinstance(expires_at, (int, str)) and not isinstance(expires_at, bool) else None,
            open_api_domain=_text(data.get("openApiDomain")),
            additional_properties={key: value for key, value in data.items() if key not in known},
        )


@attrs.define(frozen=True)
class DeviceTokenState:
    """One poll's answer: `state` is one of `POLL_STATES`; `oauth2_code` comes with `access_approved`."""

    state: str
    oauth2_code: str | None = attrs.field(default=None, repr=False)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeviceTokenState:
        """Raises ValueError for a state this SDK does not know, or an approval without a code."""
        state = _text(data.get("state")) or _text(data.get("error"))
        if state not in POLL_STATES:
            raise ValueError(f"unknown device flow state {state!r}")
        code = _text(data.get("oauth2Code"))
        if state == APPROVED and code is None:
            raise ValueError("access_approved without an oauth2Code")
        rest = {key: value for key, value in data.items() if key not in ("state", "error", "oauth2Code")}
        return cls(state=state, oauth2_code=code, additional_properties=rest)


def _passport(settings: Settings) -> tuple[str, str]:
    if not settings.passport_url:
        raise ConfigurationError(
            f"passport_url is required for the device flow (or set {ENV_PASSPORT_URL}); it is not the gateway URL"
        )
    if not settings.app_id:
        raise ConfigurationError("app_id is required for the device flow")
    return settings.passport_url, settings.app_id


_AUTHORIZATION_META: Final = RequestMeta(operation="device_authorization", app_token=False, idempotent=False)
_TOKEN_META: Final = RequestMeta(operation="device_token", app_token=False, idempotent=True)


def scope_text(scope: str | Sequence[str]) -> str:
    scopes = [scope] if isinstance(scope, str) else list(scope)
    if not scopes or not all(isinstance(item, str) and item.strip() for item in scopes):
        raise errors.InvalidArgumentError("scope must be a non-empty string or a list of them")
    return ",".join(scopes)


def authorization_request(
    settings: Settings, *, scope: str | Sequence[str] = DEFAULT_SCOPE, client_kind: DeviceClientKind, version: str
) -> dict[str, Any]:
    """The httpx arguments of the first step; creates a new device code, so it is never retried."""
    passport, app_id = _passport(settings)
    body = {
        "clientId": app_id,
        "responseType": "device_code",
        "scope": scope_text(scope),
        "appId": app_id,
        "from": client_kind,
        "version": version,
    }
    return {
        "method": "post",
        "url": passport + DEVICE_AUTHORIZATION_PATH,
        "json": body,
        "extensions": _AUTHORIZATION_META.extensions(),
    }


def token_request(settings: Settings, device_code: str) -> dict[str, Any]:
    """The httpx arguments of one poll; a poll only reads the state, so transient failures are retried."""
    passport, app_id = _passport(settings)
    if not device_code:
        raise errors.InvalidArgumentError("device_code must not be empty")
    return {
        "method": "post",
        "url": passport + DEVICE_TOKEN_PATH,
        "json": {"deviceCode": device_code, "clientId": app_id},
        "extensions": _TOKEN_META.extensions(),
    }


def _unsupported(response: httpx.Response, operation: str, why: str) -> DeviceFlowUnsupportedError:
    return DeviceFlowUnsupportedError(
        f"the passport does not offer the device flow ({why}); authorize in a browser instead",
        http_status=response.status_code,
        request_id=errors.request_id_from(response.headers),
        operation=operation,
    )


def _payload(response: httpx.Response, operation: str) -> dict[str, Any]:
    """The JSON object answered, or the typed error for a failed or legacy passport."""
    status = response.status_code
    request_id = errors.request_id_from(response.headers)
    if status >= 500:
        raise errors.error_for_status(status, "the passport failed", request_id=request_id, operation=operation)
    if 300 <= status < 400 or status == 404:
        raise _unsupported(response, operation, f"HTTP {status}")
    try:
        payload = response.json()
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        if status == 200:
            raise _unsupported(response, operation, "the answer is not JSON")
        raise errors.error_for_status(status, f"HTTP {status}", request_id=request_id, operation=operation)
    if "errCode" in payload:
        raise _unsupported(response, operation, "the gateway answered instead")
    return payload


def _error(response: httpx.Response, payload: Mapping[str, Any], operation: str) -> errors.APIError:
    """`{"error": {"code", "message"}}` or an RFC 6749 `error` string, as the typed error."""
    status, request_id = response.status_code, errors.request_id_from(response.headers)
    error = payload.get("error")
    if isinstance(error, Mapping):
        code = err_code(error.get("code"))
        message = str(error.get("message") or "(no message)")
    else:
        code = None
        description = _text(payload.get("error_description"))
        message = f"{error}: {description}" if description else str(error)
    if status != 200:
        return errors.error_for_status(status, message, err_code=code, request_id=request_id, operation=operation)
    return errors.error_for_code(code, message, request_id=request_id, operation=operation)


def _unexpected(response: httpx.Response, operation: str, why: str) -> errors.UnexpectedResponseError:
    return errors.UnexpectedResponseError(
        f"the passport's answer does not match the device flow: {why}",
        http_status=response.status_code,
        request_id=errors.request_id_from(response.headers),
        operation=operation,
    )


def parse_authorization(response: httpx.Response) -> DeviceAuthorization:
    operation = "device_authorization"
    payload = _payload(response, operation)
    if "error" in payload or response.status_code != 200:
        raise _error(response, payload, operation)
    try:
        return DeviceAuthorization.from_dict(payload)
    except ValueError as error:
        raise _unexpected(response, operation, str(error)) from None


def parse_token_state(response: httpx.Response) -> DeviceTokenState:
    """RFC 8628 answers the waiting states as errors (HTTP 400 `{"error": "slow_down"}`); those are states here."""
    operation = "device_token"
    payload = _payload(response, operation)
    error = payload.get("error")
    rfc_state = isinstance(error, str) and error in POLL_STATES
    if not rfc_state and ("error" in payload or response.status_code != 200):
        raise _error(response, payload, operation)
    try:
        return DeviceTokenState.from_dict(payload)
    except ValueError as error:
        raise _unexpected(response, operation, str(error)) from None


class DevicePolling:
    """When to poll next and when to give up, on the caller's clock.

    The deadline is `expires_in` after the polling starts. `slow_down` adds 5 s to the interval for good;
    `access_denied` and `expired_token` end the flow with `AuthorizationError`.
    """

    def __init__(self, authorization: DeviceAuthorization, clock: Callable[[], float]) -> None:
        self.interval = float(authorization.interval)
        self._clock = clock
        self._deadline = clock() + authorization.expires_in

    def next_wait(self) -> float:
        """Seconds to wait before the next poll; `AuthorizationError` once the code has expired."""
        remaining = self._deadline - self._clock()
        if remaining <= 0:
            raise AuthorizationError("the device code expired before the user approved it: log in again", error=EXPIRED)
        return min(self.interval, remaining)

    def code_from(self, answer: DeviceTokenState) -> str | None:
        """The OAuth2 code once approved; None to keep polling."""
        if answer.state == APPROVED:
            assert answer.oauth2_code is not None  # DeviceTokenState guarantees it
            return answer.oauth2_code
        if answer.state == SLOW_DOWN:
            self.interval += SLOW_DOWN_STEP
        elif answer.state == DENIED:
            raise AuthorizationError("the user denied the authorization", error=DENIED)
        elif answer.state == EXPIRED:
            raise AuthorizationError("the device code expired before the user approved it: log in again", error=EXPIRED)
        return None
