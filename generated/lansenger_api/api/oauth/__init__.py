# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `oauth` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from functools import cached_property
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...errors import TABLE
from ...lazy import Deferred
from ...options import TimeoutOption
from ...raw import aevents_method, araw_method, astreamed_method, events_method, raw_method, streamed_method
from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...models.create_user_token_grant_type import CreateUserTokenGrantType, check_create_user_token_grant_type
    from ...models.create_user_token_v1_grant_type import (
        CreateUserTokenV1GrantType,
        check_create_user_token_v1_grant_type,
    )
    from ...models.device_authorization_request import DeviceAuthorizationRequest
    from ...models.device_authorization_request_response_type import (
        DeviceAuthorizationRequestResponseType,
        check_device_authorization_request_response_type,
    )
    from ...models.device_client_kind import DeviceClientKind, check_device_client_kind
    from ...models.device_codes import DeviceCodes
    from ...models.device_poll_answer import DevicePollAnswer
    from ...models.device_token_request import DeviceTokenRequest
    from ...models.refresh_user_token_grant_type import RefreshUserTokenGrantType, check_refresh_user_token_grant_type
    from ...models.user_token_grant import UserTokenGrant
    from . import create_user_token as _create_user_token
    from . import create_user_token_v1 as _create_user_token_v1
    from . import poll_device_token as _poll_device_token
    from . import refresh_user_token as _refresh_user_token
    from . import request_device_authorization as _request_device_authorization
else:
    DeviceAuthorizationRequest = Deferred(
        __name__, "...models.device_authorization_request", "DeviceAuthorizationRequest"
    )
    DeviceTokenRequest = Deferred(__name__, "...models.device_token_request", "DeviceTokenRequest")
    _create_user_token = Deferred(__name__, ".create_user_token")
    _create_user_token_v1 = Deferred(__name__, ".create_user_token_v1")
    _poll_device_token = Deferred(__name__, ".poll_device_token")
    _refresh_user_token = Deferred(__name__, ".refresh_user_token")
    _request_device_authorization = Deferred(__name__, ".request_device_authorization")


class OauthResource:
    """Operations tagged `oauth` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> OauthResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return OauthResourceWithRawResponse(self)

    def create_user_token(
        self,
        *,
        grant_type: CreateUserTokenGrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UserTokenGrant:
        """Exchange an OAuth2 authorization code for a user token.

        The code comes back on the redirect after the user approves the authorize URL; it is valid for 5
        minutes and can be used once, so this call is never retried. `lansenger.OAuth` builds the URL,
        checks the redirect's state and keeps the tokens per staff id.

        GET /v2/user_token/create
        """
        return _create_user_token.sync(
            client=self._http,
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_user_token_v1(
        self,
        *,
        grant_type: CreateUserTokenV1GrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UserTokenGrant:
        """Exchange an OAuth2 authorization code for a user token (the older v1 path).

        The platform's own generated SDKs call this path; gateways of newer deployments answer
        `/v2/user_token/create` (`create_user_token`, which `lansenger.OAuth` uses) and add the refresh
        token. The code is single-use, so this call is never retried.

        GET /v1/usertoken/create
        """
        return _create_user_token_v1.sync(
            client=self._http,
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def poll_device_token(
        self,
        *,
        passport_url: str,
        device_code: str,
        client_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DevicePollAnswer:
        """Poll a device flow once (pending, slow down, approved with an OAuth2 code, denied or expired).

        Polled every `interval` seconds after `request_device_authorization`. The passport answers the state
        as `{"state": ...}` (HTTP 200), or RFC 8628's way as an OAuth2 error (HTTP 400 `{"error":
        "slow_down"}`); both are answers here. Other errors come as `{"error": {"code", "message"}}` or an
        RFC 6749 `error` string and raise the typed error. A poll only reads the state, so it is retried
        like a read.

        POST /oauth2/device_token
        """
        return _poll_device_token.sync(
            client=self._http,
            passport_url=passport_url,
            body=with_extra(
                DeviceTokenRequest(
                    device_code,
                    client_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def refresh_user_token(
        self,
        *,
        grant_type: RefreshUserTokenGrantType = "refresh_token",
        refresh_token: str,
        scope: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UserTokenGrant:
        """Trade a refresh token for a new user token and a new refresh token.

        The refresh token rotates: the one sent stops working and the answer carries its successor, which
        keeps the original 30-day deadline (refreshing never extends it). A used or expired refresh token
        answers errCode 40036. Single-use, so this call is never retried; `lansenger.OAuth` refreshes each
        user once however many callers ask at the same time.

        GET /v1/refresh_token/create
        """
        return _refresh_user_token.sync(
            client=self._http,
            grant_type=grant_type,
            refresh_token=refresh_token,
            scope=scope,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def request_device_authorization(
        self,
        *,
        passport_url: str,
        client_id: str,
        response_type: DeviceAuthorizationRequestResponseType = "device_code",
        scope: str,
        app_id: str,
        from_: DeviceClientKind,
        version: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DeviceCodes:
        """Start an OAuth2 device flow at the passport (newer deployments only).

        Answers a device code (kept by the program, a credential) and a user code with a verification URL
        (shown to the person). Every call issues new codes, so it is never retried. The passport answers
        bare JSON, not the gateway's envelope; an older deployment without the device flow answers 404, a
        redirect, a page or the gateway's envelope, which raise `NotOfferedError`.
        `lansenger.OAuth.device_flow` runs the whole flow.

        POST /oauth2/device_authorization
        """
        return _request_device_authorization.sync(
            client=self._http,
            passport_url=passport_url,
            body=with_extra(
                DeviceAuthorizationRequest(
                    client_id,
                    scope,
                    app_id,
                    from_,
                    version,
                    response_type,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class OauthResourceWithRawResponse:
    """Every operation of `OauthResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: OauthResource) -> None:
        self.create_user_token = raw_method(resource.create_user_token, TABLE)
        self.create_user_token_v1 = raw_method(resource.create_user_token_v1, TABLE)
        self.poll_device_token = raw_method(resource.poll_device_token, TABLE)
        self.refresh_user_token = raw_method(resource.refresh_user_token, TABLE)
        self.request_device_authorization = raw_method(resource.request_device_authorization, TABLE)


