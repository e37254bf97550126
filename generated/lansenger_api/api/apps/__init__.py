# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `apps` resource: its operations as methods, sync and async."""

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
    from ...models.roaming_org import RoamingOrg
    from ...models.roaming_orgs_page import RoamingOrgsPage
    from . import list_roaming_orgs as _list_roaming_orgs
else:
    _list_roaming_orgs = Deferred(__name__, ".list_roaming_orgs")


class AppsResource:
    """Operations tagged `apps` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AppsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AppsResourceWithRawResponse(self)

    def list_roaming_orgs(
        self,
        *,
        page_size: int = 1000,
        base_version: str = "0",
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_roaming_orgs(
        self,
        *,
        page_size: int = 1000,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[RoamingOrg]:
        """Every item of `list_roaming_orgs`, following the `latestVersion` cursor from "0".

        Stops at an empty page or a cursor that does not move.
        """
        return paginate(
            lambda position: self.list_roaming_orgs(
                page_size=page_size,
                base_version=position,
                user_token=user_token,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first="0",
            items=lambda data: data.org_list,
            total=lambda data: None,
            advance=lambda cursor, data, received: data.latest_version,
        )


class AppsResourceWithRawResponse:
    """Every operation of `AppsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AppsResource) -> None:
        self.list_roaming_orgs = raw_method(resource.list_roaming_orgs, TABLE)


class AsyncAppsResource:
    """Operations tagged `apps` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncAppsResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncAppsResourceWithRawResponse(self)

    async def list_roaming_orgs(
        self,
        *,
        page_size: int = 1000,
        base_version: str = "0",
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
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
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_roaming_orgs(
        self,
        *,
        page_size: int = 1000,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[RoamingOrg]:
        """Every item of `list_roaming_orgs`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_roaming_orgs(
                page_size=page_size,
                base_version=position,
                user_token=user_token,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first="0",
            items=lambda data: data.org_list,
            total=lambda data: None,
            advance=lambda cursor, data, received: data.latest_version,
        )


class AsyncAppsResourceWithRawResponse:
    """Every operation of `AsyncAppsResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncAppsResource) -> None:
        self.list_roaming_orgs = araw_method(resource.list_roaming_orgs, TABLE)


__all__ = ["AsyncAppsResource", "AppsResource"]
