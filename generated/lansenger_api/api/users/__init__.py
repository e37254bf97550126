# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `users` resource: its operations as methods, sync and async."""

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
    from ...models.current_user import CurrentUser
    from . import fetch_current_user as _fetch_current_user
else:
    _fetch_current_user = Deferred(__name__, ".fetch_current_user")


class UsersResource:
    """Operations tagged `users` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> UsersResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return UsersResourceWithRawResponse(self)

    def fetch_current_user(
        self,
        *,
        user_token: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> CurrentUser:
        """The profile of the user a user token belongs to.

        GET /v1/users/fetch
        """
        return _fetch_current_user.sync(
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class UsersResourceWithRawResponse:
    """Every operation of `UsersResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: UsersResource) -> None:
        self.fetch_current_user = raw_method(resource.fetch_current_user, TABLE)


class AsyncUsersResource:
    """Operations tagged `users` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncUsersResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncUsersResourceWithRawResponse(self)

    async def fetch_current_user(
        self,
        *,
        user_token: str,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> CurrentUser:
        """The profile of the user a user token belongs to.

        GET /v1/users/fetch
        """
        return await _fetch_current_user.asyncio(
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncUsersResourceWithRawResponse:
    """Every operation of `AsyncUsersResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncUsersResource) -> None:
        self.fetch_current_user = araw_method(resource.fetch_current_user, TABLE)


__all__ = ["AsyncUsersResource", "UsersResource"]
