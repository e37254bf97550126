"""The OAuth2 device flow as the Lansenger passport plays it: log a user in from a terminal, no redirect needed.

The two passport operations are in the spec (`request_device_authorization`, `poll_device_token`: another server,
bare JSON answers). What stays here is the flow: the typed views the polling works on (the passport's defaults
filled in), when to poll next, what `slow_down`, a denial and the expiry mean, and that an older deployment without
the device flow is told to authorize in a browser. None of it does I/O, so the sync and async clients share it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final

import attrs
from lansenger_api import errors
from lansenger_api.models.device_client_kind import DeviceClientKind
from lansenger_api.models.device_codes import DeviceCodes
from lansenger_api.models.device_poll_answer import DevicePollAnswer
from lansenger_api.models.device_poll_state import (
    DEVICE_POLL_STATE_APPROVED,
    DEVICE_POLL_STATE_DENIED,
    DEVICE_POLL_STATE_EXPIRED,
    DEVICE_POLL_STATE_SLOW_DOWN,
    DEVICE_POLL_STATE_VALUES,
)
from lansenger_api.servers import NotOfferedError

from ._errors import AuthorizationError, ConfigurationError
from ._settings import ENV_PASSPORT_URL, Settings
from ._spec_defaults import declared_int

__all__ = [
    "DeviceAuthorization",
    "DeviceClientKind",
    "DeviceFlowUnsupportedError",
    "DevicePolling",
    "DeviceTokenState",
]

DEFAULT_INTERVAL: Final = declared_int(attrs.fields(DeviceCodes).interval.default)
"""Seconds between polls when the passport does not say (the spec's default)."""
DEFAULT_EXPIRES_IN: Final = declared_int(attrs.fields(DeviceCodes).expires_in.default)
"""Seconds a device code lives when the passport does not say (the spec's default)."""
SLOW_DOWN_STEP: Final = 5
"""Seconds added to the interval on every `slow_down` (RFC 8628 §3.5)."""


class DeviceFlowUnsupportedError(NotOfferedError):
    """The passport has no device flow (an older platform deployment): authorize in a browser instead.

    Inferred, as the platform's own SDK does, from a 404 or a redirect, a gateway envelope (`errCode`) or an
    answer that is not JSON.
    """


@contextlib.contextmanager
def device_flow_offered() -> Iterator[None]:
    """Turn the passport's `NotOfferedError` into `DeviceFlowUnsupportedError`, which says what to do instead."""
    try:
        yield
    except NotOfferedError as exc:
        raise DeviceFlowUnsupportedError(
            f"{exc.err_msg}: the passport does not offer the device flow; authorize in a browser instead",
            http_status=exc.http_status,
            request_id=exc.request_id,
            operation=exc.operation,
        ) from None


def _positive_int(value: object, default: int) -> int:
    """The passport has sent numbers as strings, and 0 for "not said"."""
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
    def from_codes(cls, codes: DeviceCodes) -> DeviceAuthorization:
        """The passport's answer with its defaults filled in."""
        expires_at = codes.expires_at
        return cls(
            device_code=codes.device_code,
            user_code=codes.user_code,
            verification_uri_complete=_text(codes.verification_uri_complete),
            verification_uri=_text(codes.verification_uri),
            interval=_positive_int(codes.interval, DEFAULT_INTERVAL),
            expires_in=_positive_int(codes.expires_in, DEFAULT_EXPIRES_IN),
            expires_at=expires_at if isinstance(expires_at, (int, str)) and not isinstance(expires_at, bool) else None,
            open_api_domain=_text(codes.open_api_domain),
            additional_properties=dict(codes.additional_properties),
        )


@attrs.define(frozen=True)
class DeviceTokenState:
    """One poll's answer: `state` is one of the spec's `DevicePollState`; `oauth2_code` comes with approval."""

    state: str
    oauth2_code: str | None = attrs.field(default=None, repr=False)
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)

    @classmethod
    def from_answer(cls, answer: DevicePollAnswer) -> DeviceTokenState:
        """Raises `UnexpectedResponseError` for a state the spec does not know, or an approval without a code."""
        state = _text(answer.state) or _text(answer.error)
        if state not in DEVICE_POLL_STATE_VALUES:
            raise _unexpected(f"unknown device flow state {state!r}")
        code = _text(answer.oauth_2_code)
        if state == DEVICE_POLL_STATE_APPROVED and code is None:
            raise _unexpected("access_approved without an oauth2Code")
        return cls(state=state, oauth2_code=code, additional_properties=dict(answer.additional_properties))


def _unexpected(why: str) -> errors.UnexpectedResponseError:
    return errors.UnexpectedResponseError(
        f"the passport's answer does not match the device flow: {why}", operation="poll_device_token"
    )


def passport(settings: Settings) -> tuple[str, str]:
    """The passport URL and the app id, which the device flow cannot do without."""
    if not settings.passport_url:
        raise ConfigurationError(
            f"passport_url is required for the device flow (or set {ENV_PASSPORT_URL}); it is not the gateway URL"
        )
    if not settings.app_id:
        raise ConfigurationError("app_id is required for the device flow")
    return settings.passport_url, settings.app_id


def scope_text(scope: str | Sequence[str]) -> str:
    scopes = [scope] if isinstance(scope, str) else list(scope)
    if not scopes or not all(isinstance(item, str) and item.strip() for item in scopes):
        raise errors.InvalidArgumentError("scope must be a non-empty string or a list of them")
    return ",".join(scopes)


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
            raise AuthorizationError(
                "the device code expired before the user approved it: log in again", error=DEVICE_POLL_STATE_EXPIRED
            )
        return min(self.interval, remaining)

    def code_from(self, answer: DeviceTokenState) -> str | None:
        """The OAuth2 code once approved; None to keep polling."""
        if answer.state == DEVICE_POLL_STATE_APPROVED:
            assert answer.oauth2_code is not None  # DeviceTokenState guarantees it
            return answer.oauth2_code
        if answer.state == DEVICE_POLL_STATE_SLOW_DOWN:
            self.interval += SLOW_DOWN_STEP
        elif answer.state == DEVICE_POLL_STATE_DENIED:
            raise AuthorizationError("the user denied the authorization", error=DEVICE_POLL_STATE_DENIED)
        elif answer.state == DEVICE_POLL_STATE_EXPIRED:
            raise AuthorizationError(
                "the device code expired before the user approved it: log in again", error=DEVICE_POLL_STATE_EXPIRED
            )
        return None
