# Generated from spec/ by `make generate` (codegen + templates/). Do not edit: change the spec or a template.
"""The `departments` resource: its operations as methods, sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from typing import Any, cast

import httpx

from ...client import apaginate, next_offset, next_page, paginate
from ...models.department_children import DepartmentChildren
from ...models.department_detail import DepartmentDetail
from ...models.department_staff import DepartmentStaff
from ...models.department_staff_page import DepartmentStaffPage
from ...types import UNSET, File, Unset
from . import fetch_department as _fetch_department
from . import list_child_departments as _list_child_departments
from . import list_department_staffs as _list_department_staffs


class DepartmentsResource:
    """Operations tagged `departments` in the spec."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def fetch_department(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        tag_id: str | Unset = UNSET,
    ) -> DepartmentDetail:
        """Fetch one department's details, member counts and ancestors.

        The root department of an org is `<orgId>-0`. Org apps only, not personal bots.

        GET /v1/departments/{department_id}/fetch
        """
        return _fetch_department.sync(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            tag_id=tag_id,
        )

    def list_child_departments(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> DepartmentChildren:
        """List a department's direct sub-departments.

        GET /v1/departments/{department_id}/children/fetch
        """
        return _list_child_departments.sync(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
        )

    def list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
    ) -> DepartmentStaffPage:
        """List one page of a department's members.

        Paged by `page` (from 1); walk every page with `iter_list_department_staffs`, which stops on `total`
        (the platform's `hasMore` is not relied on).

        GET /v1/departments/{department_id}/staffs/fetch
        """
        return _list_department_staffs.sync(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            page=page,
            page_size=page_size,
        )

    def iter_list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Iterator[DepartmentStaff]:
        """Every item of `list_department_staffs`, fetching page after page from page 1.

        Stops once `total` items have arrived or at an empty page.
        """
        return paginate(
            lambda position: self.list_department_staffs(
                department_id,
                user_token=user_token,
                page=position,
                page_size=page_size,
            ),
            first=1,
            items=lambda data: data.staffs,
            total=lambda data: data.total,
            advance=next_page,
        )


class AsyncDepartmentsResource:
    """Operations tagged `departments` in the spec, async."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def fetch_department(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        tag_id: str | Unset = UNSET,
    ) -> DepartmentDetail:
        """Fetch one department's details, member counts and ancestors.

        The root department of an org is `<orgId>-0`. Org apps only, not personal bots.

        GET /v1/departments/{department_id}/fetch
        """
        return await _fetch_department.asyncio(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            tag_id=tag_id,
        )

    async def list_child_departments(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
    ) -> DepartmentChildren:
        """List a department's direct sub-departments.

        GET /v1/departments/{department_id}/children/fetch
        """
        return await _list_child_departments.asyncio(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
        )

    async def list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = UNSET,
    ) -> DepartmentStaffPage:
        """List one page of a department's members.

        Paged by `page` (from 1); walk every page with `iter_list_department_staffs`, which stops on `total`
        (the platform's `hasMore` is not relied on).

        GET /v1/departments/{department_id}/staffs/fetch
        """
        return await _list_department_staffs.asyncio(
            department_id=department_id,
            client=self._http,
            user_token=user_token,
            page=page,
            page_size=page_size,
        )

    def iter_list_department_staffs(
        self,
        department_id: str,
        *,
        user_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncIterator[DepartmentStaff]:
        """Every item of `list_department_staffs`, fetching page after page; use with `async for`."""
        return apaginate(
            lambda position: self.list_department_staffs(
                department_id,
                user_token=user_token,
                page=position,
                page_size=page_size,
            ),
            first=1,
            items=lambda data: data.staffs,
            total=lambda data: data.total,
            advance=next_page,
        )


__all__ = ["AsyncDepartmentsResource", "DepartmentsResource"]
