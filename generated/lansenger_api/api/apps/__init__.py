# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `apps` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, cast

import httpx

from ...client import apaginate, paginate
from ...models.roaming_orgs_page import RoamingOrgsPage
from ...types import UNSET, File, Unset
from . import list_roaming_orgs as _list_roaming_orgs


class AppsResource:
    """Operations tagged `apps` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def list_roaming_orgs(
        self,
        *,
        page_size: int = 1000,
        base_version: str = "0",
        user_token: str | Unset = UNSET,
    ) -> RoamingOrgsPage:
        """The organisations the app is installed in, as an incremental sync.

        A cursor walk: start with base_version "0", then pass each answer's latestVersion as the next
        base_version until hasMore is false. Keep the last latestVersion to fetch only the changes later; an
        organisation that uninstalled the app comes back with state 1.

        GET /v1/app/roaming/orgs/fetch
        """
        return _list_roaming_orgs.sync(
            client=self._http,
            page_size=page_size,
            base_version=base_version,
            user_token=user_token,
        )


class AsyncAppsResource:
    """Operations tagged `apps` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def list_roaming_orgs(
        self,
        *,
        page_size: int = 1000,
        base_version: str = "0",
        user_token: str | Unset = UNSET,
    ) -> RoamingOrgsPage:
        """The organisations the app is installed in, as an incremental sync.

        A cursor walk: start with base_version "0", then pass each answer's latestVersion as the next
        base_version until hasMore is false. Keep the last latestVersion to fetch only the changes later; an
        organisation that uninstalled the app comes back with state 1.

        GET /v1/app/roaming/orgs/fetch
        """
        return await _list_roaming_orgs.asyncio(
            client=self._http,
            page_size=page_size,
            base_version=base_version,
            user_token=user_token,
        )


__all__ = ["AsyncAppsResource", "AppsResource"]
