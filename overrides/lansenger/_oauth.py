"""`client.oauth`: the generated code exchange and refresh, plus the authorize URL and per-user tokens.

Refreshing is single-flight per user. The platform's refresh token is single-use and rotates, so two concurrent
refreshes of one user would spend it twice and lock that user out; here the second caller waits for the first
and takes its result. With a shared `TokenStore` the same holds across processes: the refresh runs under the
store's lock for that user, and the store is read again once the lock is held.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Sequence

import anyio
import httpx
from lansenger_api.api.oauth import AsyncOauthResource, OauthResource
from lansenger_api.errors import AuthenticationError
from lansenger_api.models.user_token_grant import UserTokenGrant
from lansenger_api.redaction import conceal
from lansenger_api.types import UNSET

from . import __version__
from ._device_flow import (
    DeviceAuthorization,
    DeviceClientKind,
    DevicePolling,
    DeviceTokenState,
    device_flow_offered,
    passport,
    scope_text,
)
from ._oauth_flow import DEFAULT_SCOPE, AuthorizationRequest, authorization_code, authorization_request
from ._settings import Settings
from ._store import TokenStore, hold, offload, user_token_lock
from ._user_tokens import UserTokenBook, UserTokenRecord


class _OAuthBase:
    """What the sync and async flavours share: settings, the token book and the browser half of the flow."""

    def __init__(self, settings: Settings, clock: Callable[[], float], store: TokenStore | None) -> None:
        self._settings = settings
        self._book = UserTokenBook(clock, store)
        self._store = self._book.token_store
        self._guard = threading.Lock()

    def authorization_url(
        self,
        redirect_uri: str | None = None,
        *,
        scope: str | Sequence[str] = DEFAULT_SCOPE,
        state: str | None = None,
    ) -> AuthorizationRequest:
        """The URL to send the user to, and the random `state` to keep in their session for `parse_redirect`."""
        return authorization_request(
            self._settings.passport_url,
            self._settings.app_id,
            redirect_uri or self._settings.redirect_uri,
            scope,
            state,
        )

    @staticmethod
    def parse_redirect(redirect: str, state: str) -> str:
        """The authorization code of the redirect (URL or query string), checked against our `state`."""
        return authorization_code(redirect, state)

    @property
    def staff_ids(self) -> list[str]:
        """Staff whose tokens this client holds."""
        return self._book.staff_ids

    def remember(self, grant: UserTokenGrant, *, staff_id: str | None = None) -> None:
        """Keep tokens obtained elsewhere under their staff id (saved to the token store too)."""
        self._book.remember(grant, staff_id=staff_id)

    def forget(self, staff_id: str) -> None:
        """Drop a user's tokens, here and in the token store."""
        self._book.forget(staff_id)


