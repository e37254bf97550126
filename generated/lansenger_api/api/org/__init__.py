# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `org` resource: its operations as methods, sync and async."""

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
    from ...models.org_extra_field import OrgExtraField
    from ...models.org_extra_field_id_page import OrgExtraFieldIdPage
    from ...models.org_info import OrgInfo
    from . import fetch_org as _fetch_org
    from . import list_extra_field_ids as _list_extra_field_ids
else:
    _fetch_org = Deferred(__name__, ".fetch_org")
    _list_extra_field_ids = Deferred(__name__, ".list_extra_field_ids")


class OrgResource:
    """Operations tagged `org` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> OrgResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return OrgResourceWithRawResponse(self)

    def fetch_org(
        self,
        org_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> OrgInfo:
        """Fetch an organisation's name, icon and plan limits.

        GET /v1/org/{org_id}/fetch
        """
        return _fetch_org.sync(
            org_id=org_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_extra_field_ids(
        self,
        org_id: str,
        *,
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 1000,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> OrgExtraFieldIdPage:
        """List one page of the organisation's staff extension fields.

        Extension fields are the org-defined profile fields; their ids key a staff member's `extraFieldSet`.
        Paged by `page` (from 1); walk every page with `iter_list_extra_field_ids`.

        GET /v1/org/{org_id}/extrafieldids/fetch
        """
        return _list_extra_field_ids.sync(
            org_id=org_id,
            client=self._http,
            user_token=user_token,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_extra_field_ids(
        self,
        org_id: str,
        *,
        user_token: str | Unset = UNSET,
        page_size: int | Unset = 1000,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> Iterator[OrgExtraField]:
        """Every item of `list_extra_field_ids`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_extra_field_ids(
                org_id,
                user_token=user_token,
                page=position,
                page_size=page_size,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.extra_field_ids,
            total=lambda data: data.total,
            advance=next_page,
        )


class OrgResourceWithRawResponse:
    """Every operation of `OrgResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: OrgResource) -> None:
        self.fetch_org = raw_method(resource.fetch_org, TABLE)
        self.list_extra_field_ids = raw_method(resource.list_extra_field_ids, TABLE)


class AsyncOrgResource:
    """Operations tagged `org` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @cached_property
    def with_raw_response(self) -> AsyncOrgResourceWithRawResponse:
        """These operations, each returning the typed result with the answer's status, headers and request id."""
        return AsyncOrgResourceWithRawResponse(self)

    async def fetch_org(
        self,
        org_id: str,
        *,
        user_token: str | Unset = UNSET,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> OrgInfo:
        """Fetch an organisation's name, icon and plan limits.

        GET /v1/org/{org_id}/fetch
        """
        return await _fetch_org.asyncio(
            org_id=org_id,
            client=self._http,
            user_token=user_token,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def list_extra_field_ids(
        self,
        org_id: str,
        *,
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 1000,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> OrgExtraFieldIdPage:
        """List one page of the organisation's staff extension fields.

        Extension fields are the org-defined profile fields; their ids key a staff member's `extraFieldSet`.
        Paged by `page` (from 1); walk every page with `iter_list_extra_field_ids`.

        GET /v1/org/{org_id}/extrafieldids/fetch
        """
        return await _list_extra_field_ids.asyncio(
            org_id=org_id,
            client=self._http,
            user_token=user_token,
            page=page,
            page_size=page_size,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def iter_list_extra_field_ids(
        self,
        org_id: str,
        *,
        user_token: str | Unset = UNSET,
        page_size: int | Unset = 1000,
        timeout: TimeoutOption = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float] | None = None,
    ) -> AsyncIterator[OrgExtraField]:
        """Every item of `list_extra_field_ids`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_extra_field_ids(
                org_id,
                user_token=user_token,
                page=position,
                page_size=page_size,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            first=1,
            items=lambda data: data.extra_field_ids,
            total=lambda data: data.total,
            advance=next_page,
        )


class AsyncOrgResourceWithRawResponse:
    """Every operation of `AsyncOrgResource`, with the same arguments, returning a `RawResponse`: the typed
    result with the answer's status, headers and request id."""

    def __init__(self, resource: AsyncOrgResource) -> None:
        self.fetch_org = araw_method(resource.fetch_org, TABLE)
        self.list_extra_field_ids = araw_method(resource.list_extra_field_ids, TABLE)


__all__ = ["AsyncOrgResource", "OrgResource"]
