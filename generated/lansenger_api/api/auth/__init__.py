# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `auth` resource: its operations as methods, sync and async."""

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
    from ...models.app_token import AppToken
    from ...models.grant_type import GrantType, check_grant_type
    from ...models.js_api_token import JsApiToken
    from . import create_app_token as _create_app_token
    from . import create_jsapi_token as _create_jsapi_token
else:
    _create_app_token = Deferred(__name__, ".create_app_token")
    _create_jsapi_token = Deferred(__name__, ".create_jsapi_token")


class AuthResource:
    """Operations tagged `auth` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AuthResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AuthResourceWithRawResponse(self)

    def create_app_token(
        self,
        *,
        grant_type: GrantType = "client_credential",
        appid: str,
        secret: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AppToken:
        """Issue an app token from the app's credentials.

        The token lives `expiresIn` seconds (7200 by default). The SDK calls this for you.

        GET /v1/apptoken/create
        """
        return _create_app_token.sync(
            client=self._http,
            grant_type=grant_type,
            appid=appid,
            secret=secret,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def create_jsapi_token(
        self,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> JsApiToken:
        """Issue a JSAPI token, which web pages inside the Lansenger client use to call its JS API.

        The token lives `expiresIn` seconds (7200 by default). Hand it to your page's JS API configuration;
        it is a credential, so keep it out of logs and URLs the page does not need.

        GET /v1/jsapitoken/create
        """
        return _create_jsapi_token.sync(
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AuthResourceWithRawResponse:
    """Every operation of `AuthResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AuthResource) -> None:
        self.create_app_token = raw_method(resource.create_app_token, TABLE)
        self.create_jsapi_token = raw_method(resource.create_jsapi_token, TABLE)


class AsyncAuthResource:
    """Operations tagged `auth` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncAuthResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncAuthResourceWithRawResponse(self)

    async def create_app_token(
        self,
        *,
        grant_type: GrantType = "client_credential",
        appid: str,
        secret: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AppToken:
        """Issue an app token from the app's credentials.

        The token lives `expiresIn` seconds (7200 by default). The SDK calls this for you.

        GET /v1/apptoken/create
        """
        return await _create_app_token.asyncio(
            client=self._http,
            grant_type=grant_type,
            appid=appid,
            secret=secret,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def create_jsapi_token(
        self,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> JsApiToken:
        """Issue a JSAPI token, which web pages inside the Lansenger client use to call its JS API.

        The token lives `expiresIn` seconds (7200 by default). Hand it to your page's JS API configuration;
        it is a credential, so keep it out of logs and URLs the page does not need.

        GET /v1/jsapitoken/create
        """
        return await _create_jsapi_token.asyncio(
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncAuthResourceWithRawResponse:
    """Every operation of `AsyncAuthResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.create_app_token = araw_method(resource.create_app_token, TABLE)
        self.create_jsapi_token = araw_method(resource.create_jsapi_token, TABLE)


__all__ = ["AsyncAuthResource", "AuthResource"]
