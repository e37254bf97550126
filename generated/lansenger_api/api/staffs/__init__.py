# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `staffs` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, cast

import httpx

from ...client import apaginate, next_offset, next_page, paginate
from ...models.staff_ancestor_chain import StaffAncestorChain
from ...models.staff_detail import StaffDetail
from ...models.staff_id_mapping import StaffIdMapping
from ...models.staff_id_type import StaffIdType, check_staff_id_type
from ...models.staff_info import StaffInfo
from ...models.staff_search_hit import StaffSearchHit
from ...models.staff_search_page import StaffSearchPage
from ...models.staff_search_request import StaffSearchRequest
from ...models.staff_search_scope import StaffSearchScope
from ...types import UNSET, File, Unset
from . import fetch_staff as _fetch_staff
from . import fetch_staff_detail as _fetch_staff_detail
from . import list_staff_department_ancestors as _list_staff_department_ancestors
from . import map_staff_id as _map_staff_id
from . import search_staffs as _search_staffs


class StaffsResource:
    """Operations tagged `staffs` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def fetch_staff(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> StaffInfo:
        """Fetch a staff member's basic profile.

        GET /v1/staffs/{staff_id}/fetch
        """
        return _fetch_staff.sync(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
        )

    def fetch_staff_detail(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> StaffDetail:
        """Fetch a staff member's full profile (contact details, résumé, extension fields).

        Needs the org's or the person's authorisation for the app; a user_token is recommended. Fields the
        app may not see are left out.

        GET /v1/staffs/{staff_id}/infor/fetch
        """
        return _fetch_staff_detail.sync(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
        )

    def list_staff_department_ancestors(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> list[StaffAncestorChain]:
        """List the department chains above a staff member, one per department they belong to.

        The only answer of this API whose `data` is an array.

        GET /v1/staffs/{staff_id}/departmentancestors/fetch
        """
        return _list_staff_department_ancestors.sync(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
        )

    def map_staff_id(
        self,
        *,
        org_id: str,
        id_type: StaffIdType,
        id_value: str,
        user_token: str | Unset = UNSET,
    ) -> StaffIdMapping:
        """Find the staffId behind an employee number, mobile, mail, login name or external id.

        GET /v2/staffs/id_mapping/fetch
        """
        return _map_staff_id.sync(
            client=self._http,
            org_id=org_id,
            id_type=id_type,
            id_value=id_value,
            user_token=user_token,
        )

    def search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
    ) -> StaffSearchPage:
        """Search staff by name, optionally within some departments.

        The platform needs the searching person: give `user_token` or `user_id` (it refuses a call with
        neither). Paged by `page` (from 1); `page` is always sent because the platform silently drops a
        `page_size` that comes without it. Walk every page with `iter_search_staffs`, which stops on
        `total`: `hasMore` is unreliable here.

        POST /v2/staffs/search
        """
        return _search_staffs.sync(
            client=self._http,
            body=StaffSearchRequest(
                keyword=keyword,
                recursive=recursive,
                search_scope=search_scope,
            ),
            user_token=user_token,
            user_id=user_id,
            page=page,
            page_size=page_size,
        )

    def iter_search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Iterator[StaffSearchHit]:
        """Every item of `search_staffs`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.search_staffs(
                keyword=keyword,
                recursive=recursive,
                search_scope=search_scope,
                user_token=user_token,
                user_id=user_id,
                page=position,
                page_size=page_size,
            ),
            first=1,
            items=lambda data: data.staff_info,
            total=lambda data: data.total,
            advance=next_page,
        )


class AsyncStaffsResource:
    """Operations tagged `staffs` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def fetch_staff(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> StaffInfo:
        """Fetch a staff member's basic profile.

        GET /v1/staffs/{staff_id}/fetch
        """
        return await _fetch_staff.asyncio(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
        )

    async def fetch_staff_detail(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> StaffDetail:
        """Fetch a staff member's full profile (contact details, résumé, extension fields).

        Needs the org's or the person's authorisation for the app; a user_token is recommended. Fields the
        app may not see are left out.

        GET /v1/staffs/{staff_id}/infor/fetch
        """
        return await _fetch_staff_detail.asyncio(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
        )

    async def list_staff_department_ancestors(
        self,
        staff_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> list[StaffAncestorChain]:
        """List the department chains above a staff member, one per department they belong to.

        The only answer of this API whose `data` is an array.

        GET /v1/staffs/{staff_id}/departmentancestors/fetch
        """
        return await _list_staff_department_ancestors.asyncio(
            staff_id=staff_id,
            client=self._http,
            user_token=user_token,
        )

    async def map_staff_id(
        self,
        *,
        org_id: str,
        id_type: StaffIdType,
        id_value: str,
        user_token: str | Unset = UNSET,
    ) -> StaffIdMapping:
        """Find the staffId behind an employee number, mobile, mail, login name or external id.

        GET /v2/staffs/id_mapping/fetch
        """
        return await _map_staff_id.asyncio(
            client=self._http,
            org_id=org_id,
            id_type=id_type,
            id_value=id_value,
            user_token=user_token,
        )

    async def search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
    ) -> StaffSearchPage:
        """Search staff by name, optionally within some departments.

        The platform needs the searching person: give `user_token` or `user_id` (it refuses a call with
        neither). Paged by `page` (from 1); `page` is always sent because the platform silently drops a
        `page_size` that comes without it. Walk every page with `iter_search_staffs`, which stops on
        `total`: `hasMore` is unreliable here.

        POST /v2/staffs/search
        """
        return await _search_staffs.asyncio(
            client=self._http,
            body=StaffSearchRequest(
                keyword=keyword,
                recursive=recursive,
                search_scope=search_scope,
            ),
            user_token=user_token,
            user_id=user_id,
            page=page,
            page_size=page_size,
        )

    def iter_search_staffs(
        self,
        *,
        keyword: str,
        recursive: bool | Unset = True,
        search_scope: StaffSearchScope | Unset = UNSET,
        user_token: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncIterator[StaffSearchHit]:
        """Every item of `search_staffs`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.search_staffs(
                keyword=keyword,
                recursive=recursive,
                search_scope=search_scope,
                user_token=user_token,
                user_id=user_id,
                page=position,
                page_size=page_size,
            ),
            first=1,
            items=lambda data: data.staff_info,
            total=lambda data: data.total,
            advance=next_page,
        )


__all__ = ["AsyncStaffsResource", "StaffsResource"]