class AsyncOauthResource:
    """Operations tagged `oauth` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncOauthResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncOauthResourceWithRawResponse(self)

    async def create_user_token(
        self,
        *,
        grant_type: CreateUserTokenGrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UserTokenGrant:
        """Exchange an OAuth2 authorization code for a user token.

        The code comes back on the redirect after the user approves the authorize URL; it is valid for 5
        minutes and can be used once, so this call is never retried. `lansenger.OAuth` builds the URL,
        checks the redirect's state and keeps the tokens per staff id.

        GET /v2/user_token/create
        """
        return await _create_user_token.asyncio(
            client=self._http,
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_user_token_v1(
        self,
        *,
        grant_type: CreateUserTokenV1GrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UserTokenGrant:
        """Exchange an OAuth2 authorization code for a user token (the older v1 path).

        The platform's own generated SDKs call this path; gateways of newer deployments answer
        `/v2/user_token/create` (`create_user_token`, which `lansenger.OAuth` uses) and add the refresh
        token. The code is single-use, so this call is never retried.

        GET /v1/usertoken/create
        """
        return await _create_user_token_v1.asyncio(
            client=self._http,
            grant_type=grant_type,
            code=code,
            redirect_uri=redirect_uri,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def poll_device_token(
        self,
        *,
        passport_url: str,
        device_code: str,
        client_id: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DevicePollAnswer:
        """Poll a device flow once (pending, slow down, approved with an OAuth2 code, denied or expired).

        Polled every `interval` seconds after `request_device_authorization`. The passport answers the state
        as `{"state": ...}` (HTTP 200), or RFC 8628's way as an OAuth2 error (HTTP 400 `{"error":
        "slow_down"}`); both are answers here. Other errors come as `{"error": {"code", "message"}}` or an
        RFC 6749 `error` string and raise the typed error. A poll only reads the state, so it is retried
        like a read.

        POST /oauth2/device_token
        """
        return await _poll_device_token.asyncio(
            client=self._http,
            passport_url=passport_url,
            body=with_extra(
                DeviceTokenRequest(
                    device_code,
                    client_id,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def refresh_user_token(
        self,
        *,
        grant_type: RefreshUserTokenGrantType = "refresh_token",
        refresh_token: str,
        scope: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> UserTokenGrant:
        """Trade a refresh token for a new user token and a new refresh token.

        The refresh token rotates: the one sent stops working and the answer carries its successor, which
        keeps the original 30-day deadline (refreshing never extends it). A used or expired refresh token
        answers errCode 40036. Single-use, so this call is never retried; `lansenger.OAuth` refreshes each
        user once however many callers ask at the same time.

        GET /v1/refresh_token/create
        """
        return await _refresh_user_token.asyncio(
            client=self._http,
            grant_type=grant_type,
            refresh_token=refresh_token,
            scope=scope,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def request_device_authorization(
        self,
        *,
        passport_url: str,
        client_id: str,
        response_type: DeviceAuthorizationRequestResponseType = "device_code",
        scope: str,
        app_id: str,
        from_: DeviceClientKind,
        version: str,
        extra_body: Mapping[str, Any] | None = None,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> DeviceCodes:
        """Start an OAuth2 device flow at the passport (newer deployments only).

        Answers a device code (kept by the program, a credential) and a user code with a verification URL
        (shown to the person). Every call issues new codes, so it is never retried. The passport answers
        bare JSON, not the gateway's envelope; an older deployment without the device flow answers 404, a
        redirect, a page or the gateway's envelope, which raise `NotOfferedError`.
        `lansenger.OAuth.device_flow` runs the whole flow.

        POST /oauth2/device_authorization
        """
        return await _request_device_authorization.asyncio(
            client=self._http,
            passport_url=passport_url,
            body=with_extra(
                DeviceAuthorizationRequest(
                    client_id,
                    scope,
                    app_id,
                    from_,
                    version,
                    response_type,
                ),
                extra_body,
            ),
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncOauthResourceWithRawResponse:
    """Every operation of `AsyncOauthResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncOauthResource) -> None:
        self.create_user_token = araw_method(resource.create_user_token, TABLE)
        self.create_user_token_v1 = araw_method(resource.create_user_token_v1, TABLE)
        self.poll_device_token = araw_method(resource.poll_device_token, TABLE)
        self.refresh_user_token = araw_method(resource.refresh_user_token, TABLE)
        self.request_device_authorization = araw_method(resource.request_device_authorization, TABLE)


__all__ = ["AsyncOauthResource", "OauthResource"]