class OAuth(_OAuthBase, OauthResource):
    """OAuth2 user tokens: `authorization_url` → `parse_redirect` → `exchange` (or `device_flow` from a
    terminal), then `user_token(staff_id)`."""

    def __init__(
        self,
        http: httpx.Client,
        settings: Settings,
        clock: Callable[[], float] = time.monotonic,
        store: TokenStore | None = None,
    ) -> None:
        OauthResource.__init__(self, http)
        _OAuthBase.__init__(self, settings, clock, store)
        self._locks: dict[str, threading.Lock] = {}

    def exchange(self, code: str, *, redirect_uri: str | None = None) -> UserTokenGrant:
        """Trade the code for tokens and keep them under the grant's staff id."""
        grant = self.create_user_token(code=code, redirect_uri=redirect_uri or UNSET)
        self._book.remember(grant)
        return grant

    def device_authorization(
        self, *, scope: str | Sequence[str] = DEFAULT_SCOPE, client_kind: DeviceClientKind = "CLI"
    ) -> DeviceAuthorization:
        """Start a device flow at the passport (never retried: every call creates new codes)."""
        passport_url, app_id = passport(self._settings)
        scopes = scope_text(scope)
        with device_flow_offered():
            codes = self.request_device_authorization(
                passport_url=passport_url,
                client_id=app_id,
                app_id=app_id,
                scope=scopes,
                from_=client_kind,
                version=__version__,
            )
        return DeviceAuthorization.from_codes(codes)

    def device_token(self, device_code: str) -> DeviceTokenState:
        """Poll the passport once: pending, slow down, approved (with an OAuth2 code), denied or expired."""
        device_code = conceal(device_code)  # a traceback's locals show it masked
        passport_url, app_id = passport(self._settings)
        answer = self.poll_device_token(passport_url=passport_url, device_code=device_code, client_id=app_id)
        return DeviceTokenState.from_answer(answer)

    def device_flow(
        self,
        on_code: Callable[[DeviceAuthorization], object] | None = None,
        *,
        scope: str | Sequence[str] = DEFAULT_SCOPE,
        client_kind: DeviceClientKind = "CLI",
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> UserTokenGrant:
        """Log a user in without a redirect: start, show the code (`on_code`), poll until they approve.

        `on_code` gets the `DeviceAuthorization` (show its `user_code` and `verification_url`). Polls every
        `interval` seconds (plus 5 s after each `slow_down`) and stops at the codes' expiry. The approval's code
        is exchanged and the tokens kept under the user's staff id, as `exchange` does. Raises
        `AuthorizationError` when the user denies or the codes expire, `DeviceFlowUnsupportedError` when the
        passport has no device flow. `sleep` and `clock` can be replaced (tests, event loops).
        """
        authorization = self.device_authorization(scope=scope, client_kind=client_kind)
        polling = DevicePolling(authorization, clock)
        if on_code is not None:
            on_code(authorization)
        return self._poll_until_approved(authorization, polling, sleep)

    def complete_device_flow(
        self,
        authorization: DeviceAuthorization,
        *,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> UserTokenGrant:
        """The polling half of `device_flow`, for an authorization started with `device_authorization`."""
        return self._poll_until_approved(authorization, DevicePolling(authorization, clock), sleep)

    def _poll_until_approved(
        self, authorization: DeviceAuthorization, polling: DevicePolling, sleep: Callable[[float], object]
    ) -> UserTokenGrant:
        while True:
            sleep(polling.next_wait())
            code = polling.code_from(self.device_token(authorization.device_code))
            if code is not None:
                return self.exchange(code)

    def user_token(self, staff_id: str) -> str:
        """A valid user token for `staff_id`, refreshed first when it is about to expire."""
        token = self._book.live_token(staff_id)
        if token is not None:
            return token
        with self._lock(staff_id):
            token = self._book.live_token(staff_id)
            if token is not None:
                return token
            with self._store.lock(user_token_lock(staff_id)):
                record = self._book.reload(staff_id)
                return record.user_token if self._book.is_live(record) else self._refresh(record, None)

    def refresh(self, staff_id: str, *, scope: str | None = None) -> str:
        """Refresh now; callers that were waiting while another refresh ran get that refresh's token."""
        seen = self._book.record(staff_id).version
        with self._lock(staff_id):
            if self._book.record(staff_id).version != seen:
                return self._book.record(staff_id).user_token
            with self._store.lock(user_token_lock(staff_id)):
                record = self._book.reload(staff_id)
                return record.user_token if record.version != seen else self._refresh(record, scope)

    def _refresh(self, record: UserTokenRecord, scope: str | None) -> str:
        try:
            grant = self.refresh_user_token(refresh_token=self._book.refresh_token(record), scope=scope or UNSET)
        except AuthenticationError:
            self._book.forget(record.staff_id)
            raise
        return self._book.store(record.staff_id, grant).user_token

    def _lock(self, staff_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(staff_id, threading.Lock())


class AsyncOAuth(_OAuthBase, AsyncOauthResource):
    """The async twin of `OAuth`."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        settings: Settings,
        clock: Callable[[], float] = time.monotonic,
        store: TokenStore | None = None,
    ) -> None:
        AsyncOauthResource.__init__(self, http)
        _OAuthBase.__init__(self, settings, clock, store)
        self._locks: dict[str, anyio.Lock] = {}

    async def exchange(self, code: str, *, redirect_uri: str | None = None) -> UserTokenGrant:
        """Trade the code for tokens and keep them under the grant's staff id."""
        grant = await self.create_user_token(code=code, redirect_uri=redirect_uri or UNSET)
        await offload(lambda: self._book.remember(grant))
        return grant

    async def device_authorization(
        self, *, scope: str | Sequence[str] = DEFAULT_SCOPE, client_kind: DeviceClientKind = "CLI"
    ) -> DeviceAuthorization:
        """See `OAuth.device_authorization`."""
        passport_url, app_id = passport(self._settings)
        scopes = scope_text(scope)
        with device_flow_offered():
            codes = await self.request_device_authorization(
                passport_url=passport_url,
                client_id=app_id,
                app_id=app_id,
                scope=scopes,
                from_=client_kind,
                version=__version__,
            )
        return DeviceAuthorization.from_codes(codes)

    async def device_token(self, device_code: str) -> DeviceTokenState:
        """See `OAuth.device_token`."""
        device_code = conceal(device_code)
        passport_url, app_id = passport(self._settings)
        answer = await self.poll_device_token(passport_url=passport_url, device_code=device_code, client_id=app_id)
        return DeviceTokenState.from_answer(answer)

    async def device_flow(
        self,
        on_code: Callable[[DeviceAuthorization], object] | None = None,
        *,
        scope: str | Sequence[str] = DEFAULT_SCOPE,
        client_kind: DeviceClientKind = "CLI",
        sleep: Callable[[float], Awaitable[object]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> UserTokenGrant:
        """See `OAuth.device_flow`; `on_code` may be a coroutine function, `sleep` is awaited."""
        authorization = await self.device_authorization(scope=scope, client_kind=client_kind)
        polling = DevicePolling(authorization, clock)
        if on_code is not None:
            shown = on_code(authorization)
            if isinstance(shown, Awaitable):
                await shown
        return await self._poll_until_approved(authorization, polling, sleep)

    async def complete_device_flow(
        self,
        authorization: DeviceAuthorization,
        *,
        sleep: Callable[[float], Awaitable[object]] = anyio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> UserTokenGrant:
        """See `OAuth.complete_device_flow`."""
        return await self._poll_until_approved(authorization, DevicePolling(authorization, clock), sleep)

    async def _poll_until_approved(
        self,
        authorization: DeviceAuthorization,
        polling: DevicePolling,
        sleep: Callable[[float], Awaitable[object]],
    ) -> UserTokenGrant:
        while True:
            await sleep(polling.next_wait())
            code = polling.code_from(await self.device_token(authorization.device_code))
            if code is not None:
                return await self.exchange(code)

    async def _record(self, staff_id: str) -> UserTokenRecord:
        cached = self._book.cached(staff_id)
        return cached if cached is not None else await offload(lambda: self._book.reload(staff_id))

    async def user_token(self, staff_id: str) -> str:
        """A valid user token for `staff_id`, refreshed first when it is about to expire."""
        record = await self._record(staff_id)
        if self._book.is_live(record):
            return record.user_token
        async with self._lock(staff_id):
            record = await self._record(staff_id)
            if self._book.is_live(record):
                return record.user_token
            async with hold(self._store, user_token_lock(staff_id)):
                record = await offload(lambda: self._book.reload(staff_id))
                return record.user_token if self._book.is_live(record) else await self._refresh(record, None)

    async def refresh(self, staff_id: str, *, scope: str | None = None) -> str:
        """Refresh now; callers that were waiting while another refresh ran get that refresh's token."""
        seen = (await self._record(staff_id)).version
        async with self._lock(staff_id):
            record = await self._record(staff_id)
            if record.version != seen:
                return record.user_token
            async with hold(self._store, user_token_lock(staff_id)):
                record = await offload(lambda: self._book.reload(staff_id))
                return record.user_token if record.version != seen else await self._refresh(record, scope)

    async def _refresh(self, record: UserTokenRecord, scope: str | None) -> str:
        refresh_token = await offload(lambda: self._book.refresh_token(record))
        try:
            grant = await self.refresh_user_token(refresh_token=refresh_token, scope=scope or UNSET)
        except AuthenticationError:
            await offload(lambda: self._book.forget(record.staff_id))
            raise
        return (await offload(lambda: self._book.store(record.staff_id, grant))).user_token

    def _lock(self, staff_id: str) -> anyio.Lock:
        with self._guard:
            return self._locks.setdefault(staff_id, anyio.Lock())
