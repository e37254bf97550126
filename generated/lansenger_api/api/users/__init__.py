# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `users` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import TYPE_CHECKING, Any, cast

import httpx
from attrs import evolve

from ...client import apaginate, next_offset, next_page, paged, paginate, with_extra
from ...lazy import Deferred
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

    def fetch_current_user(
        self,
        *,
        user_token: str,
    ) -> CurrentUser:
        """The profile of the user a user token belongs to.

        GET /v1/users/fetch
        """
        return _fetch_current_user.sync(
            client=self._http,
            user_token=user_token,
        )


class AsyncUsersResource:
    """Operations tagged `users` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def fetch_current_user(
        self,
        *,
        user_token: str,
    ) -> CurrentUser:
        """The profile of the user a user token belongs to.

        GET /v1/users/fetch
        """
        return await _fetch_current_user.asyncio(
            client=self._http,
            user_token=user_token,
        )


__all__ = ["AsyncUsersResource", "UsersResource"]
