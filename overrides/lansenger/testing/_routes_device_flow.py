"""The passport's OAuth2 device flow: a device code stays pending until someone decides.

The person decides from a test (`sandbox.device_flow.approve(user_code, staff_id)` / `deny`), from another process
(`POST /sandbox/device/approve {"userCode", "staffId"?}` / `deny {"userCode"}`) or in a browser (the verification
URL approves as `sandbox.oauth.approver`); `slow_down(times)` makes the next polls answer RFC 8628's `slow_down`.
Where the platform is silent: an unknown or used device code answers `{"error": {"code": 10001, "message"}}`
(HTTP 400), a wrong clientId RFC 6749's `invalid_client` (HTTP 401); polling too fast is not detected.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from lansenger_api.models import device_poll_state as poll

from ._directory import SANDBOX_USER, directory
from ._replies import RawReply, Reply, invalid, json_reply, success
from ._routing import Backend, Request, Route
from ._spec import field_default
from ._state import SandboxState

VERIFY_PATH: Final = "/sandbox/device/verify"
_USER_CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ"  # no vowels (no words), no look-alike digits (RFC 8628 §6.1)


def _normal(user_code: str) -> str:
    return "".join(character for character in user_code.upper() if character.isalnum())


@dataclass
class _DeviceCode:
    device_code: str
    user_code: str
    scope: str
    deadline: float
    approved_by: str | None = None
    denied: bool = False


class UnknownDeviceCode(LookupError):
    """No live device flow has this code (never issued, already used, denied or expired)."""


class DeviceFlowRecords:
    """Device codes the sandbox's passport issued, and the decisions on them; `interval` and `lifetime`
    (seconds) apply to codes issued afterwards."""

    def __init__(self, state: SandboxState, clock: Callable[[], float] = time.monotonic) -> None:
        self._state = state
        self._clock = clock
        self._lock = threading.Lock()
        self._by_device: dict[str, _DeviceCode] = {}
        self._slow_downs = 0
        self.interval: int = field_default("DeviceCodes", "interval")
        self.lifetime: int = field_default("DeviceCodes", "expiresIn")

    def start(self, scope: str) -> _DeviceCode:
        code = _DeviceCode(
            device_code=secrets.token_urlsafe(24),
            user_code="-".join("".join(secrets.choice(_USER_CODE_LETTERS) for _ in range(4)) for _ in range(2)),
            scope=scope,
            deadline=self._clock() + self.lifetime,
        )
        with self._lock:
            self._by_device[code.device_code] = code
        return code

    @property
    def pending(self) -> list[str]:
        """User codes still waiting for a decision, oldest first."""
        with self._lock:
            now = self._clock()
            return [
                code.user_code
                for code in self._by_device.values()
                if code.approved_by is None and not code.denied and now < code.deadline
            ]

    def approve(self, user_code: str, staff_id: str = SANDBOX_USER) -> None:
        """The person behind `staff_id` approves; their next poll gets an OAuth2 code for them."""
        if staff_id not in directory(self._state).read().staff:
            raise ValueError(f"no staff {staff_id!r} in the sandbox directory")
        with self._lock:
            self._pending(user_code).approved_by = staff_id

    def deny(self, user_code: str) -> None:
        with self._lock:
            self._pending(user_code).denied = True

    def slow_down(self, times: int = 1) -> None:
        """Answer the next `times` polls (of any device code) with `slow_down`."""
        with self._lock:
            self._slow_downs += times

    def _pending(self, user_code: str) -> _DeviceCode:
        """Called with the lock held."""
        wanted = _normal(user_code)
        now = self._clock()
        for code in self._by_device.values():
            if _normal(code.user_code) == wanted and now < code.deadline:
                if code.approved_by is not None or code.denied:
                    raise UnknownDeviceCode(f"user code {user_code!r} was already decided")
                return code
        raise UnknownDeviceCode(f"no pending device flow has user code {user_code!r}")

    def poll(self, device_code: str) -> tuple[str, _DeviceCode | None]:
        """The flow's state, and its code once approved; a decided or expired code answers once and is gone."""
        with self._lock:
            code = self._by_device.get(device_code)
            if code is None:
                raise UnknownDeviceCode("invalid device code")
            if self._clock() >= code.deadline:
                del self._by_device[device_code]
                return poll.DEVICE_POLL_STATE_EXPIRED, None
            if self._slow_downs:
                self._slow_downs -= 1
                return poll.DEVICE_POLL_STATE_SLOW_DOWN, None
            if code.denied:
                del self._by_device[device_code]
                return poll.DEVICE_POLL_STATE_DENIED, None
            if code.approved_by is None:
                return poll.DEVICE_POLL_STATE_PENDING, None
            del self._by_device[device_code]
            return poll.DEVICE_POLL_STATE_APPROVED, code


