# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `oauth` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...models.create_user_token_grant_type import CreateUserTokenGrantType, check_create_user_token_grant_type
from ...models.create_user_token_v1_grant_type import CreateUserTokenV1GrantType, check_create_user_token_v1_grant_type
from ...models.refresh_user_token_grant_type import RefreshUserTokenGrantType, check_refresh_user_token_grant_type
from ...models.user_token_grant import UserTokenGrant
from ...types import UNSET, File, Unset
from . import create_user_token as _create_user_token
from . import create_user_token_v1 as _create_user_token_v1
from . import refresh_user_token as _refresh_user_token


class OauthResource:
    """Operations tagged `oauth` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def create_user_token(
        self,
        *,
        grant_type: CreateUserTokenGrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
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
        )

    def create_user_token_v1(
        self,
        *,
        grant_type: CreateUserTokenV1GrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
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
        )

    def refresh_user_token(
        self,
        *,
        grant_type: RefreshUserTokenGrantType = "refresh_token",
        refresh_token: str,
        scope: str | Unset = UNSET,
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
        )


class AsyncOauthResource:
    """Operations tagged `oauth` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def create_user_token(
        self,
        *,
        grant_type: CreateUserTokenGrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
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
        )

    async def create_user_token_v1(
        self,
        *,
        grant_type: CreateUserTokenV1GrantType = "authorization_code",
        code: str,
        redirect_uri: str | Unset = UNSET,
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
        )

    async def refresh_user_token(
        self,
        *,
        grant_type: RefreshUserTokenGrantType = "refresh_token",
        refresh_token: str,
        scope: str | Unset = UNSET,
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
        )


__all__ = ["AsyncOauthResource", "OauthResource"]