def device_flow_records(state: SandboxState) -> DeviceFlowRecords:
    return state.domain("device-flow", lambda: DeviceFlowRecords(state))


def _rfc_error(error: str, description: str, status: int = 400) -> RawReply:
    return json_reply({"error": error, "error_description": description}, status)


def device_authorization(backend: Backend, request: Request) -> Reply:
    """The spec has held the body to its schema (responseType, from, scope); the app must be this sandbox's."""
    body = request.json
    if body["clientId"] != backend.app_id or body["appId"] != backend.app_id:
        return _rfc_error("invalid_client", "unknown clientId", status=401)
    records = device_flow_records(backend.state)
    code = records.start(body["scope"])
    base = f"http://{request.host}"
    return json_reply(
        {
            "deviceCode": code.device_code,
            "userCode": code.user_code,
            "verificationUriComplete": f"{base}{VERIFY_PATH}?user_code={code.user_code}",
            "interval": records.interval,
            "expiresIn": records.lifetime,
            "expiresAt": int(time.time()) + records.lifetime,
            "openApiDomain": base,
        }
    )


def device_token(backend: Backend, request: Request) -> Reply:
    if request.json["clientId"] != backend.app_id:
        return _rfc_error("invalid_client", "unknown clientId", status=401)
    try:
        state, approved = device_flow_records(backend.state).poll(request.json["deviceCode"])
    except UnknownDeviceCode as unknown:
        return json_reply({"error": {"code": 10001, "message": str(unknown)}}, 400)
    if state == poll.DEVICE_POLL_STATE_SLOW_DOWN:
        return _rfc_error(state, "poll less often")
    if approved is None or approved.approved_by is None:
        return json_reply({"state": state})
    return json_reply(
        {"state": state, "oauth2Code": backend.oauth.issue_code(approved.approved_by, "", approved.scope, "")}
    )


def verify_page(backend: Backend, request: Request) -> Reply:
    """The verification URL, as a browser would open it: approves as the sandbox's approver."""
    try:
        device_flow_records(backend.state).approve(request.required_param("user_code"), backend.oauth.approver)
    except UnknownDeviceCode as unknown:
        return RawReply(f"{unknown}\n".encode(), "text/plain; charset=utf-8", status=404)
    return RawReply(b"Approved. You can close this window.\n", "text/plain; charset=utf-8")


def _decision(request: Request) -> tuple[str, dict[str, Any]]:
    body = request.json if isinstance(request.json, dict) else {}
    user_code = body.get("userCode")
    if not isinstance(user_code, str) or not user_code:
        raise invalid("userCode: required")
    return user_code, body


def approve(backend: Backend, request: Request) -> Reply:
    user_code, body = _decision(request)
    staff_id = body.get("staffId") or backend.oauth.approver
    if not isinstance(staff_id, str) or staff_id not in directory(backend.state).read().staff:
        raise invalid("staffId: a staff id of the sandbox directory is required")
    try:
        device_flow_records(backend.state).approve(user_code, staff_id)
    except UnknownDeviceCode as unknown:
        raise invalid(f"userCode: {unknown}") from None
    return success({"userCode": user_code, "staffId": staff_id})


def deny(backend: Backend, request: Request) -> Reply:
    user_code, _ = _decision(request)
    try:
        device_flow_records(backend.state).deny(user_code)
    except UnknownDeviceCode as unknown:
        raise invalid(f"userCode: {unknown}") from None
    return success({"userCode": user_code})


ROUTES: tuple[Route, ...] = (
    Route("POST", "/oauth2/device_authorization", device_authorization, takes_json=True, needs_app_token=False),
    Route("POST", "/oauth2/device_token", device_token, takes_json=True, needs_app_token=False),
    Route("GET", VERIFY_PATH, verify_page, needs_app_token=False),
    Route("POST", "/sandbox/device/approve", approve, takes_json=True, needs_app_token=False),
    Route("POST", "/sandbox/device/deny", deny, takes_json=True, needs_app_token=False),
)
